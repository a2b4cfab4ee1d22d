package nl.wijkregie.plan.domain;

/** How a goal stands at an evaluation. */
public enum GoalResult {
    BEREIKT("Bereikt"), DEELS("Deels bereikt"), NIET("Niet bereikt"), VERVALLEN("Vervallen");

    private final String label;

    GoalResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
