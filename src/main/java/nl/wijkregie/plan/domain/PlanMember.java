package nl.wijkregie.plan.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** A member of the household as the agreement rule needs them: who, and how old on a date. */
public record PlanMember(UUID id, LocalDate dateOfBirth) {

    /** From this age a member is asked whether they agree (adults and children of 12 or older). */
    public static final int AGREEMENT_AGE = 12;

    /** Whether the member is asked on that date; without a known date of birth we ask (the safe side). */
    public boolean isAskedOn(LocalDate date) {
        return dateOfBirth == null || Period.between(dateOfBirth, date).getYears() >= AGREEMENT_AGE;
    }
}
