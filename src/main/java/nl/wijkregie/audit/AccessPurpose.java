package nl.wijkregie.audit;

/** Why the data was accessed (doelbinding); the label is what a resident reads in their access overview. */
public enum AccessPurpose {
    CASEWORK("Uitvoering hulpverlening"),
    TASK_HANDLING("Afhandelen werkvoorraad"),
    EARLY_SIGNALLING("Vroegsignalering schulden"),
    PRIVACY_REQUEST("Inzageverzoek betrokkene"),
    /** Telling a signal partner whether its signal was picked up: personal data leaving the municipality. */
    PARTNER_FEEDBACK("Terugmelding aan signaalpartner"),
    /** Releasing or reading an anonymised outcome release (issue 18). */
    OUTCOME_MONITORING("Beleidsmonitoring");

    private final String label;

    AccessPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
