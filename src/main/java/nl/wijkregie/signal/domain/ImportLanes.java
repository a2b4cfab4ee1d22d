package nl.wijkregie.signal.domain;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import nl.wijkregie.shared.LaneFeed;

/**
 * Splits the rows of a monthly list over lanes that import side by side, each in its own transactions, without two
 * lanes ever touching the same signal case: all rows for one address go to one lane, so stacking stays exact, and a
 * row that repeats an earlier (organisation, reference) pair goes to the lane of its first occurrence, so the lane
 * sees it as a duplicate instead of two lanes inserting it at once. Rows that cannot be read go round-robin: they only
 * add a line to the batch report. Computed once per batch and kept with it, so a resumed import splits alike.
 */
public final class ImportLanes {

    public static final int MAX_LANES = 8;

    private ImportLanes() {
    }

    /** The lane of every row, by position in the file (0 = the first row after the header). */
    public static byte[] assign(Stream<SignalCsvFormat.Row> rows, int rowCount, int lanes) {
        if (lanes < 1 || lanes > MAX_LANES) {
            throw new IllegalArgumentException("lanes must be 1.." + MAX_LANES + ": " + lanes);
        }
        byte[] laneOfRow = new byte[rowCount];
        Map<String, Byte> laneOfReference = new HashMap<>();
        int[] position = {0};
        rows.forEach(row -> {
            int at = position[0]++;
            if (at >= rowCount) {
                throw new IllegalStateException("the file has more rows than counted at upload: " + rowCount);
            }
            if (!row.isValid()) {
                laneOfRow[at] = (byte) (at % lanes);
                return;
            }
            byte byAddress = (byte) Math.floorMod(row.report().addressKey().hashCode(), lanes);
            laneOfRow[at] = laneOfReference.computeIfAbsent(row.report().referenceKey(), key -> byAddress);
        });
        return laneOfRow;
    }

    /**
     * One pass over the file for all lanes: every row goes to the lane {@link #assign} gave it, in file order, except
     * each lane's first {@code rowsDonePerLane} rows, which its committed chunks already hold (a resumed import).
     */
    public static <T> void dispatch(Iterator<T> rows, byte[] rowLanes, int[] rowsDonePerLane, LaneFeed.Sink<T> sink)
            throws InterruptedException {
        int[] position = {0};
        LaneFeed.dispatch(rows, row -> {
            if (position[0] >= rowLanes.length) {
                throw new IllegalStateException("the file has more rows than lanes were assigned: " + rowLanes.length);
            }
            return rowLanes[position[0]++];
        }, rowsDonePerLane, sink);
    }
}
