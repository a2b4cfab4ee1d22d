package nl.wijkregie.plan.domain;

/** Where an action stands; progress, not a change of the agreed plan, so it never makes a new version. */
public enum ActionStatus {
    TE_DOEN("Te doen"), BEZIG("Bezig"), KLAAR("Klaar"), VERVALLEN("Vervallen");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
