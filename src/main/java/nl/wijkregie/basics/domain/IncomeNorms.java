package nl.wijkregie.basics.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The net bijstandsnormen (the social minimum) per household type, as dated reference data
 * ({@code reference/bijstandsnormen.csv}): the norms change every 1 January and 1 July, and a check must use the norm
 * that applied on the date of the income fact, so an old check stays explainable after the norms changed.
 */
public final class IncomeNorms {

    public static final String RESOURCE = "reference/bijstandsnormen.csv";
    /** The state pension age (AOW) for 2024–2027. */
    public static final int PENSION_AGE = 67;
    private static final int ADULT_AGE = 18;

    /** One norm: from which date, for which household type, how much net per month, and where it comes from. */
    public record Norm(LocalDate effectiveFrom, HouseholdType householdType, long netMonthlyCents, String source) {
    }

    private final List<Norm> norms;

    public IncomeNorms(List<Norm> norms) {
        this.norms = norms.stream().sorted(Comparator.comparing(Norm::effectiveFrom).reversed()).toList();
    }

    public static IncomeNorms fromClasspath() {
        InputStream stream = IncomeNorms.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Referentiebestand ontbreekt: " + RESOURCE);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code ingangsdatum;huishoudtype;netto_centen;bron}; '#' starts a comment; the header is skipped. */
    public static IncomeNorms parse(Reader reader) throws IOException {
        List<Norm> norms = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("ingangsdatum;")) {
                continue;
            }
            String[] cells = line.split(";", 4);
            norms.add(new Norm(LocalDate.parse(cells[0]), HouseholdType.valueOf(cells[1]), Long.parseLong(cells[2]),
                    cells[3]));
        }
        return new IncomeNorms(norms);
    }

    /** The norm for the household type that applied on {@code date}, if the reference data has one. */
    public Optional<Norm> normOn(HouseholdType type, LocalDate date) {
        return norms.stream().filter(n -> n.householdType() == type && !n.effectiveFrom().isAfter(date)).findFirst();
    }

    public List<Norm> all() {
        return norms;
    }

    /**
     * The household type of the bijstandsnorm from the members living there: two or more partners (PARENT or PARTNER
     * adults) are COUPLE, one adult with children an SINGLE_PARENT, one without SINGLE; the AOW variant
     * when one of them reached the pension age. The cost-sharing norm and the youth norms are not applied (see
     * docs/processes/basisvoorwaarden.md). No adult: UNKNOWN.
     */
    public static HouseholdType householdType(List<Member> members, LocalDate on) {
        List<Member> adults = members.stream().filter(m -> !"CHILD".equals(m.role()) && age(m, on) >= ADULT_AGE)
                .toList();
        if (adults.isEmpty()) {
            return HouseholdType.UNKNOWN;
        }
        boolean pensioner = adults.stream().anyMatch(m -> age(m, on) >= PENSION_AGE);
        long partners = adults.stream().filter(m -> "PARENT".equals(m.role()) || "PARTNER".equals(m.role())).count();
        if (partners >= 2) {
            return pensioner ? HouseholdType.COUPLE_PENSIONER : HouseholdType.COUPLE;
        }
        if (pensioner) {
            return HouseholdType.SINGLE_PENSIONER;
        }
        boolean children = members.stream().anyMatch(m -> "CHILD".equals(m.role()) || age(m, on) < ADULT_AGE);
        return children ? HouseholdType.SINGLE_PARENT : HouseholdType.SINGLE;
    }

    /** A member as far as the household type needs: role name and date of birth (may be null: counted adult). */
    public record Member(String role, LocalDate dateOfBirth) {
    }

    private static int age(Member member, LocalDate on) {
        return member.dateOfBirth() == null ? ADULT_AGE : Period.between(member.dateOfBirth(), on).getYears();
    }
}
