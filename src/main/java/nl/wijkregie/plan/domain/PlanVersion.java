package nl.wijkregie.plan.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkregie.shared.Ids;

/**
 * One version of the plan, a full snapshot (ADR 0021): strengths, concerns, the regisseur, goals, actions, the
 * proposed next evaluation and the members' answers. Editable while it is a draft; once vastgesteld its content
 * stays as agreed (only the progress of actions moves) and a change is a new version.
 */
@Entity
@Table(name = "care_plan_version")
public class PlanVersion {

    public static final int MAX_TEXT = 4000;

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(length = MAX_TEXT)
    private String strengths;

    @Column(length = MAX_TEXT)
    private String concerns;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "regisseur_kind", length = 12)),
            @AttributeOverride(name = "memberId", column = @Column(name = "regisseur_member_id")),
            @AttributeOverride(name = "userId", column = @Column(name = "regisseur_user_id", length = 100)),
            @AttributeOverride(name = "name", column = @Column(name = "regisseur_name", length = 200)),
            @AttributeOverride(name = "relation", column = @Column(name = "regisseur_relation", length = 100))})
    private PlanPerson regisseur;

    @Column(name = "next_evaluation_on", nullable = false)
    private LocalDate nextEvaluationOn;

    @ElementCollection
    @CollectionTable(name = "care_plan_goal", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Goal> goals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "care_plan_action", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Action> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "care_plan_agreement", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Agreement> agreements = new ArrayList<>();

    @Column(name = "established_at")
    private Instant establishedAt;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected PlanVersion() {
    }

    PlanVersion(UUID planId, int number) {
        this.id = Ids.newId();
        this.planId = planId;
        this.number = number;
    }

    void write(String strengths, String concerns, PlanPerson regisseur, List<Goal> goals, List<Action> actions,
               LocalDate nextEvaluationOn, String by, Instant at) {
        this.strengths = strengths;
        this.concerns = concerns;
        this.regisseur = regisseur;
        this.goals.clear();
        this.goals.addAll(goals);
        this.actions.clear();
        this.actions.addAll(actions);
        this.nextEvaluationOn = nextEvaluationOn;
        this.agreements.clear();
        this.writtenBy = by;
        this.writtenAt = at;
    }

    void answer(Agreement agreement) {
        agreements.removeIf(a -> a.getMemberId().equals(agreement.getMemberId()));
        agreements.add(agreement);
    }

    void establish(Instant at) {
        this.establishedAt = at;
    }

    boolean moveAction(UUID key, ActionStatus status) {
        Optional<Action> action = actions.stream().filter(a -> a.getKey().equals(key)).findFirst();
        action.ifPresent(a -> a.moveTo(status));
        return action.isPresent();
    }

    /** What changed from {@code previous} to this version, in the order of the page: texts, regisseur, goals, actions. */
    public List<VersionChange> changesSince(PlanVersion previous) {
        List<VersionChange> changes = new ArrayList<>();
        if (previous == null) {
            return changes;
        }
        text("STRENGTHS", previous.strengths, strengths, changes);
        text("CONCERNS", previous.concerns, concerns, changes);
        if (!regisseur.sameAs(previous.regisseur)) {
            changes.add(new VersionChange("REGISSEUR", "CHANGED", null, null));
        }
        if (!nextEvaluationOn.equals(previous.nextEvaluationOn)) {
            changes.add(new VersionChange("NEXT_EVALUATION", "CHANGED", previous.nextEvaluationOn.toString(),
                    nextEvaluationOn.toString()));
        }
        Map<UUID, Goal> before = previous.goals.stream().collect(Collectors.toMap(Goal::getKey, Function.identity()));
        for (Goal goal : goals) {
            Goal old = before.remove(goal.getKey());
            if (old == null) {
                changes.add(new VersionChange("GOAL", "ADDED", null, goal.getText()));
            } else if (!goal.sameContent(old)) {
                changes.add(new VersionChange("GOAL", "CHANGED", old.getText(), goal.getText()));
            }
        }
        before.values().forEach(g -> changes.add(new VersionChange("GOAL", "REMOVED", g.getText(), null)));
        Map<UUID, Action> beforeActions = previous.actions.stream()
                .collect(Collectors.toMap(Action::getKey, Function.identity()));
        for (Action action : actions) {
            Action old = beforeActions.remove(action.getKey());
            if (old == null) {
                changes.add(new VersionChange("ACTION", "ADDED", null, action.getText()));
            } else if (!action.sameContent(old)) {
                changes.add(new VersionChange("ACTION", "CHANGED", old.getText(), action.getText()));
            }
        }
        beforeActions.values().forEach(a -> changes.add(new VersionChange("ACTION", "REMOVED", a.getText(), null)));
        return changes;
    }

    private static void text(String part, String before, String after, List<VersionChange> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(new VersionChange(part, before == null ? "ADDED" : after == null ? "REMOVED" : "CHANGED",
                    before, after));
        }
    }

    public boolean isEstablished() {
        return establishedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getConcerns() {
        return concerns;
    }

    public PlanPerson getRegisseur() {
        return regisseur;
    }

    public LocalDate getNextEvaluationOn() {
        return nextEvaluationOn;
    }

    public List<Goal> getGoals() {
        return List.copyOf(goals);
    }

    public List<Action> getActions() {
        return List.copyOf(actions);
    }

    public List<Agreement> getAgreements() {
        return List.copyOf(agreements);
    }

    public Instant getEstablishedAt() {
        return establishedAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
