package nl.wijkregie.signal;

import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.signal.domain.MatchStatus;
import nl.wijkregie.signal.domain.Priority;

/**
 * A page of the signal inbox with its filters; a null filter means "any". {@code assignee} is a login name, or
 * {@link #UNASSIGNED} for the cases nobody took on yet.
 */
public record SignalInboxQuery(Optional<UUID> team, Priority priority, String wijkCode, MatchStatus matchStatus,
                               Deadline deadline, String assignee, PageRequest page) {

    public static final String UNASSIGNED = "";

    /** Which contact deadlines: all, past, within {@value #SOON_WORKING_DAYS} working days, or past or escalated. */
    public enum Deadline { ALL, OVERDUE, SOON, ATTENTION }

    public static final int SOON_WORKING_DAYS = 3;
}
