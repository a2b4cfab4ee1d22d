package nl.wijkregie.signal.domain;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of signal partner of the national DDAS model; the label is the DDAS enumeration value. */
public enum PartnerType {
    ENERGIE("Energie"), HUUR("Huur"), HYPOTHEEK("Hypotheek"), CAK_ZORGVERZEKERINGEN("CAK Zorgverzekeringen"),
    ZORG("Zorg"), WATER("Water"), DUO("DUO"), BELASTINGDIENST("Belastingdienst"),
    CAK_EIGEN_BIJDRAGE("CAK Eigen bijdrage"), OVERIGE("Overige"), DIENST_TOESLAGEN("Dienst Toeslagen");

    private final String ddas;

    PartnerType(String ddas) {
        this.ddas = ddas;
    }

    public String ddas() {
        return ddas;
    }

    /** Accepts the code (HUUR) or the DDAS label (Huur), ignoring case: partners' files use either. */
    public static Optional<PartnerType> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String given = value.trim();
        return Arrays.stream(values())
                .filter(type -> type.name().equalsIgnoreCase(given.replace(' ', '_')) || type.ddas.equalsIgnoreCase(given))
                .findFirst();
    }
}
