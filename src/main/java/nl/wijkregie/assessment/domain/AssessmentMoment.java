package nl.wijkregie.assessment.domain;

/** When in the help an assessment was made: the change from intake to exit is the outcome measure. */
public enum AssessmentMoment {
    INTAKE("Intake"),
    FOLLOW_UP("Tussentijds"),
    EXIT("Uitstroom");

    private final String label;

    AssessmentMoment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
