package nl.wijkregie.waitinglist.domain;

import java.util.Arrays;

/**
 * p50 and p90 of a group of waiting times (nearest-rank), or nothing when the group has fewer than {@value #MIN_GROUP}
 * referrals: a percentile of a handful of households says more about those households than about the waiting, and
 * the screen shows "&lt;10" instead.
 */
public record Percentiles(int count, Long p50, Long p90) {

    public static final int MIN_GROUP = 10;

    public static Percentiles of(long[] days) {
        if (days.length < MIN_GROUP) {
            return new Percentiles(days.length, null, null);
        }
        long[] sorted = days.clone();
        Arrays.sort(sorted);
        return new Percentiles(days.length, rank(sorted, 50), rank(sorted, 90));
    }

    public boolean suppressed() {
        return p50 == null;
    }

    private static long rank(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
