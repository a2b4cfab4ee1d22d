package nl.wijkregie.signal.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The names shared with bpmn/vroegsignalering.bpmn and bpmn/signal-triage.dmn. The business key is the signal case id;
 * the variables are the team, whether triage picked the case up, the moment the contact deadline has passed, and (at
 * the end) whether help was accepted — flags and ids only, never personal data.
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

    public static Map<String, Object> startVariables(UUID teamId, boolean pickedUp, Date contactDeadline) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(TEAM_ID, teamId.toString());
        variables.put(PICKED_UP, pickedUp);
        variables.put(CONTACT_DEADLINE, contactDeadline);
        return variables;
    }

    public static Map<String, Object> endVariables(boolean helpAccepted) {
        return Map.of(HELP_ACCEPTED, helpAccepted);
    }
}
