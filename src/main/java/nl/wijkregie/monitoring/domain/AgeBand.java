package nl.wijkregie.monitoring.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Age in bands instead of a birth date: the outcome store keeps no exact date. The bands follow the social domain's
 * own boundaries — jeugd (Jeugdwet until 18), young adults (Participatiewet's youth rules until 27), working age, and
 * pension age.
 */
public enum AgeBand {
    UNDER_18(0, 17, "0 tot 18 jaar"),
    FROM_18_TO_26(18, 26, "18 tot 27 jaar"),
    FROM_27_TO_44(27, 44, "27 tot 45 jaar"),
    FROM_45_TO_66(45, 66, "45 tot 67 jaar"),
    FROM_67(67, Integer.MAX_VALUE, "67 jaar en ouder");

    private final int from;
    private final int to;
    private final String label;

    AgeBand(int from, int to, String label) {
        this.from = from;
        this.to = to;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of someone born on {@code birthDate} on {@code on}; a birth date after {@code on} is an error. */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        if (birthDate.isAfter(on)) {
            throw new IllegalArgumentException("born after the date asked about");
        }
        int age = Period.between(birthDate, on).getYears();
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("no band for age " + age);
    }
}
