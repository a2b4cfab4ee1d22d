package nl.wijkregie.audit;

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
import nl.wijkregie.audit.persistence.AnchorFiles;

/**
 * Anchors the chain heads daily (and an hour after start), so that cutting entries off the end of a chain and
 * winding its head back, which the chain alone cannot reveal, is found by the verification (ADR 0017). Every instance
 * of a cluster anchors on its own; anchors never conflict, more of them only check more.
 */
@ApplicationScoped
public class AccessLogAnchoring {

    private static final Logger LOG = Logger.getLogger(AccessLogAnchoring.class.getName());

    @Inject
    AccessLog accessLog;

    @Inject
    AnchorFiles anchorFiles;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> daily;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.info(() -> "Access-log anchors are kept in " + anchorFiles.directory());
        daily = scheduler.scheduleAtFixedRate(() -> {
            try {
                Anchoring anchoring = accessLog.anchor();
                LOG.info(() -> "Anchored the access log's chain heads in " + anchoring.file());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Anchoring the access log failed", e);
            }
        }, 60, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (daily != null) {
            daily.cancel(false);
        }
    }
}
