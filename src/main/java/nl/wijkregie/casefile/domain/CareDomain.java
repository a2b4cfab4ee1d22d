package nl.wijkregie.casefile.domain;

/** The life and legal domains a case can involve: the three laws, debt help, and the basic conditions. */
public enum CareDomain {
    JEUGD("Jeugd"), WMO("Wmo"), PARTICIPATIE("Participatie"), SCHULDEN("Schulden"), WONEN("Wonen"),
    VEILIGHEID("Veiligheid"), GEZONDHEID("Gezondheid");

    private final String label;

    CareDomain(String label) {
        this.label = label;
    }

    /** The Dutch name professionals use (timeline texts). */
    public String label() {
        return label;
    }
}
