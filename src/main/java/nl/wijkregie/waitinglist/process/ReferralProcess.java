package nl.wijkregie.waitinglist.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.shared.ClockProducer;

/**
 * The names shared with bpmn/verwijzing.bpmn. The business key is the referral id; the variables are the team, the
 * regisseur (may be null), the moments of the warning and of the norm, the due date of the team lead's task and the
 * check-in cycle — ids, moments and a period, never personal data.
 */
public final class ReferralProcess {

    public static final String KEY = "verwijzing";
    public static final String WARNING_TASK = "normWarning";
    public static final String BREACH_TASK = "normBreached";
    public static final String CHECK_IN_TASK = "checkIn";
    public static final String WARNING_TIMER = "normWarningDue";
    public static final String NORM_TIMER = "normPassed";
    public static final String ENDED_MESSAGE = "referralEnded";
    /** A check-in found the situation not safe: the team lead gets {@link #UNSAFE_TASK}. */
    public static final String UNSAFE_MESSAGE = "checkInUnsafe";
    public static final String UNSAFE_TASK = "unsafeWhileWaiting";
    public static final String TEAM_ID = "teamId";
    public static final String REGISSEUR_ID = "regisseurId";
    public static final String WARNING_AT = "warningAt";
    public static final String NORM_AT = "normAt";
    public static final String BREACH_TASK_DUE = "breachTaskDue";
    public static final String CHECK_IN_CYCLE = "checkInCycle";
    /** Working time the team lead gets for a breach before it is overdue itself. */
    public static final int BREACH_TASK_DAYS = 5;
    /** How long after a late-entered request its past-due timers fire. */
    public static final java.time.Duration LATE_ENTRY_GRACE = java.time.Duration.ofMinutes(2);

    private ReferralProcess() {
    }

    /** The moments of the clock: the warning and the norm are the start of the day after the last day allowed. */
    public record Moments(Instant warningAt, Instant normAt) {

        public static Moments of(LocalDate requestSent, long pausedDays, int warningDays, int normDays) {
            return new Moments(moment(requestSent.plusDays(pausedDays + warningDays)),
                    moment(requestSent.plusDays(pausedDays + normDays)));
        }

        /**
         * A request entered late (its norm already passed) fires its timers a little after now, not at once: the
         * start of care is often entered right after it, and would otherwise race the timer job.
         */
        public Moments notBefore(Instant earliest) {
            return new Moments(warningAt.isBefore(earliest) ? earliest : warningAt,
                    normAt.isBefore(earliest) ? earliest : normAt);
        }

        public Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(WARNING_AT, Date.from(warningAt));
            variables.put(NORM_AT, Date.from(normAt));
            variables.put(BREACH_TASK_DUE, Date.from(normAt.plus(java.time.Duration.ofDays(BREACH_TASK_DAYS))));
            return variables;
        }
    }

    public static Map<String, Object> startVariables(UUID teamId, String regisseurId, Moments moments,
                                                     int checkInDays) {
        Map<String, Object> variables = moments.variables();
        variables.put(TEAM_ID, teamId.toString());
        variables.put(REGISSEUR_ID, regisseurId);
        variables.put(CHECK_IN_CYCLE, "R/P" + checkInDays + "D");
        return variables;
    }

    private static Instant moment(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
    }
}
