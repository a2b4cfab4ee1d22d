package nl.wijkregie.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** A member's starting score on a domain for a plan: which assessment, when, the score and who carries it. */
public record Baseline(UUID assessmentId, LocalDate assessedOn, String domain, int score, String carrier) {
}
