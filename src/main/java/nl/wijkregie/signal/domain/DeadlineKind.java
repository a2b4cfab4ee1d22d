package nl.wijkregie.signal.domain;

import java.time.LocalDate;
import nl.wijkregie.shared.WorkingDays;

/** Which contact deadline applies: 3 working days when threatening, the municipal norm otherwise, or none. */
public enum DeadlineKind {
    DREIGING, NORM, GEEN;

    /**
     * The contact deadline for a signal the municipality received on {@code receivedOn}, or null for GEEN. It counts
     * from the day of receipt, not from the partner's signal date: the Wgs counts the municipality's terms from the
     * melding, and a partner's delay must not use up the team's time (docs/processes/vroegsignalering.md, Deadlines).
     */
    public LocalDate deadline(LocalDate receivedOn, int threatWorkingDays, int normWorkingDays) {
        return switch (this) {
            case DREIGING -> WorkingDays.plusWorkingDays(receivedOn, threatWorkingDays);
            case NORM -> WorkingDays.plusWorkingDays(receivedOn, normWorkingDays);
            case GEEN -> null;
        };
    }
}
