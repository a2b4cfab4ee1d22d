package nl.wijkregie.monitoring.domain;

/**
 * One version of the rules a table passes before it is released, kept with every release so that it can be explained
 * later. Defaults after CBS practice for wijk and buurt tables: fewer than 10 households is not published, counts are
 * rounded to multiples of 5.
 *
 * @param threshold the smallest number of households a published cell (or total) may stand for
 * @param roundingBase published counts are multiples of this
 */
public record DisclosureRules(String version, int threshold, int roundingBase) {

    public static final DisclosureRules DEFAULT = new DisclosureRules("2026-1", 10, 5);

    public DisclosureRules {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a rule set has a version");
        }
        if (threshold < 2) {
            throw new IllegalArgumentException("threshold below 2 protects nobody: " + threshold);
        }
        if (roundingBase < 1) {
            throw new IllegalArgumentException("rounding base must be positive: " + roundingBase);
        }
    }

    /** A count of 1 to threshold - 1 households: too few to publish, or to let be derived. */
    public boolean isTooSmall(long households) {
        return households > 0 && households < threshold;
    }

    /** The count as published: the nearest multiple of the rounding base, halves up. */
    public long rounded(long households) {
        return Math.floorDiv(households + roundingBase / 2, roundingBase) * roundingBase;
    }
}
