package nl.wijkregie.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happens to self-reliance assessments, as typed facts fired inside the transaction of the change (ADR 0019).
 * The outcome monitoring counts the change in scores from intake to exit per domain, so the scores travel with the
 * event as codes and numbers; the note never does.
 */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    /** An assessment was recorded for a member; {@code moment} is INTAKE, FOLLOW_UP or EXIT. */
    public record AssessmentRecorded(UUID assessmentId, UUID caseId, UUID householdId, UUID teamId, UUID memberId,
                                     LocalDate assessedOn, String moment, List<Score> scores,
                                     boolean notePresent, Instant at, String actorId) {
    }

    /** One domain's score (1–5) and who carries it ({@code null}: not recorded). */
    public record Score(String domain, int score, String carrier) {
    }
}
