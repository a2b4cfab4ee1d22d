package nl.wijkregie.signal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.wijkregie.audit.Actor;

/**
 * A test-only CDI alternative, deployed with {@link nl.wijkregie.signal.batch.SignalImportContainerIT} alone: the
 * intake as it is, except that once armed it fails inside the chunk that passes a number of rows, after that chunk's
 * signals, cases and processes were written and before the chunk commits — where a crash of the server would leave an
 * import. It stays in the intake's package: Weld's interception subclass of it must reach the intake's private types.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CrashingSignalIntake extends SignalIntake {

    /** What the alternative throws: not the devtools' simulated crash, so the import fails as on any error. */
    public static class Crash extends RuntimeException {
        Crash(String message) {
            super(message);
        }
    }

    private int crashAfterRows = -1;
    private int rowsSinceArmed;

    public synchronized void crashAfter(int rows) {
        rowsSinceArmed = 0;
        crashAfterRows = rows;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> receive(List<Incoming> incoming, Actor actor) {
        List<Outcome> outcomes = super.receive(incoming, actor);
        crashIfArmed(incoming.size());
        return outcomes;
    }

    private synchronized void crashIfArmed(int rows) {
        if (crashAfterRows < 0) {
            return;
        }
        rowsSinceArmed += rows;
        if (rowsSinceArmed > crashAfterRows) {
            int limit = crashAfterRows;
            crashAfterRows = -1;
            throw new Crash("crash after " + limit + " rows");
        }
    }
}
