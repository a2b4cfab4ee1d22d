package nl.wijkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2026-11-23, 3, 2026-11-26, an ordinary week",
            "2026-11-20, 3, 2026-11-25, over a weekend",
            "2026-11-21, 1, 2026-11-23, from a Saturday",
            "2026-04-24, 3, 2026-04-30, Koningsdag 27 April on a Monday",
            "2025-04-25, 1, 2025-04-28, Koningsdag 2025 on a Saturday is no extra day off",
            "2026-04-02, 3, 2026-04-09, Goede Vrijdag is a working day but Easter Monday 6 April is not",
            "2026-12-23, 3, 2026-12-29, Christmas 25 and 26 December",
            "2026-12-31, 1, 2027-01-04, Nieuwjaarsdag",
            "2026-05-13, 1, 2026-05-15, Hemelvaartsdag 14 May",
            "2026-05-22, 1, 2026-05-26, Pinksteren: Whit Monday 25 May",
            "2025-05-02, 1, 2025-05-06, Bevrijdingsdag in a lustrum year"})
    void countsOnlyWorkingDays(LocalDate start, int days, LocalDate expected, String why) {
        assertThat(WorkingDays.plusWorkingDays(start, days)).as(why).isEqualTo(expected);
    }
}
