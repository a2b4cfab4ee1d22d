package nl.wijkregie.monitoring.domain;

import java.util.List;
import java.util.Objects;

/**
 * Exact household counts of one indicator in two dimensions, e.g. wijk × month. Never leaves the application as it is:
 * {@link DisclosureControl} turns it into a {@link ProtectedTable}. Row and column keys are codes (WK…, 2026-03).
 */
public final class CountTable {

    private final List<String> rows;
    private final List<String> columns;
    private final long[][] counts;

    private CountTable(List<String> rows, List<String> columns, long[][] counts) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.counts = counts;
    }

    public static CountTable of(List<String> rows, List<String> columns, long[][] counts) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(columns, "columns");
        if (counts.length != rows.size()) {
            throw new IllegalArgumentException(counts.length + " rows of counts for " + rows.size() + " row keys");
        }
        long[][] copy = new long[rows.size()][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columns.size()) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " counts for "
                        + columns.size() + " columns");
            }
            for (long count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("a count of households is never negative: " + count);
                }
            }
            copy[r] = counts[r].clone();
        }
        return new CountTable(rows, columns, copy);
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    /**
     * The counts with their margins: an extra last column with each row's total, an extra last row with each
     * column's total, and the grand total in the corner.
     */
    long[][] withMargins() {
        int height = rows.size();
        int width = columns.size();
        long[][] grid = new long[height + 1][width + 1];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                grid[r][c] = counts[r][c];
                grid[r][width] += counts[r][c];
                grid[height][c] += counts[r][c];
                grid[height][width] += counts[r][c];
            }
        }
        return grid;
    }
}
