package nl.wijkregie.signal.domain;

/** What the triage table decided, and which version of the table decided it. */
public record TriageOutcome(Priority priority, DeadlineKind deadlineKind, String reason, String decisionKey,
                            int decisionVersion) {
}
