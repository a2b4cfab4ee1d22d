package nl.wijkregie.waitinglist.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When stored dashboard figures may still be shown: younger than the maximum age, and not from the future (a clock set
 * back, as the tests do, would otherwise keep them forever). A maximum age of zero means: always recompute.
 */
public record FiguresFreshness(Duration maxAge) {

    public FiguresFreshness {
        if (maxAge == null || maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must be zero or positive");
        }
    }

    public boolean isFresh(Instant computedAt, Instant now) {
        return !maxAge.isZero() && !computedAt.isAfter(now) && computedAt.plus(maxAge).isAfter(now);
    }
}
