package nl.wijkregie.signal.domain;

public enum SignalCaseStatus {
    OPEN, CLOSED
}
