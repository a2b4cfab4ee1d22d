package nl.wijkregie.waitinglist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.wijkregie.waitinglist.domain.Provider;
import nl.wijkregie.waitinglist.domain.Referral;
import nl.wijkregie.waitinglist.domain.Step;
import nl.wijkregie.waitinglist.domain.WaitingTime;

/**
 * A referral as shown: with its product's and provider's names, the member's display name, its waiting time today
 * (null before the request is sent) and its status.
 */
public record ReferralView(Referral referral, String productName, Provider provider, String memberName,
                           WaitingTime waitingTime, Status status, List<CheckIn> checkIns) {

    /** A bridging check-in as shown: its answers and who recorded it (display name). */
    public record CheckIn(LocalDate heldOn, boolean safe, boolean interimSupportNeeded, String recordedByName,
                          Instant recordedAt) {
    }

    public enum Status { DRAFT, WAITING, PAUSED, IN_CARE, ENDED, WITHDRAWN }

    public static Status statusOf(Referral referral) {
        if (referral.getWithdrawnOn() != null) {
            return Status.WITHDRAWN;
        }
        if (referral.dateOf(Step.CARE_ENDED) != null) {
            return Status.ENDED;
        }
        if (referral.dateOf(Step.CARE_STARTED) != null) {
            return Status.IN_CARE;
        }
        if (referral.dateOf(Step.REQUEST_SENT) == null) {
            return Status.DRAFT;
        }
        return referral.openPause() != null ? Status.PAUSED : Status.WAITING;
    }

    /** Days left before the norm (negative: breached); null when no clock runs. */
    public Long daysLeft() {
        if (waitingTime == null || referral.getNormDays() == null || status == Status.WITHDRAWN) {
            return null;
        }
        return waitingTime.daysLeft(referral.getNormDays());
    }
}
