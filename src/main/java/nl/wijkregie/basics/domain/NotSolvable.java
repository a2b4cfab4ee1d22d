package nl.wijkregie.basics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.RuleViolationException;

/**
 * Why the basics of a case cannot be put in order now, as the professional recorded it: it ends the task "Basis op
 * orde brengen" without a check saying "op orde", and the reason stays with the case.
 */
@Entity
@Table(name = "basics_not_solvable")
public class NotSolvable {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected NotSolvable() {
    }

    public NotSolvable(CheckedCase checkedCase, String reason, String recordedBy, Instant recordedAt) {
        if (!checkedCase.hasPriority()) {
            throw new RuleViolationException("basics-in-order",
                    "De basis is niet als 'niet op orde' getoetst: er is niets dat niet op te lossen is");
        }
        this.id = Ids.newId();
        this.caseId = checkedCase.getCaseId();
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
