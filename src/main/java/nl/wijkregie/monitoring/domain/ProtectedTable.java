package nl.wijkregie.monitoring.domain;

import java.util.List;
import java.util.OptionalLong;

/**
 * A table as it may be released: every cell and total either a rounded count or suppressed with its reason. The row
 * index {@code rows().size()} holds the column totals and the column index {@code columns().size()} the row totals,
 * so the grand total is at ({@code rows().size()}, {@code columns().size()}).
 */
public final class ProtectedTable {

    /** How a suppressed cell reads in a release, after CBS. */
    public static final String SUPPRESSED_MARK = "x";

    private final List<String> rows;
    private final List<String> columns;
    private final DisclosureRules rules;
    private final long[][] exact;
    private final Suppression[][] suppressed;

    ProtectedTable(List<String> rows, List<String> columns, DisclosureRules rules, long[][] exact,
                   Suppression[][] suppressed) {
        this.rows = rows;
        this.columns = columns;
        this.rules = rules;
        this.exact = exact;
        this.suppressed = suppressed;
    }

    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** The published count, or empty when the cell is suppressed. */
    public OptionalLong published(int row, int column) {
        return suppressed[row][column] == null ? OptionalLong.of(rules.rounded(exact[row][column]))
                : OptionalLong.empty();
    }

    /** Why the cell is not published, or null when it is. */
    public Suppression suppression(int row, int column) {
        return suppressed[row][column];
    }

    /** The cell as a release shows it: a rounded count or {@value #SUPPRESSED_MARK}. */
    public String display(int row, int column) {
        OptionalLong value = published(row, column);
        return value.isPresent() ? Long.toString(value.getAsLong()) : SUPPRESSED_MARK;
    }

    /**
     * The exact count behind a cell: for the application only (the next release's differencing check), never part of
     * a release.
     */
    long exact(int row, int column) {
        return exact[row][column];
    }
}
