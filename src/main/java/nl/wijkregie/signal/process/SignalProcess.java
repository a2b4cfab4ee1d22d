package nl.wijkregie.signal.process;

import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The names shared with bpmn/vroegsignalering.bpmn and bpmn/signal-triage.dmn. The business key is the signal case id;
 * the variables are the team, whether triage picked the case up, the moment the contact deadline has passed, and (at
 * the end) whether help was accepted — flags and ids only, never personal data. The start variables are transient:
 * they are read only while the instance starts (gateway, candidate group, due date and timer), and the signal case in
 * our own tables is their record, so storing them would cost six rows per start of a monthly list for nothing.
 */
public final class SignalProcess {

    public static final String KEY = "vroegsignalering";
    public static final String TRIAGE_DECISION = "signal-triage";
    public static final String MAKE_CONTACT_TASK = "makeContact";
    public static final String DEADLINE_TIMER = "deadlinePassed";
    public static final String TEAM_ID = "teamId";
    public static final String PICKED_UP = "pickedUp";
    public static final String CONTACT_DEADLINE = "contactDeadline";
    public static final String HELP_ACCEPTED = "helpAccepted";

    private SignalProcess() {
    }

    /**
     * The deadline timer (an event subprocess) is created with the instance, before the gateway, so it needs a moment
     * also for a case triage did not pick up, which has no deadline: that instance ends within its start and takes
     * the timer along before anything is written, so the moment given then (the epoch) is never stored nor due.
     */
    public static VariableMap startVariables(UUID teamId, boolean pickedUp, Date contactDeadline) {
        Date timer = contactDeadline == null && !pickedUp ? new Date(0) : contactDeadline;
        return Variables.createVariables()
                .putValueTyped(TEAM_ID, Variables.stringValue(teamId.toString(), true))
                .putValueTyped(PICKED_UP, Variables.booleanValue(pickedUp, true))
                .putValueTyped(CONTACT_DEADLINE, Variables.dateValue(timer, true));
    }

    public static Map<String, Object> endVariables(boolean helpAccepted) {
        return Map.of(HELP_ACCEPTED, helpAccepted);
    }
}
