package nl.wijkregie.plan.domain;

/** What follows an evaluation: another cycle with a new evaluation date, or closing the case. */
public enum EvaluationDecision {
    CONTINUE, CLOSE
}
