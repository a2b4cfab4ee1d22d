package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A switch for tests and demos (reachable only where devtools are enabled): makes the running import fail inside the
 * chunk that passes a number of rows counted from arming, over all lanes, before that chunk commits — as a crash
 * would; the other lanes stop before their next chunk, as they would when the server dies. Disarms itself after firing.
 */
@ApplicationScoped
public class SignalImportFaults {

    private final AtomicInteger crashAfterRows = new AtomicInteger(-1);
    private final AtomicInteger rowsSinceArmed = new AtomicInteger();

    public synchronized void armCrashAfter(int rows) {
        rowsSinceArmed.set(0);
        crashAfterRows.set(rows);
    }

    synchronized void crashIfArmed(int rowsInThisChunk) {
        int limit = crashAfterRows.get();
        if (limit >= 0 && rowsSinceArmed.addAndGet(rowsInThisChunk) > limit) {
            crashAfterRows.set(-1);
            throw new SignalBatchChunks.SimulatedCrash("simulated crash after " + limit + " rows");
        }
    }
}
