package nl.wijkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An import in lanes: every row once, in file order within its lane, in chunks; a failing lane stops them all. */
class LaneRunnerTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static final int ROWS = 2_503;

    private static void parseAll(LaneFeed.Sink<Integer> lanes) throws InterruptedException {
        LaneFeed.dispatch(IntStream.range(0, ROWS).iterator(), row -> row % 3, new int[3], lanes);
    }

    @Test
    void everyRowIsCommittedOnceInItsLaneInFileOrderInChunks() {
        Map<Integer, List<List<String>>> committed = new ConcurrentHashMap<>();

        LaneRunner.<Integer, String>run(pool, 3, 100, LaneRunnerTest::parseAll, row -> "rij " + row,
                (lane, chunk) -> committed.computeIfAbsent(lane, l -> Collections.synchronizedList(new ArrayList<>()))
                        .add(List.copyOf(chunk)));

        assertThat(committed).containsOnlyKeys(0, 1, 2);
        for (int lane = 0; lane < 3; lane++) {
            List<List<String>> chunks = committed.get(lane);
            int thisLane = lane;
            assertThat(chunks.stream().flatMap(List::stream).toList()).as("lane %d", lane).isEqualTo(
                    IntStream.range(0, ROWS).filter(row -> row % 3 == thisLane).mapToObj(row -> "rij " + row)
                            .toList());
            assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(chunk -> assertThat(chunk).hasSize(100));
        }
    }

    @Test
    void aFailingLaneStopsTheParserAndTheOtherLanesAndItsFailureIsThrown() {
        List<Integer> chunksOfOtherLanes = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> LaneRunner.<Integer, Integer>run(pool, 3, 10, LaneRunnerTest::parseAll,
                row -> row, (lane, chunk) -> {
                    if (lane == 1 && chunk.get(0) > 100) {
                        throw new IllegalStateException("storing chunk failed");
                    }
                    chunksOfOtherLanes.add(lane);
                })).isInstanceOf(IllegalStateException.class).hasMessage("storing chunk failed");

        assertThat(chunksOfOtherLanes).as("stopped long before the end of %d rows", ROWS).hasSizeLessThan(ROWS / 10);
    }

    @Test
    void aFailingParseIsThrownAndTheLanesStop() {
        assertThatThrownBy(() -> LaneRunner.<Integer, Integer>run(pool, 2, 10, lanes -> {
            lanes.accept(0, 1);
            throw new IllegalArgumentException("unreadable file");
        }, row -> row, (lane, chunk) -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable file");
    }
}
