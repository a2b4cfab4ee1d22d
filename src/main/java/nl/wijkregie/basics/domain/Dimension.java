package nl.wijkregie.basics.domain;

/** The four basic conditions, each checked by its own DMN table ({@code bpmn/basics-<name>.dmn}). */
public enum Dimension {
    WONEN("basics-wonen"), INKOMEN("basics-inkomen"), SCHULDEN("basics-schulden"), VEILIGHEID("basics-veiligheid");

    private final String decisionKey;

    Dimension(String decisionKey) {
        this.decisionKey = decisionKey;
    }

    public String decisionKey() {
        return decisionKey;
    }
}
