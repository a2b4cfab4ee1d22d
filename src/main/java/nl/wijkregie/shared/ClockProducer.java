package nl.wijkregie.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One clock for the application, in Dutch time, so deadlines and tests agree on what "today" is. It can be shifted
 * forward (only where devtools are enabled, in tests and demos) to let deadlines pass; the shift is announced as a
 * {@link ClockShifted} event so the process engine's timers follow the same time.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The application's time moved by {@code offset} from the system time. */
    public record ClockShifted(Duration offset) {
    }

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Inject
    Event<ClockShifted> shifted;

    @Produces
    Clock clock() {
        return new ShiftedClock(offset, ZONE);
    }

    public void shift(Duration newOffset) {
        offset.set(newOffset);
        shifted.fire(new ClockShifted(newOffset));
    }

    public Duration offset() {
        return offset.get();
    }

    private static final class ShiftedClock extends Clock {

        private final AtomicReference<Duration> offset;
        private final ZoneId zone;

        ShiftedClock(AtomicReference<Duration> offset, ZoneId zone) {
            this.offset = offset;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new ShiftedClock(offset, newZone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
