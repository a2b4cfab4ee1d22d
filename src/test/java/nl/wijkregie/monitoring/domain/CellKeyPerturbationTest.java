package nl.wijkregie.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cell-key noise: empty stays empty, non-empty stays non-empty, at most 2 away, the same key the same noise. */
class CellKeyPerturbationTest {

    @Test
    void theNoiseIsSmallStableAndKeepsEmptyCellsEmpty() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long count = random.nextInt(200);
            double keys = random.nextDouble() * count;
            long perturbed = CellKeyPerturbation.perturb(count, keys);
            assertThat(perturbed).isEqualTo(CellKeyPerturbation.perturb(count, keys));
            if (count == 0) {
                assertThat(perturbed).isZero();
            } else {
                assertThat(perturbed).isBetween(Math.max(1, count - 2), count + 2);
            }
        }
    }

    @Test
    void aRecordKeyComesFromThePseudonym() {
        assertThat(CellKeyPerturbation.recordKey("00000000" + "0".repeat(24))).isZero();
        assertThat(CellKeyPerturbation.recordKey("80000000" + "0".repeat(24))).isEqualTo(0.5);
    }
}
