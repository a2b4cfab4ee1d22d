package nl.wijkregie.waitinglist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which lane imports a message row (ADR 0034): one person's rows always in one lane, however the BSN is written. */
class MessageLanesTest {

    @Test
    void aPersonsRowsGoToOneLaneWhereverTheyAreInTheFileAndHoweverTheBsnIsWritten() {
        int lane = MessageRow.laneOf("012345672", 2, 2);
        assertThat(MessageRow.laneOf("012345672", 9_999, 2)).isEqualTo(lane);
        assertThat(MessageRow.laneOf(" 12345672 ", 17, 2)).as("8 digits with blanks, as parse reads it")
                .isEqualTo(lane);
    }

    @Test
    void rowsWithoutABsnGoRoundRobinAndManyPersonsSpreadOverAllLanes() {
        assertThat(MessageRow.laneOf("", 4, 2)).isZero();
        assertThat(MessageRow.laneOf("  ", 5, 2)).isEqualTo(1);
        Set<Integer> used = new HashSet<>();
        for (int n = 100_000_000; n < 100_000_100; n++) {
            int lane = MessageRow.laneOf(Integer.toString(n), 0, 3);
            assertThat(lane).isBetween(0, 2);
            used.add(lane);
        }
        assertThat(used).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void oneLaneTakesEverything() {
        assertThat(MessageRow.laneOf("012345672", 3, 1)).isZero();
        assertThat(MessageRow.laneOf("", 3, 1)).isZero();
    }
}
