package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One triage decision as it was taken: the inputs, the outputs and the table version. The municipality must be able to
 * explain why a household got a priority, also after the table changed; so decisions are appended, never updated.
 */
@Entity
@Table(name = "signal_triage_decision")
public class TriageDecision {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_case_id", nullable = false, updatable = false)
    private SignalCase signalCase;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decision_key", nullable = false, updatable = false)
    private String decisionKey;

    @Column(name = "decision_version", nullable = false, updatable = false)
    private int decisionVersion;

    @ColumnTransformer(write = "?::jsonb")
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    private String inputs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false, updatable = false)
    private DeadlineKind deadlineKind;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "contact_deadline", updatable = false)
    private LocalDate contactDeadline;

    protected TriageDecision() {
    }

    TriageDecision(SignalCase signalCase, Instant decidedAt, String inputsJson, TriageOutcome outcome,
                   LocalDate contactDeadline) {
        this.id = Ids.newId();
        this.signalCase = signalCase;
        this.decidedAt = decidedAt;
        this.decisionKey = outcome.decisionKey();
        this.decisionVersion = outcome.decisionVersion();
        this.inputs = inputsJson;
        this.priority = outcome.priority();
        this.deadlineKind = outcome.deadlineKind();
        this.reason = outcome.reason();
        this.contactDeadline = contactDeadline;
    }

    public UUID getId() {
        return id;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionKey() {
        return decisionKey;
    }

    public int getDecisionVersion() {
        return decisionVersion;
    }

    public String getInputs() {
        return inputs;
    }

    public Priority getPriority() {
        return priority;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getContactDeadline() {
        return contactDeadline;
    }
}
