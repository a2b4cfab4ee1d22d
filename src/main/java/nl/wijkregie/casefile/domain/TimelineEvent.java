package nl.wijkregie.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * One line in a household's timeline, written from a domain event of any module. The summary is a short Dutch line
 * without the content of confidential notes; a confidential event is visible to its actor and the regisseur only.
 */
@Entity
@Table(name = "timeline_event")
public class TimelineEvent {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "case_id", updatable = false)
    private UUID caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 40)
    private String kind;

    @Column(nullable = false, updatable = false, length = 300)
    private String summary;

    @Column(name = "actor_id", nullable = false, updatable = false, length = 100)
    private String actorId;

    @Column(name = "source_module", nullable = false, updatable = false, length = 30)
    private String sourceModule;

    @Column(name = "source_id", updatable = false)
    private UUID sourceId;

    @Column(nullable = false, updatable = false)
    private boolean confidential;

    protected TimelineEvent() {
    }

    public TimelineEvent(UUID householdId, UUID caseId, Instant occurredAt, String kind, String summary,
                         String actorId, String sourceModule, UUID sourceId, boolean confidential) {
        this.id = Ids.newId();
        this.householdId = householdId;
        this.caseId = caseId;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.kind = kind;
        this.summary = summary.length() > 300 ? summary.substring(0, 299) + "…" : summary;
        this.actorId = actorId;
        this.sourceModule = sourceModule;
        this.sourceId = sourceId;
        this.confidential = confidential;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public String getActorId() {
        return actorId;
    }

    public String getSourceModule() {
        return sourceModule;
    }

    public UUID getSourceId() {
        return sourceId;
    }

    /** The signal case a "signal received" line came from, so the case page can link to it. */
    public UUID getSignalCaseId() {
        return "SIGNAL_RECEIVED".equals(kind) ? sourceId : null;
    }

    public boolean isConfidential() {
        return confidential;
    }
}
