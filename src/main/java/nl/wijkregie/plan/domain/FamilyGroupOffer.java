package nl.wijkregie.plan.domain;

/** The outcome of offering the family to write its own plan (familiegroepsplan, Jeugdwet art. 4.1.2). */
public enum FamilyGroupOffer {
    ACCEPTED("Aanvaard: de familie schrijft het plan"), DECLINED("Afgewezen"), NOT_APPLICABLE("Niet van toepassing");

    private final String label;

    FamilyGroupOffer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
