package nl.wijkregie.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table worked out by hand, and the rules' own arithmetic. */
class DisclosureControlTest {

    static final List<String> WIJKEN = List.of("WK047901", "WK047902");
    static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03");

    @Test
    void suppressesTheSmallCellAndWhatWouldGiveItAwayAndRoundsTheRest() {
        CountTable table = CountTable.of(WIJKEN, MONTHS, new long[][] {{25, 3, 40}, {12, 30, 14}});

        ProtectedTable released = DisclosureControl.protect(table, DisclosureRules.DEFAULT);

        assertThat(row(released, 0)).containsExactly("x", "x", "40", "70");
        assertThat(row(released, 1)).containsExactly("x", "x", "15", "55");
        assertThat(row(released, 2)).containsExactly("35", "35", "55", "125");
        assertThat(released.suppression(0, 1)).isEqualTo(Suppression.PRIMARY);
        assertThat(released.suppression(0, 0)).isEqualTo(Suppression.SECONDARY);
        assertThat(released.suppression(1, 0)).isEqualTo(Suppression.SECONDARY);
        assertThat(released.suppression(1, 1)).isEqualTo(Suppression.SECONDARY);
    }

    @Test
    void withholdsACellThatMovedByAFewHouseholdsSinceTheEarlierRelease() {
        ProtectedTable january = DisclosureControl.protect(CountTable.of(WIJKEN, List.of("2026-01"),
                new long[][] {{40}, {60}}), DisclosureRules.DEFAULT);
        CountTable recounted = CountTable.of(WIJKEN, List.of("2026-01"), new long[][] {{41}, {60}});

        ProtectedTable again = DisclosureControl.protect(recounted, DisclosureRules.DEFAULT, january);

        assertThat(again.suppression(0, 0)).isEqualTo(Suppression.DIFFERENCING);
        assertThat(again.display(0, 0)).isEqualTo("x");
        assertThat(again.suppression(0, 1)).as("the wijk's total moved by the same household")
                .isEqualTo(Suppression.DIFFERENCING);
        assertThat(again.display(1, 0)).isEqualTo("60");
    }

    @Test
    void roundsToTheNearestMultipleHalvesUpAndCallsOnlyOneToNineTooSmall() {
        DisclosureRules rules = DisclosureRules.DEFAULT;
        assertThat(List.of(0L, 2L, 3L, 12L, 13L, 124L).stream().map(rules::rounded))
                .containsExactly(0L, 0L, 5L, 10L, 15L, 125L);
        assertThat(rules.isTooSmall(0)).isFalse();
        assertThat(rules.isTooSmall(1)).isTrue();
        assertThat(rules.isTooSmall(9)).isTrue();
        assertThat(rules.isTooSmall(10)).isFalse();
        assertThatThrownBy(() -> new DisclosureRules("x", 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountTable.of(WIJKEN, MONTHS, new long[][] {{1, 2, 3}, {4, -5, 6}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> row(ProtectedTable table, int row) {
        return java.util.stream.IntStream.rangeClosed(0, table.columns().size()).mapToObj(c -> table.display(row, c))
                .toList();
    }
}
