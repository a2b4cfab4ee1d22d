package nl.wijkregie.monitoring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Protects a table before release, in three steps:
 * <ol>
 *   <li><b>primary suppression</b>: a cell or total standing for 1 to threshold - 1 households is not published;</li>
 *   <li><b>differencing</b>: a cell whose count differs from the same cell (same row and column keys) of the earlier
 *   release of this indicator by 1 to threshold - 1 households is not published either, or subtracting the two
 *   releases would single those households out;</li>
 *   <li><b>secondary suppression</b>: every row and column is an equation (its cells add up to its total). Where the
 *   total is published, the suppressed cells of the line must number zero or at least two, and together stand for no
 *   fewer households than the threshold; otherwise the smallest published cell of the line (a non-empty one first),
 *   or failing that the total, is suppressed too, until no line needs more.</li>
 * </ol>
 * Published counts are then rounded (totals from the exact counts, not from rounded cells).
 */
public final class DisclosureControl {

    private DisclosureControl() {
    }

    public static ProtectedTable protect(CountTable table, DisclosureRules rules) {
        return protect(table, rules, null);
    }

    /** @param earlier the exact table behind the previous release of the same indicator, or null for the first */
    public static ProtectedTable protect(CountTable table, DisclosureRules rules, ProtectedTable earlier) {
        long[][] grid = table.withMargins();
        int height = grid.length;
        int width = grid[0].length;
        Suppression[][] suppressed = new Suppression[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                if (rules.isTooSmall(grid[r][c])) {
                    suppressed[r][c] = Suppression.PRIMARY;
                } else if (earlier != null && differsByTooFew(table, r, c, grid[r][c], earlier, rules)) {
                    suppressed[r][c] = Suppression.DIFFERENCING;
                }
            }
        }
        suppressUntilNoLineGivesAwayACell(grid, suppressed, rules);
        return new ProtectedTable(table.rows(), table.columns(), rules, grid, suppressed);
    }

    private static boolean differsByTooFew(CountTable table, int row, int column, long count, ProtectedTable earlier,
                                           DisclosureRules rules) {
        int earlierRow = indexIn(earlier.rows(), table.rows(), row);
        int earlierColumn = indexIn(earlier.columns(), table.columns(), column);
        if (earlierRow < 0 || earlierColumn < 0) {
            return false;
        }
        return rules.isTooSmall(Math.abs(count - earlier.exact(earlierRow, earlierColumn)));
    }

    /** Where the key at {@code index} of {@code keys} stands in {@code earlierKeys}; the margin maps to the margin. */
    private static int indexIn(List<String> earlierKeys, List<String> keys, int index) {
        return index == keys.size() ? earlierKeys.size() : earlierKeys.indexOf(keys.get(index));
    }

    private static void suppressUntilNoLineGivesAwayACell(long[][] grid, Suppression[][] suppressed,
                                                          DisclosureRules rules) {
        List<int[][]> lines = lines(grid.length, grid[0].length);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                changed |= protectLine(line, grid, suppressed, rules);
            }
        }
    }

    /** Each line: its cells first, its total last. */
    private static List<int[][]> lines(int height, int width) {
        List<int[][]> lines = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            int[][] line = new int[width][];
            for (int c = 0; c < width; c++) {
                line[c] = new int[] {r, c};
            }
            lines.add(line);
        }
        for (int c = 0; c < width; c++) {
            int[][] line = new int[height][];
            for (int r = 0; r < height; r++) {
                line[r] = new int[] {r, c};
            }
            lines.add(line);
        }
        return lines;
    }

    private static boolean protectLine(int[][] line, long[][] grid, Suppression[][] suppressed, DisclosureRules rules) {
        int[] total = line[line.length - 1];
        if (suppressed[total[0]][total[1]] != null) {
            return false;
        }
        int count = 0;
        long households = 0;
        int[] smallest = null;
        for (int i = 0; i < line.length - 1; i++) {
            int[] cell = line[i];
            long value = grid[cell[0]][cell[1]];
            if (suppressed[cell[0]][cell[1]] != null) {
                count++;
                households += value;
            } else if (smallest == null || isSmaller(value, grid[smallest[0]][smallest[1]])) {
                smallest = cell;
            }
        }
        if (count == 0 || (count >= 2 && !rules.isTooSmall(households))) {
            return false;
        }
        int[] next = smallest != null ? smallest : total;
        suppressed[next[0]][next[1]] = Suppression.SECONDARY;
        return true;
    }

    /** Smaller loses less information; an empty cell protects nothing, so any non-empty cell comes first. */
    private static boolean isSmaller(long value, long than) {
        if ((value == 0) != (than == 0)) {
            return than == 0;
        }
        return value < than;
    }
}
