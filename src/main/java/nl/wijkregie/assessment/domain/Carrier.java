package nl.wijkregie.assessment.domain;

/** Who carries a domain now, as in the Krachtenwijzer: it links the assessment to who does what in the plan. */
public enum Carrier {
    OWN_STRENGTH("Eigen kracht"),
    NETWORK("Netwerk"),
    PROFESSIONAL_HELP("Professionele hulp");

    private final String label;

    Carrier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
