package nl.wijkregie.signal;

import java.util.List;

/**
 * A page of the signal inbox. The total is exact up to {@link #COUNT_LIMIT}; beyond it {@code totalIsLowerBound}
 * says "more than" (ADR 0012: a monthly list can open tens of thousands of cases, and then a filter helps more than
 * the exact number).
 */
public record SignalInboxPage(List<SignalInboxItem> items, int page, int size, long totalItems,
                              boolean totalIsLowerBound) {

    public static final int COUNT_LIMIT = 10_000;
}
