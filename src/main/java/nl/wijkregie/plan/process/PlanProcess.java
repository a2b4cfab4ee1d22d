package nl.wijkregie.plan.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.shared.ClockProducer;

/**
 * The names shared with bpmn/eigen-regie-plan.bpmn. The business key is the case id; the variables are the team, whether
 * the familiegroepsplan offer is required, the moments of the next evaluation and of its deadline, who evaluates (the
 * regisseur when a professional, else null: the team) and the decision of an evaluation — ids, dates and codes only.
 */
public final class PlanProcess {

    public static final String KEY = "eigen-regie-plan";
    public static final String OFFER_TASK = "familiegroepsplanAanbieden";
    public static final String DRAFT_TASK = "planOpstellen";
    public static final String EVALUATION_TASK = "planEvalueren";
    public static final String EVALUATION_TIMER = "evaluatieMoment";
    public static final String OVERDUE_TIMER = "evaluatieTeLaat";
    public static final String TEAM_ID = "teamId";
    public static final String OFFER_REQUIRED = "offerRequired";
    public static final String OFFER_DUE = "offerDue";
    public static final String DRAFT_DUE = "draftDue";
    public static final String NEXT_EVALUATION = "nextEvaluation";
    public static final String EVALUATION_DUE = "evaluationDue";
    public static final String EVALUATOR = "evaluator";
    public static final String DECISION = "decision";

    private PlanProcess() {
    }

    public static Map<String, Object> startVariables(UUID teamId, boolean offerRequired, LocalDate offerDue,
                                                     LocalDate draftDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TEAM_ID, teamId.toString());
        variables.put(OFFER_REQUIRED, offerRequired);
        variables.put(OFFER_DUE, moment(offerDue));
        variables.put(DRAFT_DUE, moment(draftDue));
        return variables;
    }

    /** The next cycle: when the evaluation starts, by when it must be done, and who does it. */
    public static Map<String, Object> cycleVariables(LocalDate nextEvaluation, LocalDate evaluationDue,
                                                     String evaluator, String decision) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(NEXT_EVALUATION, nextEvaluation == null ? null : start(nextEvaluation));
        variables.put(EVALUATION_DUE, evaluationDue == null ? null : moment(evaluationDue));
        variables.put(EVALUATOR, evaluator);
        variables.put(DECISION, decision);
        return variables;
    }

    /** The start of a day: when an evaluation date comes. */
    public static Date start(LocalDate day) {
        return Date.from(day.atStartOfDay(ClockProducer.ZONE).toInstant());
    }

    /** The moment a deadline day has passed: the start of the next day. */
    public static Date moment(LocalDate deadline) {
        return start(deadline.plusDays(1));
    }
}
