package nl.wijkregie.waitinglist;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Logger;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.shared.ConflictException;
import nl.wijkregie.shared.DailyRun;
import nl.wijkregie.waitinglist.persistence.MessageRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Erases the iJw/iWmo events that were never applied (unmatched or rejected) once the retention period after their
 * receipt has passed (docs/privacy.md): they hold a BSN of someone for whom the wijkteam may have no case at all. An
 * unfinished import's stored file goes at the same age, and the import is marked failed. Runs daily and on request,
 * once at a time across nodes (an advisory lock, as the signal retention); it logs how much it erased, never what.
 */
@ApplicationScoped
public class MessageRetention {

    private static final Logger LOG = Logger.getLogger(MessageRetention.class.getName());

    /** What one run erased. */
    public record Erasure(Instant receivedBefore, int messages, int files) {
    }

    @Inject
    MessageRepository messages;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "wijkregie.waitinglist.message-retention-months", defaultValue = "3")
    int retentionMonths;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MessageRetention self;

    private ScheduledFuture<?> daily;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object event) {
        daily = DailyRun.schedule(scheduler, 15, LOG, "Message retention run", self::eraseExpired);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (daily != null) {
            daily.cancel(false);
        }
    }

    /**
     * Events received before the start of (today − period) in Dutch time go; one run at a time across all nodes, a
     * second is refused (409).
     */
    @Transactional
    public Erasure eraseExpired() {
        if (!messages.tryLockRetentionRun()) {
            throw new ConflictException("Er loopt al een opschoonronde van berichten; probeer het over een paar"
                    + " minuten opnieuw");
        }
        Instant before = LocalDate.ofInstant(clock.instant(), ClockProducer.ZONE).minusMonths(retentionMonths)
                .atStartOfDay(ClockProducer.ZONE).toInstant();
        int erased = messages.eraseUnappliedBefore(before);
        int files = messages.eraseFilesOfImportsBefore(before);
        LOG.info(() -> "Message retention erased " + erased + " unmatched or rejected events and " + files
                + " import files received before " + before);
        return new Erasure(before, erased, files);
    }
}
