package nl.wijkregie.casefile;

import java.util.List;

/**
 * A page of a caseload. Counting stops at {@link #COUNT_LIMIT}: beyond that a team lead needs a filter, not a number,
 * and an exact count over tens of thousands of rows would cost more than the page itself.
 */
public record CaseloadPage(List<CaseSummary> items, int page, int size, long totalItems, boolean totalIsLowerBound) {

    public static final int COUNT_LIMIT = 1000;
}
