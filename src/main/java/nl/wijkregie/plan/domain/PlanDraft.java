package nl.wijkregie.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The content of a version as the professional writes it. Persons are already checked ({@link PlanPerson#of});
 * a goal's baseline is what the assessment said on the day it was written. A null key is a new goal or action.
 */
public record PlanDraft(String strengths, String concerns, PlanPerson regisseur, List<GoalInput> goals,
                        List<ActionInput> actions, LocalDate nextEvaluationOn) {

    public record GoalInput(UUID key, String text, String domain, UUID memberId, Integer baselineScore,
                            LocalDate baselineOn, Integer targetScore, LocalDate targetDate) {
    }

    public record ActionInput(UUID key, String text, PlanPerson carrier, LocalDate dueOn, ActionStatus status) {
    }
}
