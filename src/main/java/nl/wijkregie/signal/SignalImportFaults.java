package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A switch for tests and demos (reachable only where devtools are enabled): makes the running import fail inside the
 * chunk that passes a row count, before that chunk commits — as a crash would. Disarms itself after firing once.
 */
@ApplicationScoped
public class SignalImportFaults {

    private final AtomicInteger crashAfterRows = new AtomicInteger(-1);

    public void armCrashAfter(int rows) {
        crashAfterRows.set(rows);
    }

    void crashIfArmed(int rowsAfterThisChunk) {
        int limit = crashAfterRows.get();
        if (limit >= 0 && rowsAfterThisChunk > limit && crashAfterRows.compareAndSet(limit, -1)) {
            throw new SignalBatchChunks.SimulatedCrash("simulated crash after " + limit + " rows");
        }
    }
}
