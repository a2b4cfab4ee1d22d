package nl.wijkregie.shared;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;

/**
 * Hands the rows of an import's one parsing pass to its parallel lanes (the signal lists, ADR 0014; the iJw/iWmo
 * events, ADR 0034) through a bounded queue per lane, so memory stays flat however long the file is: the parser waits
 * when a lane is behind. Once any side fails, {@link #stop()} ends the waiting on
 * both sides, so neither the parser nor a lane blocks forever on a partner that is gone.
 */
public final class LaneFeed<T> {

    private static final Object END = new Object();

    /** Takes one row for one lane, e.g. into that lane's bounded queue. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(int lane, T row) throws InterruptedException;
    }

    /**
     * One pass over the rows for all lanes: every row goes to its lane ({@code laneOf}, asked once per row in file
     * order), except each lane's first {@code rowsDonePerLane} rows, which its committed chunks already hold: that is
     * how a resumed import skips exactly what it did before, provided {@code laneOf} splits the rows alike.
     */
    public static <T> void dispatch(Iterator<T> rows, ToIntFunction<T> laneOf, int[] rowsDonePerLane, Sink<T> sink)
            throws InterruptedException {
        int[] seen = new int[rowsDonePerLane.length];
        while (rows.hasNext()) {
            T row = rows.next();
            int lane = laneOf.applyAsInt(row);
            if (seen[lane]++ >= rowsDonePerLane[lane]) {
                sink.accept(lane, row);
            }
        }
    }

    private final List<BlockingQueue<Object>> queues = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    public LaneFeed(int lanes, int capacityPerLane) {
        for (int lane = 0; lane < lanes; lane++) {
            queues.add(new ArrayBlockingQueue<>(capacityPerLane));
        }
    }

    /** Waits while the lane's queue is full; throws {@link CancellationException} once the import has stopped. */
    public void put(int lane, T row) throws InterruptedException {
        while (!queues.get(lane).offer(row, 100, TimeUnit.MILLISECONDS)) {
            requireRunning();
        }
        requireRunning();
    }

    /** No more rows: every lane finishes its last chunk. */
    public void close() throws InterruptedException {
        for (BlockingQueue<Object> queue : queues) {
            while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                requireRunning();
            }
        }
    }

    /** The lane's next row, or null when the file is done; throws {@link CancellationException} once stopped. */
    @SuppressWarnings("unchecked")
    public T take(int lane) throws InterruptedException {
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

    public void stop() {
        stopped.set(true);
    }

    private void requireRunning() {
        if (stopped.get()) {
            throw new CancellationException("the import stopped");
        }
    }
}
