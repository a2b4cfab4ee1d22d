package nl.wijkregie.shared;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A job every node schedules once a day while only one node may run it at a time (the job takes a cluster-wide lock
 * and throws {@link ConflictException} when another node holds it): that refusal is the normal case on all but one
 * node and is logged as such; any other failure is logged as an error and the schedule goes on.
 */
public final class DailyRun {

    private DailyRun() {
    }

    public static ScheduledFuture<?> schedule(ManagedScheduledExecutorService scheduler, long firstAfterMinutes,
                                              Logger log, String name, Runnable job) {
        return scheduler.scheduleAtFixedRate(() -> {
            try {
                job.run();
            } catch (ConflictException e) {
                log.info(name + " skipped: another node is running it");
            } catch (RuntimeException e) {
                log.log(Level.SEVERE, name + " failed", e);
            }
        }, firstAfterMinutes, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }
}
