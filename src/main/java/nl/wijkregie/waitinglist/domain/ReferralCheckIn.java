package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.RuleViolationException;

/**
 * A bridging check-in while the household waits: waiting is managed, not only counted. It keeps the two answers the
 * task asks (is the situation safe, is interim support needed) and no free text, so the referral's history can be
 * shown to the whole team; what was said goes in the case's journal.
 */
@Entity
@Table(name = "waitinglist_check_in")
public class ReferralCheckIn {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private boolean safe;

    @Column(name = "interim_support_needed", nullable = false)
    private boolean interimSupportNeeded;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReferralCheckIn() {
    }

    /** Only while the household waits (request sent, care not started, not withdrawn), on a day since the request. */
    public static ReferralCheckIn of(UUID id, Referral referral, LocalDate heldOn, boolean safe,
                                     boolean interimSupportNeeded, String recordedBy, Instant recordedAt,
                                     LocalDate today) {
        if (!referral.isWaiting() || referral.dateOf(Step.REQUEST_SENT) == null) {
            throw new RuleViolationException("referral-not-waiting",
                    "Een overbruggingscontact hoort bij een verwijzing waarop het huishouden nog wacht");
        }
        if (heldOn.isAfter(today)) {
            throw new InvalidFieldException("heldOn", "Het contact ligt niet in de toekomst");
        }
        if (heldOn.isBefore(referral.dateOf(Step.REQUEST_SENT))) {
            throw new InvalidFieldException("heldOn", "Het contact ligt niet vóór de aanvraag");
        }
        ReferralCheckIn checkIn = new ReferralCheckIn();
        checkIn.id = id;
        checkIn.referralId = referral.getId();
        checkIn.heldOn = heldOn;
        checkIn.safe = safe;
        checkIn.interimSupportNeeded = interimSupportNeeded;
        checkIn.recordedBy = recordedBy;
        checkIn.recordedAt = recordedAt;
        return checkIn;
    }

    public UUID getId() { return id; }
    public UUID getReferralId() { return referralId; }
    public LocalDate getHeldOn() { return heldOn; }
    public boolean isSafe() { return safe; }
    public boolean isInterimSupportNeeded() { return interimSupportNeeded; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
