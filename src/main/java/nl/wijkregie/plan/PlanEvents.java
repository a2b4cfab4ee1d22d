package nl.wijkregie.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What happens to eigen regie plans, as typed facts fired inside the transaction of the change (ADR 0019), for the
 * outcome monitoring. Ids, codes, dates and numbers only: never goal texts, names or the residents' statements.
 * {@code actorId} is null when the process (a timer) made the change.
 */
public final class PlanEvents {

    private PlanEvents() {
    }

    /** The familiegroepsplan offer's outcome: ACCEPTED, DECLINED or NOT_APPLICABLE; {@code required}: jeugd. */
    public record FamilyGroupPlanOffered(UUID planId, UUID caseId, UUID householdId, UUID teamId, String outcome,
                                         boolean required, Instant at, String actorId) {
    }

    /**
     * A version was vastgesteld: every member of 12 or older answered and at least one agrees. The counts of goals,
     * of goals on an assessment domain, and of actions per carrier kind travel as numbers.
     */
    public record PlanAgreed(UUID planId, UUID caseId, UUID householdId, UUID teamId, int versionNumber,
                             int membersAsked, int membersAgreeing, int goals, int goalsOnDomain,
                             int actionsByHousehold, int actionsByNetwork, int actionsByProfessionals,
                             int actionsByProviders, LocalDate nextEvaluationOn, Instant at, String actorId) {
    }

    /** The evaluation date came: the task "Plan evalueren" was created. */
    public record EvaluationDue(UUID planId, UUID caseId, UUID householdId, UUID teamId, LocalDate dueOn,
                                Instant at) {
    }

    /** The evaluation was not done in time: escalated to the team lead. */
    public record EvaluationEscalated(UUID planId, UUID caseId, UUID householdId, UUID teamId, Instant at) {
    }

    /** One goal's result at an evaluation: BEREIKT, DEELS, NIET or VERVALLEN, with its domain (null: none). */
    public record GoalEvaluated(UUID planId, UUID caseId, UUID householdId, UUID teamId, UUID goalKey, String domain,
                                Integer baselineScore, Integer targetScore, String result, LocalDate evaluatedOn,
                                int cycle) {
    }

    /**
     * An evaluation with the three outcome answers; {@code decision} CONTINUE (another cycle) or CLOSE (the case
     * was closed).
     */
    public record EvaluationRecorded(UUID planId, UUID caseId, UUID householdId, UUID teamId, int versionNumber,
                                     int cycle, LocalDate evaluatedOn, boolean withoutHelp, boolean problemsReduced,
                                     boolean goalsReached, String decision, LocalDate nextEvaluationOn, Instant at,
                                     String actorId) {
    }
}
