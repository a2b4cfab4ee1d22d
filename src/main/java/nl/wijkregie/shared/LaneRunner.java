package nl.wijkregie.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one import in parallel lanes, the way the signal lists (ADR 0014) and the iJw/iWmo message files (ADR 0034)
 * are imported. The calling thread makes the one parsing pass and hands each row to its lane through a bounded
 * {@link LaneFeed}. Each lane, on a pool thread, prepares its rows in file order and hands them on in chunks, which
 * the caller commits one transaction each. Memory stays flat: at most two chunks per lane wait in the queues.
 *
 * <p>A lane that fails stops the feed, so the parser and the other lanes stop before their next row, as a crash
 * would. The first real failure is thrown; an import stopped without one (the server is stopping) ends with a
 * {@link CancellationException}. Either way the import must not be marked done: it resumes from every lane's last
 * committed chunk.
 */
public final class LaneRunner {

    private LaneRunner() {
    }

    /** The one parsing pass: hands every row that is still to do to its lane. */
    @FunctionalInterface
    public interface Parse<T> {
        void into(LaneFeed.Sink<T> lanes) throws InterruptedException;
    }

    /** Commits one lane's chunk of prepared rows, in a transaction of its own. */
    @FunctionalInterface
    public interface Chunks<R> {
        void commit(int lane, List<R> chunk);
    }

    public static <T, R> void run(ExecutorService executor, int lanes, int chunkSize, Parse<T> parse,
                                  Function<T, R> prepare, Chunks<R> chunks) {
        LaneFeed<T> feed = new LaneFeed<>(lanes, 2 * chunkSize);
        List<Future<?>> running = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            int thisLane = lane;
            running.add(executor.submit(() -> lane(thisLane, feed, chunkSize, prepare, chunks)));
        }
        RuntimeException failure = null;
        boolean stopped = false;
        try {
            parse.into(feed::put);
            feed.close();
        } catch (CancellationException e) {
            stopped = true; // a lane stopped the feed: its own reason comes below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            feed.stop();
            stopped = true;
        } catch (RuntimeException e) {
            feed.stop();
            failure = e;
        }
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException) {
                    stopped = true;
                } else if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                feed.stop();
                stopped = true;
                break;
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (stopped) {
            throw new CancellationException("the import stopped before its end");
        }
    }

    /** One lane: prepares its rows as the feed hands them over, in file order, and commits them in chunks. */
    private static <T, R> void lane(int lane, LaneFeed<T> feed, int chunkSize, Function<T, R> prepare,
                                    Chunks<R> chunks) {
        try {
            List<R> chunk = new ArrayList<>(chunkSize);
            for (T row = feed.take(lane); row != null; row = feed.take(lane)) {
                chunk.add(prepare.apply(row));
                if (chunk.size() == chunkSize) {
                    chunks.commit(lane, chunk);
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                chunks.commit(lane, chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            feed.stop();
            throw new CancellationException("interrupted");
        } catch (RuntimeException e) {
            feed.stop();
            throw e;
        }
    }
}
