package nl.wijkregie.plan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * One evaluation of the vastgestelde version: per goal a result, the three outcome questions (can the household go
 * on without help, are the problems reduced, were the agreed goals reached) and what follows. Written once.
 */
@Entity
@Table(name = "care_plan_evaluation")
public class PlanEvaluation {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false)
    private int cycle;

    @Column(name = "evaluated_on", nullable = false, updatable = false)
    private LocalDate evaluatedOn;

    @Column(name = "without_help", nullable = false, updatable = false)
    private boolean withoutHelp;

    @Column(name = "problems_reduced", nullable = false, updatable = false)
    private boolean problemsReduced;

    @Column(name = "goals_reached", nullable = false, updatable = false)
    private boolean goalsReached;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private EvaluationDecision decision;

    @Column(name = "next_evaluation_on", updatable = false)
    private LocalDate nextEvaluationOn;

    @ElementCollection
    @CollectionTable(name = "care_plan_goal_result", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<GoalEvaluation> goals = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected PlanEvaluation() {
    }

    PlanEvaluation(UUID planId, int versionNumber, int cycle, LocalDate evaluatedOn, boolean withoutHelp,
                   boolean problemsReduced, boolean goalsReached, EvaluationDecision decision,
                   LocalDate nextEvaluationOn, List<GoalEvaluation> goals, String recordedBy, Instant recordedAt) {
        this.id = Ids.newId();
        this.planId = planId;
        this.versionNumber = versionNumber;
        this.cycle = cycle;
        this.evaluatedOn = evaluatedOn;
        this.withoutHelp = withoutHelp;
        this.problemsReduced = problemsReduced;
        this.goalsReached = goalsReached;
        this.decision = decision;
        this.nextEvaluationOn = nextEvaluationOn;
        this.goals.addAll(goals);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public int getCycle() {
        return cycle;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public boolean isWithoutHelp() {
        return withoutHelp;
    }

    public boolean isProblemsReduced() {
        return problemsReduced;
    }

    public boolean isGoalsReached() {
        return goalsReached;
    }

    public EvaluationDecision getDecision() {
        return decision;
    }

    public LocalDate getNextEvaluationOn() {
        return nextEvaluationOn;
    }

    public List<GoalEvaluation> getGoals() {
        return List.copyOf(goals);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
