package nl.wijkregie.waitinglist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void fewerThanTenIsSuppressed() {
        Percentiles nine = Percentiles.of(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

        assertThat(nine.suppressed()).isTrue();
        assertThat(nine.count()).isEqualTo(9);
        assertThat(nine.p50()).isNull();
    }

    @Test
    void nearestRankOfTen() {
        Percentiles ten = Percentiles.of(new long[] {50, 10, 20, 30, 40, 60, 70, 80, 90, 100});

        assertThat(ten.p50()).isEqualTo(50);
        assertThat(ten.p90()).isEqualTo(90);
    }
}
