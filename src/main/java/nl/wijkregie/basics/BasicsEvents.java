package nl.wijkregie.basics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happens to a household's basics, fired as CDI events inside the transaction of the change. Ids, codes and
 * flags only: never amounts, situations in words or reasons (the monitoring counts outcomes per dimension; the
 * timeline may render a line). {@code actorId} is the user, or {@code "systeem"} for a background re-check.
 */
public final class BasicsEvents {

    private BasicsEvents() {
    }

    /** Facts were recorded for these dimensions (codes HOUSING, INCOME, DEBTS, SAFETY). */
    public record FactsRecorded(UUID householdId, UUID caseId, List<String> dimensions, Instant at, String actorId) {
    }

    /**
     * A case's basics were checked: outcome per dimension (IN_ORDER, AT_RISK, NOT_IN_ORDER, UNKNOWN), the trigger and
     * whether the case has priority now (a dimension is NOT_IN_ORDER).
     */
    public record BasicsChecked(UUID caseId, UUID householdId, UUID teamId, Map<String, String> outcomes,
                                String trigger, boolean priority, Instant at, String actorId) {
    }

    /** The cases of one check, in the order they were checked (ADR 0031: one event per check, not per case). */
    public record CasesChecked(List<BasicsChecked> checks) {
    }

    /** The case's priority was raised (a dimension turned NOT_IN_ORDER) or lowered again (none is). */
    public record PriorityChanged(UUID caseId, UUID householdId, UUID teamId, boolean raised, Instant at) {
    }

    /** The deadline of the task "Basis op orde brengen" passed: escalated to the team lead. */
    public record Escalated(UUID caseId, UUID teamId, Instant at) {
    }

    /** The professional recorded why the basics cannot be put in order now (the reason stays in the module). */
    public record NotSolvableRecorded(UUID caseId, UUID householdId, Instant at, String actorId) {
    }
}
