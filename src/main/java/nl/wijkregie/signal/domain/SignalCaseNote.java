package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * A note on a signal case: what the professional did or learned before there is a case file to write it in. Never
 * changed once written; erased with the case.
 */
@Entity
@Table(name = "signal_case_note")
public class SignalCaseNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_case_id", nullable = false, updatable = false)
    private SignalCase signalCase;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected SignalCaseNote() {
    }

    SignalCaseNote(SignalCase signalCase, String text, String writtenBy, Instant writtenAt) {
        this.id = Ids.newId();
        this.signalCase = signalCase;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public UUID getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
