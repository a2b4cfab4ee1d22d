package nl.wijkregie.basics.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.shared.ClockProducer;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The names shared with bpmn/basisvoorwaarden.bpmn. The business key is the case id; the variables are the team the
 * task is offered to, the moment its deadline has passed, and at the end how the task ended — ids, a date and a code,
 * never personal data. The check itself runs in the transaction of what triggered it; the process is started when a
 * check finds a dimension "niet op orde" and no instance is running for the case.
 */
public final class BasicsProcess {

    public static final String KEY = "basisvoorwaarden";
    public static final String TASK = "basisOpOrdeBrengen";
    public static final String TASK_NAME = "Basis op orde brengen";
    public static final String DEADLINE_TIMER = "deadlinePassed";
    public static final String TEAM_ID = "teamId";
    public static final String DEADLINE = "taskDeadline";
    public static final String RESOLUTION = "resolution";
    public static final String SOLVED = "SOLVED";
    public static final String NOT_SOLVABLE = "NOT_SOLVABLE";

    private BasicsProcess() {
    }

    public static VariableMap startVariables(UUID teamId, Date deadline) {
        return Variables.createVariables().putValue(TEAM_ID, teamId.toString()).putValue(DEADLINE, deadline);
    }

    public static Map<String, Object> endVariables(String resolution) {
        return Map.of(RESOLUTION, resolution);
    }

    /** The moment a deadline day has passed: the start of the next day, for the task's due date and the timer. */
    public static Date deadlineMoment(LocalDate deadline) {
        return Date.from(deadline.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant());
    }
}
