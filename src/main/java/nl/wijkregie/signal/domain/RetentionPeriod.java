package nl.wijkregie.signal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long a signal case closed without help is kept (docs/privacy.md), as a rule in calendar days of Dutch time:
 * a case closed on day D is kept through D plus the period and erased by the first run on the day after. So with six
 * months, a case closed on 31 March at 23:30 goes from 1 October, one closed on 1 April at 00:30 from 2 October.
 */
public record RetentionPeriod(Period period, ZoneId zone) {

    /** Cases closed before this moment have passed the period on {@code now}: the start of (today − period). */
    public Instant closedBefore(Instant now) {
        return LocalDate.ofInstant(now, zone).minus(period).atStartOfDay(zone).toInstant();
    }

    public boolean hasPassed(Instant closedAt, Instant now) {
        return closedAt.isBefore(closedBefore(now));
    }
}
