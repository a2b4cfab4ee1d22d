package nl.wijkregie.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.audit.domain.RefusedAttempt;
import nl.wijkregie.audit.persistence.RefusedAttemptRepository;
import nl.wijkregie.security.AccessRefusal;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.shared.RuleViolationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The log of refused attempts (NEN 7513): failed logins, refused roles, another team's data. Apart from the
 * hash-chained access log because a refusal has no subject to chain and must survive the rollback of its request:
 * each entry is written in its own transaction. Entries older than the retention period are purged daily.
 */
@ApplicationScoped
public class RefusalLog {

    private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());

    @Inject
    RefusedAttemptRepository repository;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "wijkregie.audit.refusal-retention-days", defaultValue = "365")
    int retentionDays;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RefusalLog self;

    private ScheduledFuture<?> daily;

    void record(@Observes AccessRefusal refusal) {
        self.write(refusal);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(AccessRefusal refusal) {
        repository.add(new RefusedAttempt(Ids.newId(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                refusal.userName(), refusal.reason(), refusal.status(), refusal.method(), refusal.path()));
    }

    /**
     * Refused attempts from the start of {@code from} to the end of {@code to} (days in Dutch time, both included,
     * either open), of one user name or of all (blank), newest first.
     */
    @Transactional
    public Page<RefusedAttempt> find(LocalDate from, LocalDate to, String userName, PageRequest page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("period", "De einddatum ligt voor de begindatum");
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z")
                : to.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
        return repository.find(start, end, userName == null || userName.isBlank() ? null : userName.trim(), page);
    }

    /** Deletes entries older than the retention period; answers how many. */
    @Transactional
    public int purgeExpired() {
        Instant before = clock.instant().minus(Duration.ofDays(Math.max(1, retentionDays)));
        int purged = repository.deleteBefore(before);
        if (purged > 0) {
            LOG.info(() -> "Refusal log: purged " + purged + " entries from before " + before);
        }
        return purged;
    }

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object event) {
        daily = scheduler.scheduleAtFixedRate(() -> {
            try {
                self.purgeExpired();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Refusal log purge failed", e);
            }
        }, 15, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (daily != null) {
            daily.cancel(false);
        }
    }
}
