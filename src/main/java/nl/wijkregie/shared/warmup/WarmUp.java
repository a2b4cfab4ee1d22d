package nl.wijkregie.shared.warmup;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs every module's {@link WarmUpStep}s right after start-up, so that the JIT has compiled the hot paths before the
 * node reports ready ({@link WarmUpReadiness}) and the first minute of real traffic runs at warm speed. Each round of
 * each step runs in its own transaction that is always rolled back: nothing it writes is ever committed. A failing
 * step is logged and skipped; it never keeps the node from becoming ready.
 */
@ApplicationScoped
public class WarmUp {

    /** After migrations (100), the engine (200) and the other start-up work (300-410). */
    public static final int STARTUP_ORDER = 900;

    private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());

    @Inject
    @ConfigProperty(name = "wijkregie.warmup.seconds", defaultValue = "30")
    int seconds;

    @Inject
    @ConfigProperty(name = "wijkregie.warmup.rounds", defaultValue = "200")
    int rounds;

    @Inject
    @Any
    Instance<WarmUpStep> steps;

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    private volatile Report report;

    /** What the warm-up did; {@code finished} false while it runs. */
    public record Report(boolean finished, boolean disabled, long millis, int rounds, Map<String, String> failed) {
    }

    void atStartup(@Observes @Priority(STARTUP_ORDER) @Initialized(ApplicationScoped.class) Object event) {
        WarmUpBudget budget = new WarmUpBudget(Duration.ofSeconds(Math.max(0, seconds)), Math.max(0, rounds));
        if (budget.disabled()) {
            report = new Report(true, true, 0, 0, Map.of());
            LOG.info("Warm-up disabled (WIJKREGIE_WARMUP_SECONDS=0): ready without it.");
            return;
        }
        report = new Report(false, false, 0, 0, Map.of());
        executor.submit(() -> run(budget));
    }

    /** Null before start-up has got this far. */
    public Report report() {
        return report;
    }

    private void run(WarmUpBudget budget) {
        long start = System.nanoTime();
        List<WarmUpStep> active = steps();
        int registered = active.size();
        Map<String, String> failed = new LinkedHashMap<>();
        int done = 0;
        try {
            while (!active.isEmpty() && budget.allowsAnotherRound(done, Duration.ofNanos(System.nanoTime() - start))) {
                Map<String, String> failedNow = runRound(active, done);
                failed.putAll(failedNow);
                active.removeIf(step -> failedNow.containsKey(step.name()));
                done++;
                report = new Report(false, false, millisSince(start), done, Map.copyOf(failed));
            }
        } finally {
            report = new Report(true, false, millisSince(start), done, Map.copyOf(failed));
            LOG.info(() -> "Warm-up finished in " + millisSince(start) + " ms: " + report.rounds() + " rounds of "
                    + registered + " steps" + (failed.isEmpty() ? "" : "; failed: " + failed));
        }
    }

    /** One round of every step, each rolled back; the steps that failed, with the reason. */
    public Map<String, String> runRound(List<WarmUpStep> active, int round) {
        Map<String, String> failed = new LinkedHashMap<>();
        for (WarmUpStep step : active) {
            String problem = runRolledBack(step, round);
            if (problem != null) {
                failed.put(step.name(), problem);
            }
        }
        return failed;
    }

    /** The registered steps of all modules. */
    public List<WarmUpStep> steps() {
        List<WarmUpStep> all = new ArrayList<>();
        steps.forEach(all::add);
        return all;
    }

    /** Runs one round and rolls it back; the reason when it failed (the step is then dropped), else null. */
    private String runRolledBack(WarmUpStep step, int round) {
        try {
            transaction.begin();
            try {
                step.run(round);
                return null;
            } finally {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            }
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Warm-up step " + step.name() + " failed; it is skipped from now on", e);
            return e.getClass().getSimpleName();
        }
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
