package nl.wijkregie.casefile.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of a case file. Each status names the statuses it may move to: forward one phase, back from evaluation
 * to execution or to a new plan, and closing from any open phase. A closed case stays closed; a new case is opened.
 */
public enum CaseStatus {
    AANGEMELD("Aangemeld"), INTAKE("Intake"), PLAN("Plan"), UITVOERING("Uitvoering"), EVALUATIE("Evaluatie"),
    AFGESLOTEN("Afgesloten");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** The Dutch name professionals use (timeline texts). */
    public String label() {
        return label;
    }

    public Set<CaseStatus> next() {
        return switch (this) {
            case AANGEMELD -> EnumSet.of(INTAKE, AFGESLOTEN);
            case INTAKE -> EnumSet.of(PLAN, AFGESLOTEN);
            case PLAN -> EnumSet.of(UITVOERING, AFGESLOTEN);
            case UITVOERING -> EnumSet.of(EVALUATIE, AFGESLOTEN);
            case EVALUATIE -> EnumSet.of(UITVOERING, PLAN, AFGESLOTEN);
            case AFGESLOTEN -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /**
     * Going back a phase (evaluation back to execution, or to a new plan): it undoes agreed work, so it needs a
     * reason that colleagues read in the timeline.
     */
    public boolean isBackStepTo(CaseStatus target) {
        return target != AFGESLOTEN && target.ordinal() < ordinal();
    }

    public boolean isOpen() {
        return this != AFGESLOTEN;
    }
}
