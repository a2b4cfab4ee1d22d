package nl.wijkregie.basics.domain;

/** What a check says about one dimension; {@code ONBEKEND} when the facts to decide are missing. */
public enum Outcome {
    OP_ORDE, WANKEL, NIET_OP_ORDE, ONBEKEND
}
