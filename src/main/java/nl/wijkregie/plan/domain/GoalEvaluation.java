package nl.wijkregie.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** The result of one goal at an evaluation, with the goal's assessment domain for the outcome monitoring. */
@Embeddable
public class GoalEvaluation {

    @Column(name = "goal_key", nullable = false)
    private UUID goalKey;

    @Column(length = 30)
    private String domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GoalResult result;

    protected GoalEvaluation() {
    }

    public GoalEvaluation(UUID goalKey, String domain, GoalResult result) {
        this.goalKey = goalKey;
        this.domain = domain;
        this.result = result;
    }

    public UUID getGoalKey() {
        return goalKey;
    }

    public String getDomain() {
        return domain;
    }

    public GoalResult getResult() {
        return result;
    }
}
