package nl.wijkregie.signal.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands the rows of the one parsing pass to the lanes through a bounded queue per lane, so memory stays flat however
 * long the file is: the parser waits when a lane is behind. Once any side fails, {@link #stop()} ends the waiting on
 * both sides, so neither the parser nor a lane blocks forever on a partner that is gone.
 */
final class LaneFeed<T> {

    private static final Object END = new Object();

    private final List<BlockingQueue<Object>> queues = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    LaneFeed(int lanes, int capacityPerLane) {
        for (int lane = 0; lane < lanes; lane++) {
            queues.add(new ArrayBlockingQueue<>(capacityPerLane));
        }
    }

    /** Waits while the lane's queue is full; throws {@link CancellationException} once the import has stopped. */
    void put(int lane, T row) throws InterruptedException {
        while (!queues.get(lane).offer(row, 100, TimeUnit.MILLISECONDS)) {
            requireRunning();
        }
        requireRunning();
    }

    /** No more rows: every lane finishes its last chunk. */
    void close() throws InterruptedException {
        for (BlockingQueue<Object> queue : queues) {
            while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                requireRunning();
            }
        }
    }

    /** The lane's next row, or null when the file is done; throws {@link CancellationException} once stopped. */
    @SuppressWarnings("unchecked")
    T take(int lane) throws InterruptedException {
        while (true) {
            requireRunning();
            Object next = queues.get(lane).poll(100, TimeUnit.MILLISECONDS);
            if (next == END) {
                return null;
            }
            if (next != null) {
                return (T) next;
            }
        }
    }

    void stop() {
        stopped.set(true);
    }

    private void requireRunning() {
        if (stopped.get()) {
            throw new CancellationException("the import stopped");
        }
    }
}
