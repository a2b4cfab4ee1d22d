package nl.wijkregie.basics.domain;

/** What a check says about one dimension; {@code UNKNOWN} when the facts to decide are missing. */
public enum Outcome {
    IN_ORDER, AT_RISK, NOT_IN_ORDER, UNKNOWN
}
