package nl.wijkregie.monitoring.domain;

import java.util.Objects;

/**
 * An indicator as data: what it counts (households with a measure in a month, per wijk or buurt) and, for a share,
 * what it counts them out of. The Dutch name, description and definition are what policy staff read beside the
 * figures (and docs/processes/monitoring.md repeats).
 *
 * @param numerator what the indicator counts
 * @param denominator for a share, the households it is a share of; null for a plain count
 * @param perDomain whether a release may be limited to one domain (self-reliance domain, basics dimension)
 * @param source the module whose events feed it, for saying where no data comes from yet
 */
public record Indicator(String code, String name, String description, String definition, Count numerator,
                        Count denominator, boolean perDomain, String source) {

    /**
     * Distinct households with a fact of {@code measure} in the month; {@code positiveOnly}: only facts with a value
     * above 0; {@code notFollowedBy}: only if that household has no fact of that measure in the {@code withinMonths}
     * months after.
     */
    public record Count(String measure, boolean positiveOnly, String notFollowedBy, int withinMonths) {

        public Count {
            Objects.requireNonNull(measure, "measure");
            if (notFollowedBy != null && withinMonths < 1) {
                throw new IllegalArgumentException("a follow-up window is at least one month");
            }
        }

        public static Count of(String measure) {
            return new Count(measure, false, null, 0);
        }

        public static Count positive(String measure) {
            return new Count(measure, true, null, 0);
        }

        public static Count notFollowedBy(String measure, String followUp, int withinMonths) {
            return new Count(measure, false, followUp, withinMonths);
        }
    }

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(numerator, "numerator");
    }

    public boolean isShare() {
        return denominator != null;
    }
}
