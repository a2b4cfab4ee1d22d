package nl.wijkregie.plan.domain;

/**
 * Where the plan is in its cycle; the case's lifecycle status follows it (ADR 0021): OFFER and DRAFT → PLAN,
 * EXECUTION → UITVOERING, EVALUATION → EVALUATIE, CLOSED → AFGESLOTEN.
 */
public enum PlanPhase {
    OFFER, DRAFT, EXECUTION, EVALUATION, CLOSED
}
