package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The cut-off of signal retention, to the minute around midnight in Dutch time. */
class RetentionPeriodTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final RetentionPeriod SIX_MONTHS = new RetentionPeriod(Period.ofMonths(6), AMSTERDAM);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }

    @Test
    void theCutOffIsTheStartOfTheSameDaySixMonthsEarlierInDutchTime() {
        assertThat(SIX_MONTHS.closedBefore(at("2026-10-01T12:00"))).isEqualTo(at("2026-04-01T00:00"))
                .isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(SIX_MONTHS.closedBefore(at("2026-10-01T00:05"))).isEqualTo(at("2026-04-01T00:00"));
        assertThat(SIX_MONTHS.closedBefore(at("2026-09-30T23:55"))).isEqualTo(at("2026-03-30T00:00"));
    }

    @Test
    void aCaseClosedTheDayBeforeTheCutOffGoesAndOneClosedOnTheCutOffDayStays() {
        Instant run = at("2026-10-01T03:00");

        assertThat(SIX_MONTHS.hasPassed(at("2026-03-31T23:59"), run)).isTrue();
        assertThat(SIX_MONTHS.hasPassed(at("2026-04-01T00:00"), run)).isFalse();
        assertThat(SIX_MONTHS.hasPassed(at("2026-04-01T00:30"), run)).isFalse();
        assertThat(SIX_MONTHS.hasPassed(at("2026-04-01T00:30"), at("2026-10-02T00:00"))).isTrue();
    }

    @Test
    void aCaseIsKeptSixMonthsNotADayLess() {
        Instant closed = at("2026-05-15T10:00");

        assertThat(SIX_MONTHS.hasPassed(closed, at("2026-11-15T23:59"))).isFalse();
        assertThat(SIX_MONTHS.hasPassed(closed, at("2026-11-16T00:00"))).isTrue();
        assertThat(SIX_MONTHS.hasPassed(closed, at("2026-11-14T12:00"))).isFalse();
    }

    @Test
    void theDayFollowsDutchTimeNotUtcAcrossTheClockChange() {
        // 1 April 00:30 in Amsterdam (summer time) is still 31 March in UTC
        Instant justAfterMidnight = at("2026-04-01T00:30");
        assertThat(justAfterMidnight).isEqualTo(Instant.parse("2026-03-31T22:30:00Z"));

        assertThat(SIX_MONTHS.hasPassed(justAfterMidnight, Instant.parse("2026-09-30T22:30:00Z"))).isFalse();
        assertThat(SIX_MONTHS.hasPassed(justAfterMidnight, Instant.parse("2026-10-01T22:30:00Z"))).isTrue();
        // a winter-time run: 1 December in Amsterdam starts at 23:00 UTC on 30 November
        assertThat(SIX_MONTHS.closedBefore(Instant.parse("2026-11-30T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-05-31T22:00:00Z"));
    }

    @Test
    void theEndOfAShorterMonthKeepsTheCaseUntilThatMonthEnds() {
        Instant closed = at("2026-08-31T15:00");

        assertThat(SIX_MONTHS.hasPassed(closed, at("2027-02-28T23:00"))).isFalse();
        assertThat(SIX_MONTHS.hasPassed(closed, at("2027-03-01T00:00"))).isTrue();
    }
}
