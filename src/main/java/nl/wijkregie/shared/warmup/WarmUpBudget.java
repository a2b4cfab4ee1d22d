package nl.wijkregie.shared.warmup;

import java.time.Duration;

/**
 * When the warm-up stops: after enough rounds for the JIT's C2 tier to compile the hot methods, or when the time
 * budget is spent, whichever comes first. A budget of zero disables the warm-up (the node is ready at once).
 */
public record WarmUpBudget(Duration time, int rounds) {

    public WarmUpBudget {
        if (time.isNegative()) {
            throw new IllegalArgumentException("warm-up time budget must not be negative: " + time);
        }
        if (rounds < 0) {
            throw new IllegalArgumentException("warm-up rounds must not be negative: " + rounds);
        }
    }

    public boolean disabled() {
        return time.isZero() || rounds == 0;
    }

    /** Whether another round may start after {@code done} rounds and {@code elapsed} time. */
    public boolean allowsAnotherRound(int done, Duration elapsed) {
        return !disabled() && done < rounds && elapsed.compareTo(time) < 0;
    }
}
