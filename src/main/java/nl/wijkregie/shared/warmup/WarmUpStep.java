package nl.wijkregie.shared.warmup;

/**
 * One hot path of a module, exercised before the node reports ready so that its first users do not pay for class
 * loading and JIT compilation. A step runs inside a transaction that {@link WarmUp} always rolls back: it may write, but
 * only synthetic data it created itself, and must never read a real person's data (see docs/privacy.md).
 */
public interface WarmUpStep {

    /** Short name for the readiness body and the log, e.g. "signal-intake". */
    String name();

    /** One round of the hot path; called repeatedly, each time in a fresh transaction that is rolled back. */
    void run(int round) throws Exception;
}
