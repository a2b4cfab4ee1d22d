package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A switch for tests and demos (reachable only where devtools are enabled): makes the running import fail inside the
 * chunk that passes a number of rows counted from arming, over all lanes, before that chunk commits — as a crash
 * would; the other lanes stop before their next chunk, as they would when the server dies. Disarms itself after firing.
 */
@ApplicationScoped
public class SignalImportFaults {

    private int crashAfterRows = -1;
    private int rowsSinceArmed;

    public synchronized void armCrashAfter(int rows) {
        rowsSinceArmed = 0;
        crashAfterRows = rows;
    }

    synchronized void crashIfArmed(int rowsInThisChunk) {
        if (crashAfterRows < 0) {
            return;
        }
        rowsSinceArmed += rowsInThisChunk;
        if (rowsSinceArmed > crashAfterRows) {
            int limit = crashAfterRows;
            crashAfterRows = -1;
            throw new SignalBatchChunks.SimulatedCrash("simulated crash after " + limit + " rows");
        }
    }
}
