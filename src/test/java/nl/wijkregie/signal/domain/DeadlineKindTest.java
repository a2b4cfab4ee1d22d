package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contact deadline counts from the day the municipality received the signal, not from its signal date. */
class DeadlineKindTest {

    static final LocalDate SIGNAL_DATE_FRIDAY = LocalDate.of(2026, 11, 27);
    static final LocalDate RECEIVED_MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void aSignalDatedFridayAndReceivedMondayIsDueThreeWorkingDaysAfterMonday() {
        assertThat(SIGNAL_DATE_FRIDAY.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(RECEIVED_MONDAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

        assertThat(DeadlineKind.DREIGING.deadline(RECEIVED_MONDAY, 3, 10))
                .isEqualTo(LocalDate.of(2026, 12, 3))
                .isNotEqualTo(DeadlineKind.DREIGING.deadline(SIGNAL_DATE_FRIDAY, 3, 10));
        assertThat(DeadlineKind.NORM.deadline(RECEIVED_MONDAY, 3, 10)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(DeadlineKind.GEEN.deadline(RECEIVED_MONDAY, 3, 10)).isNull();
    }
}
