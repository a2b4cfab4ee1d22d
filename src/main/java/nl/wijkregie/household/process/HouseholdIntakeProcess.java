package nl.wijkregie.household.process;

/**
 * The names shared with bpmn/household-intake.bpmn: the process key and its variables. The business key is the
 * household id; the only variable is the owning team, which the user task offers itself to.
 */
public final class HouseholdIntakeProcess {

    public static final String KEY = "household-intake";
    public static final String TEAM_ID = "teamId";
    public static final String PLAN_INTAKE_TASK = "planIntake";

    private HouseholdIntakeProcess() {
    }
}
