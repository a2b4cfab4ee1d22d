package nl.wijkregie.basics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One dimension's check as it was decided: inputs, outcome, Dutch reason, the table's key and version, the date of
 * the facts and what triggered it. Appended, never updated: the "waarom" of a check must stay explainable after the
 * table or the facts changed, and a re-check after a new rule version adds results instead of replacing them.
 */
@Entity
@Table(name = "basics_check")
public class CheckResult {

    /** What made the check run. */
    public enum Trigger {
        CASE_OPENED, FACTS, COMPOSITION, SIGNAL, BY_HAND, NEW_RULES
    }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Dimension dimension;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(nullable = false, updatable = false)
    private String reason;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String inputs;

    @Column(name = "decision_key", nullable = false, updatable = false)
    private String decisionKey;

    @Column(name = "decision_version", nullable = false, updatable = false)
    private int decisionVersion;

    @Column(name = "facts_date", updatable = false)
    private LocalDate factsDate;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Trigger trigger;

    @jakarta.persistence.Transient
    private boolean threat;

    protected CheckResult() {
    }

    /** A table's answer for one dimension, before it is stored. */
    public record Decision(Dimension dimension, Outcome outcome, String reason, boolean threat, String inputsJson,
                           String decisionKey, int decisionVersion, LocalDate factsDate) {
    }

    public CheckResult(UUID caseId, UUID householdId, Decision decision, Instant checkedAt, Trigger trigger) {
        this.id = Ids.newId();
        this.caseId = caseId;
        this.householdId = householdId;
        this.dimension = decision.dimension();
        this.outcome = decision.outcome();
        this.reason = decision.reason();
        this.threat = decision.threat();
        this.inputs = decision.inputsJson();
        this.decisionKey = decision.decisionKey();
        this.decisionVersion = decision.decisionVersion();
        this.factsDate = decision.factsDate();
        this.checkedAt = checkedAt;
        this.trigger = trigger;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public Dimension getDimension() {
        return dimension;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getInputs() {
        return inputs;
    }

    public String getDecisionKey() {
        return decisionKey;
    }

    public int getDecisionVersion() {
        return decisionVersion;
    }

    public LocalDate getFactsDate() {
        return factsDate;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    /** Whether the table said eviction or disconnection threatens (known only on a fresh result). */
    public boolean isThreat() {
        return threat;
    }
}
