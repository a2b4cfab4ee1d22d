package nl.wijkregie.waitinglist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.wijkregie.shared.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The waiting-time arithmetic as a table. Dates are days after 1 March 2026 (the request, day 0); pauses are
 * "from-until:reason" (until empty: still paused); "today" is day 100.
 */
class WaitingTimeTest {

    private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 1);

    private static LocalDate day(String offset) {
        return offset == null || offset.isBlank() ? null : DAY_0.plusDays(Integer.parseInt(offset.strip()));
    }

    private static List<WaitingTime.Pause> pauses(String spec) {
        List<WaitingTime.Pause> pauses = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return pauses;
        }
        for (String pause : spec.split(" ")) {
            String[] reason = pause.split(":");
            String[] range = reason[0].split("-", -1);
            pauses.add(new WaitingTime.Pause(day(range[0]), day(range[1]), PauseReason.valueOf(reason[1])));
        }
        return pauses;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                      | 301 | 305 | 307 | pauses                          | gross | wish | other | counted | 301→305 | started
            straight through                            | 10  | 30  | -   | -                               | 30    | 0    | 0     | 30      | 20      | true
            still waiting, counted to today             | 10  | -   | -   | -                               | 100   | 0    | 0     | 100     | -       | false
            missing 301: counted from the request       | -   | 40  | 90  | -                               | 40    | 0    | 0     | 40      | -       | true
            resident's wish reported apart, not counted | 5   | 50  | -   | 10-24:RESIDENT_WISH             | 50    | 14   | 0     | 36      | 45      | true
            other pause not counted either              | 5   | 50  | -   | 10-20:ADMISSION                 | 50    | 0    | 10    | 40      | 45      | true
            two kinds of pause                          | -   | 60  | -   | 0-7:OTHER 20-30:RESIDENT_WISH   | 60    | 10   | 7     | 43      | -       | true
            open pause runs to today                    | -   | -   | -   | 90-:RESIDENT_WISH               | 100   | 10   | 0     | 90      | -       | false
            pause beyond the start is clipped           | -   | 30  | -   | 25-40:OTHER                     | 30    | 0    | 5     | 25      | -       | true
            start on the day of the request             | 0   | 0   | 0   | -                               | 0     | 0    | 0     | 0       | 0       | true
            """)
    void countsTheWaitAgainstTheNorm(String name, String allocated, String started, String ended, String pauses,
                                     long gross, long wish, long other, long counted, Long allocationToStart,
                                     boolean isStarted) {
        WaitingTime waited = WaitingTime.of(DAY_0, day(allocated), day(started), day(ended), pauses(pauses),
                day("100"));

        assertThat(waited).isEqualTo(new WaitingTime(gross, wish, other, counted, allocationToStart, isStarted));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                              | 301 | 305 | 307 | field         | message
            start before allocation rejected    | 20  | 10  | -   | careStartedOn | vóór de toewijzing
            start before the request rejected   | -   | -5  | -   | careStartedOn | vóór de aanvraag
            allocation before the request       | -3  | -   | -   | allocatedOn   | vóór de aanvraag
            care ended without start            | 10  | -   | 40  | careEndedOn   | zonder start
            care ended before it started        | 10  | 30  | 20  | careEndedOn   | vóór de start
            """)
    void refusesDatesOutOfOrder(String name, String allocated, String started, String ended, String field,
                                String message) {
        assertThatThrownBy(() -> WaitingTime.of(DAY_0, day(allocated), day(started), day(ended), List.of(),
                day("100")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo(field));
    }

    @ParameterizedTest(name = "norm {0} days, counted {1}: within {2}, {3} days left")
    @CsvSource({"56, 56, true, 0", "56, 57, false, -1", "42, 10, true, 32"})
    void withinTheNormUpToAndIncludingItsLastDay(int norm, int counted, boolean within, long left) {
        WaitingTime waited = WaitingTime.of(DAY_0, null, null, null, List.of(), DAY_0.plusDays(counted));

        assertThat(waited.withinNorm(norm)).isEqualTo(within);
        assertThat(waited.daysLeft(norm)).isEqualTo(left);
    }
}
