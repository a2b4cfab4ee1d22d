package nl.wijkregie.signal.domain;

/** The outcome of triage; GEEN means the signal is not picked up (below the municipal threshold). */
public enum Priority {
    HOOG, MIDDEN, LAAG, GEEN
}
