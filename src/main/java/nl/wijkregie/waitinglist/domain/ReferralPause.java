package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A pause in a referral's waiting, with its reason as a code (no free text); open while {@code until} is null. */
@Entity
@Table(name = "waitinglist_pause")
public class ReferralPause {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(name = "from_on", nullable = false)
    private LocalDate from;

    @Column(name = "until_on")
    private LocalDate until;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PauseReason reason;

    protected ReferralPause() {
    }

    ReferralPause(UUID id, UUID referralId, LocalDate from, PauseReason reason) {
        this.id = id;
        this.referralId = referralId;
        this.from = from;
        this.reason = reason;
    }

    void end(LocalDate on) {
        this.until = on;
    }

    public boolean isOpen() {
        return until == null;
    }

    public WaitingTime.Pause toPause() {
        return new WaitingTime.Pause(from, until, reason);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public PauseReason getReason() {
        return reason;
    }
}
