package nl.wijkregie.waitinglist.domain;

/** How urgent the referral is: urgent referrals top the waiting list and use the norm's urgent variant if set. */
public enum Urgency {
    REGULAR, URGENT
}
