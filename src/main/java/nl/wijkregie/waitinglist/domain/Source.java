package nl.wijkregie.waitinglist.domain;

/** Where a date on the referral chain came from: entered by a professional, or from an iJw/iWmo message. */
public enum Source {
    HAND, MESSAGE
}
