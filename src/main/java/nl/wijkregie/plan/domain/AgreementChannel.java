package nl.wijkregie.plan.domain;

/** How a member said whether they agree with a version. */
public enum AgreementChannel {
    IN_PERSON("In gesprek"), PHONE("Telefonisch"), PAPER("Op papier"), WRITING("Schriftelijk");

    private final String label;

    AgreementChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
