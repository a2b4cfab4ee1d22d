package nl.wijkregie.signal.domain;

/** DDAS EnumDagdeel. */
public enum PartOfDay {
    OCHTEND("Ochtend"), MIDDAG("Middag"), AVOND("Avond");

    private final String ddas;

    PartOfDay(String ddas) {
        this.ddas = ddas;
    }

    public String ddas() {
        return ddas;
    }
}
