package nl.wijkregie.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks every hour on every node whether this month's release is made; the first node to store it claims it (unique
 * index on scheduled releases), the others find it there or lose the insert and make nothing (ADR 0023). Hourly, so
 * a node that was down on the first of the month still makes it the same day.
 */
@ApplicationScoped
public class MonthlyRelease {

    private static final Logger LOG = Logger.getLogger(MonthlyRelease.class.getName());

    @Inject
    MonitoringReleases releases;

    @Inject
    MonitoringSettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> hourly;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!settings.monthlyRelease()) {
            return;
        }
        hourly = scheduler.scheduleAtFixedRate(() -> {
            try {
                releases.releaseMonthly();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Monthly outcome release not made now (another node may have made it)", e);
            }
        }, 5, TimeUnit.HOURS.toMinutes(1), TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (hourly != null) {
            hourly.cancel(false);
        }
    }
}
