package nl.wijkregie.monitoring.domain;

/** Why a cell is not published; shown as "x" (CBS style), never as 0. */
public enum Suppression {
    /** The cell stands for fewer households than the threshold. */
    PRIMARY,
    /** Published itself, it would let a suppressed cell of its row or column be computed from the totals. */
    SECONDARY,
    /** It differs from the same cell of an earlier release by fewer households than the threshold. */
    DIFFERENCING
}
