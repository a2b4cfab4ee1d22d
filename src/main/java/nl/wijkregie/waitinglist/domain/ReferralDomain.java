package nl.wijkregie.waitinglist.domain;

/** The legal domain a referral belongs to (its norm and its message standard follow from it). */
public enum ReferralDomain {
    JEUGD, WMO, PARTICIPATIE, SCHULDEN
}
