package nl.wijkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LaneFeedTest {

    @Test
    void aSmallQueueCarriesEveryRowToItsLaneInOrderThenEnds() throws Exception {
        LaneFeed<Integer> feed = new LaneFeed<>(2, 3);
        List<CompletableFuture<List<Integer>>> lanes = new ArrayList<>();
        for (int lane = 0; lane < 2; lane++) {
            int thisLane = lane;
            lanes.add(CompletableFuture.supplyAsync(() -> {
                List<Integer> taken = new ArrayList<>();
                try {
                    for (Integer row = feed.take(thisLane); row != null; row = feed.take(thisLane)) {
                        taken.add(row);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return taken;
            }));
        }
        for (int row = 0; row < 1000; row++) {
            feed.put(row % 2, row);
        }
        feed.close();

        assertThat(lanes.get(0).get()).hasSize(500).isSorted().allMatch(row -> row % 2 == 0);
        assertThat(lanes.get(1).get()).hasSize(500).isSorted().allMatch(row -> row % 2 == 1);
    }

    @Test
    void stoppingReleasesAParserWaitingOnAFullLane() throws Exception {
        LaneFeed<Integer> feed = new LaneFeed<>(1, 1);
        feed.put(0, 1);
        CompletableFuture<Void> parser = CompletableFuture.runAsync(() -> {
            try {
                feed.put(0, 2);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        feed.stop();

        assertThatThrownBy(parser::join).hasCauseInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> feed.take(0)).isInstanceOf(CancellationException.class);
    }
}
