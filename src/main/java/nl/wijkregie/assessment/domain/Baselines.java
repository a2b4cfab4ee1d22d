package nl.wijkregie.assessment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The baseline rule: a member's starting point on a domain at a date is the score of the latest assessment made on or
 * before that date that scored the domain, provided it is not outdated then. An outdated score is no baseline — the
 * plan must assess again — so an older score never stands in for a missing recent one.
 */
public final class Baselines {

    private Baselines() {
    }

    /** The assessment and score that form the baseline, from the assessments of one member. */
    public static Optional<Baseline> of(Collection<Assessment> assessmentsOfMember, AssessmentDomain domain,
                                        LocalDate on) {
        return assessmentsOfMember.stream()
                .filter(a -> !a.getAssessedOn().isAfter(on))
                .filter(a -> a.scoreOn(domain).isPresent())
                .max(Comparator.comparing(Assessment::getAssessedOn).thenComparing(Assessment::getRecordedAt))
                .filter(a -> a.isCurrentOn(on))
                .map(a -> new Baseline(a, a.scoreOn(domain).orElseThrow()));
    }

    public record Baseline(Assessment assessment, DomainScore score) {
    }
}
