package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportLanesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String HEADER = String.join(";", SignalCsvFormat.COLUMNS);

    private static String row(String organisation, String reference, String postcode, int number) {
        return "Huur;%s;%s;A.;;van;Dijk;1984-03-12;Poelenburg;%d;;%s;Zaandam;;;45000;2026-08-01;2026-11-01;nee;nee;"
                .formatted(organisation, reference, number, postcode);
    }

    private static Stream<SignalCsvFormat.Row> rows(String... lines) {
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        return SignalCsvFormat.rows(csv.getBytes(StandardCharsets.UTF_8), Optional.empty(), TODAY);
    }

    @Test
    void rowsForOneAddressShareALaneAndAddressesSpreadOverTheLanes() {
        String[] lines = new String[200];
        for (int i = 0; i < 200; i++) {
            lines[i] = row("Woonzaam", "R-" + i, "1503AB", i / 2 + 1);
        }
        byte[] lanes = ImportLanes.assign(rows(lines), 200, 2);

        for (int i = 0; i < 200; i += 2) {
            assertThat(lanes[i]).as("row %d and %d are at one address", i, i + 1).isEqualTo(lanes[i + 1]);
        }
        long inLaneOne = 0;
        for (byte lane : lanes) {
            inLaneOne += lane;
        }
        assertThat(inLaneOne).isBetween(60L, 140L);
    }

    @Test
    void aRepeatedReferenceGoesToTheLaneOfItsFirstRowWhateverItsAddress() {
        String first = row("Woonzaam", "R-1", "1503AB", 1);
        String[] lines = new String[41];
        lines[0] = first;
        for (int i = 1; i <= 40; i++) {
            lines[i] = row(i % 2 == 0 ? "woonzaam " : "Woonzaam", "R-1", "1503AB", 100 + i);
        }
        byte[] lanes = ImportLanes.assign(rows(lines), 41, 4);

        for (byte lane : lanes) {
            assertThat(lane).isEqualTo(lanes[0]);
        }
    }

    @Test
    void unreadableRowsGoRoundRobinAndTheSplitIsTheSameEveryTime() {
        String bad = "Huur;Woonzaam;X;;;;;geen-datum;;;;;;;;;;;;;";
        byte[] lanes = ImportLanes.assign(rows(bad, bad, bad, row("Woonzaam", "R-9", "1503AB", 9)), 4, 3);

        assertThat(lanes[0]).isEqualTo((byte) 0);
        assertThat(lanes[1]).isEqualTo((byte) 1);
        assertThat(lanes[2]).isEqualTo((byte) 2);
        assertThat(ImportLanes.assign(rows(bad, bad, bad, row("Woonzaam", "R-9", "1503AB", 9)), 4, 3))
                .isEqualTo(lanes);
    }

    @Test
    void oneLaneTakesEverythingAndALaneCountOutOfRangeIsRefused() {
        assertThat(ImportLanes.assign(rows(row("A", "1", "1503AB", 1), row("B", "2", "1504CD", 2)), 2, 1))
                .containsExactly(0, 0);
        assertThatThrownBy(() -> ImportLanes.assign(rows(), 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportLanes.assign(rows(), 0, ImportLanes.MAX_LANES + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
