package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private static List<List<Integer>> dispatched(String csv, byte[] rowLanes, int... done) throws Exception {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        SignalCsvFormat.Header header = SignalCsvFormat.headerOf(content, Optional.empty());
        List<List<Integer>> perLane = new ArrayList<>();
        for (int lane = 0; lane < done.length; lane++) {
            perLane.add(new ArrayList<>());
        }
        int[] parsed = {0};
        try (Stream<SignalCsvFormat.RawRow> rows = SignalCsvFormat.rawRows(content, header)
                .peek(row -> parsed[0]++)) {
            ImportLanes.dispatch(rows.iterator(), rowLanes, done, (lane, row) -> {
                SignalCsvFormat.Row valid = SignalCsvFormat.validate(row, header, Optional.empty(), TODAY);
                assertThat(valid.rowNumber() - 2).isEqualTo(row.position());
                perLane.get(lane).add(row.position());
            });
        }
        assertThat(parsed[0]).as("rows parsed in the one pass").isEqualTo(rowLanes.length);
        return perLane;
    }

    @Test
    void oneParsingPassHandsEveryRowToExactlyItsOwnLaneInFileOrder() throws Exception {
        String[] lines = new String[40];
        for (int i = 0; i < 40; i++) {
            lines[i] = row("Woonzaam", "R-" + i, "1503AB", i % 7 + 1);
        }
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        byte[] rowLanes = ImportLanes.assign(rows(lines), 40, 3);

        List<List<Integer>> perLane = dispatched(csv, rowLanes, 0, 0, 0);

        List<Integer> all = new ArrayList<>();
        for (int lane = 0; lane < 3; lane++) {
            for (int position : perLane.get(lane)) {
                assertThat(rowLanes[position]).isEqualTo((byte) lane);
            }
            assertThat(perLane.get(lane)).isSorted();
            all.addAll(perLane.get(lane));
        }
        assertThat(all).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void aResumedImportSkipsExactlyTheRowsOfEachLanesCommittedChunks() throws Exception {
        String[] lines = new String[12];
        for (int i = 0; i < 12; i++) {
            lines[i] = row("Woonzaam", "R-" + i, "1503AB", i + 1);
        }
        String csv = HEADER + "\n" + String.join("\n", lines) + "\n";
        byte[] rowLanes = {0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 0};

        List<List<Integer>> perLane = dispatched(csv, rowLanes, 2, 3);

        assertThat(perLane.get(0)).containsExactly(4, 6, 10, 11);
        assertThat(perLane.get(1)).containsExactly(7, 8, 9);
    }

    @Test
    void aFileLongerThanItsLaneAssignmentIsRefused() {
        String csv = HEADER + "\n" + row("A", "1", "1503AB", 1) + "\n" + row("A", "2", "1503AB", 2) + "\n";
        assertThatThrownBy(() -> dispatched(csv, new byte[] {0}, 0)).isInstanceOf(IllegalStateException.class);
    }
}
