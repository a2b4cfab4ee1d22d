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

/** One attempt to reach the resident, with the DDAS fields: kind, reached or not, date and part of day. */
@Entity
@Table(name = "signal_contact_attempt")
public class ContactAttempt {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_case_id", nullable = false, updatable = false)
    private SignalCase signalCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactKind kind;

    @Column(nullable = false, updatable = false)
    private boolean reached;

    @Column(name = "attempted_on", nullable = false, updatable = false)
    private LocalDate attemptedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_of_day", nullable = false, updatable = false)
    private PartOfDay partOfDay;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ContactAttempt() {
    }

    ContactAttempt(SignalCase signalCase, ContactKind kind, boolean reached, LocalDate attemptedOn,
                   PartOfDay partOfDay, String recordedBy, Instant recordedAt) {
        this.id = Ids.newId();
        this.signalCase = signalCase;
        this.kind = kind;
        this.reached = reached;
        this.attemptedOn = attemptedOn;
        this.partOfDay = partOfDay;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public ContactKind getKind() {
        return kind;
    }

    public boolean isReached() {
        return reached;
    }

    public LocalDate getAttemptedOn() {
        return attemptedOn;
    }

    public PartOfDay getPartOfDay() {
        return partOfDay;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
