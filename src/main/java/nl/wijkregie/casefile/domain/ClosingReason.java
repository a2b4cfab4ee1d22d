package nl.wijkregie.casefile.domain;

/** Why a case was closed; feeds the outcome monitoring, so the list is fixed and free text goes in the summary. */
public enum ClosingReason {
    DOELEN_BEREIKT("doelen bereikt"), OVERGEDRAGEN("overgedragen"), HULP_GEWEIGERD("hulp geweigerd"),
    VERHUISD("verhuisd"), GEEN_CONTACT("geen contact"), GEEN_HULPVRAAG("geen hulpvraag"), OVERLEDEN("overleden"),
    OVERIG("overig");

    private final String label;

    ClosingReason(String label) {
        this.label = label;
    }

    /** The Dutch wording (timeline texts). */
    public String label() {
        return label;
    }
}
