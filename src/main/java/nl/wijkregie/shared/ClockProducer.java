package nl.wijkregie.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** One clock for the application, in Dutch time, so deadlines and tests agree on what "today" is. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    Clock clock() {
        return Clock.system(ZONE);
    }
}
