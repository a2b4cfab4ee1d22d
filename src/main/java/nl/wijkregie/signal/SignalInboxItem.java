package nl.wijkregie.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.signal.domain.MatchStatus;
import nl.wijkregie.signal.domain.Priority;

/** One open signal case in a team's inbox, with what is needed to sort and colour it. */
public record SignalInboxItem(UUID id, UUID teamId, Priority priority, LocalDate contactDeadline,
                              Integer workingDaysLeft, boolean overdue, Instant escalatedAt, MatchStatus matchStatus,
                              String addressKey, String wijkCode, String residentName, UUID householdId,
                              String regisseurId, int signalCount, int creditorCount, long amountCents,
                              Instant openedAt, String assignedTo) {

    public SignalInboxItem withMatchStatus(MatchStatus status) {
        return new SignalInboxItem(id, teamId, priority, contactDeadline, workingDaysLeft, overdue, escalatedAt, status,
                addressKey, wijkCode, residentName, householdId, regisseurId, signalCount, creditorCount, amountCents,
                openedAt, assignedTo);
    }
}
