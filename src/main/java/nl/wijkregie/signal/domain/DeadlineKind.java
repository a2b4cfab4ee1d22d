package nl.wijkregie.signal.domain;

/** Which contact deadline applies: 3 working days when threatening, the municipal norm otherwise, or none. */
public enum DeadlineKind {
    DREIGING, NORM, GEEN
}
