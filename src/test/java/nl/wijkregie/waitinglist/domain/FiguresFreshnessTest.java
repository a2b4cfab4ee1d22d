package nl.wijkregie.waitinglist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FiguresFreshnessTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final FiguresFreshness MINUTE = new FiguresFreshness(Duration.ofMinutes(1));

    @Test
    void figuresYoungerThanTheMaximumAgeAreFresh() {
        assertThat(MINUTE.isFresh(NOW, NOW)).isTrue();
        assertThat(MINUTE.isFresh(NOW.minusSeconds(59), NOW)).isTrue();
    }

    @Test
    void figuresOfTheMaximumAgeOrOlderAreRecomputed() {
        assertThat(MINUTE.isFresh(NOW.minusSeconds(60), NOW)).isFalse();
        assertThat(MINUTE.isFresh(NOW.minus(Duration.ofDays(3)), NOW)).isFalse();
    }

    @Test
    void figuresFromTheFutureAreNotTrustedAClockSetBackWouldKeepThemForever() {
        assertThat(MINUTE.isFresh(NOW.plusSeconds(1), NOW)).isFalse();
    }

    @Test
    void maximumAgeZeroMeansAlwaysRecompute() {
        assertThat(new FiguresFreshness(Duration.ZERO).isFresh(NOW, NOW)).isFalse();
        assertThatThrownBy(() -> new FiguresFreshness(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
