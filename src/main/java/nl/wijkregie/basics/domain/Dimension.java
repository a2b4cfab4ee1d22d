package nl.wijkregie.basics.domain;

/** The four basic conditions, each checked by its own DMN table ({@code bpmn/basics-<name>.dmn}). */
public enum Dimension {
    HOUSING("basics-housing"), INCOME("basics-income"), DEBTS("basics-debts"), SAFETY("basics-safety");

    private final String decisionKey;

    Dimension(String decisionKey) {
        this.decisionKey = decisionKey;
    }

    public String decisionKey() {
        return decisionKey;
    }
}
