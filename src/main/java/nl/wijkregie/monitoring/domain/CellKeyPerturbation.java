package nl.wijkregie.monitoring.domain;

/**
 * The optional cell-key mode after CBS's small-area practice: every household has a fixed record key in [0, 1) (from
 * its pseudonym), a cell's key is the sum of its households' record keys modulo 1, and the cell's count is moved by a
 * small amount looked up from that key. The same households always give the same noise, so asking again, or for an
 * overlapping period, does not average the noise away; a difference of one household changes the key and with it the
 * noise, so subtracting two releases does not give that household. Empty cells stay empty. Published counts in this
 * mode are the perturbed counts (not rounded); the threshold and secondary suppression still apply to them.
 */
public final class CellKeyPerturbation {

    /** Noise per band of the cell key: -2 (5 %), -1 (15 %), 0 (60 %), +1 (15 %), +2 (5 %). */
    private static final double[] BANDS = {0.05, 0.20, 0.80, 0.95};

    private CellKeyPerturbation() {
    }

    /** The record key of a household from the first 8 hex digits of its pseudonym. */
    public static double recordKey(String householdKey) {
        return Long.parseLong(householdKey.substring(0, 8), 16) / 4294967296.0;
    }

    /** The perturbed count of a cell of {@code count} households whose record keys sum to {@code keySum}. */
    public static long perturb(long count, double keySum) {
        if (count == 0) {
            return 0;
        }
        double cellKey = keySum - Math.floor(keySum);
        int noise = cellKey < BANDS[0] ? -2 : cellKey < BANDS[1] ? -1 : cellKey < BANDS[2] ? 0
                : cellKey < BANDS[3] ? 1 : 2;
        return Math.max(1, count + noise);
    }
}
