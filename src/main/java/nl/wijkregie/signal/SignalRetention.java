package nl.wijkregie.signal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import nl.wijkregie.shared.ConflictException;
import nl.wijkregie.shared.DailyRun;
import java.util.logging.Logger;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.signal.persistence.SignalRetentionRepository;

/**
 * Erases the signal data of signal cases that closed without help longer ago than the retention period
 * (docs/privacy.md): the signals, contact attempts, triage decisions and candidates go, and the case rows with them,
 * as do the rejected rows of uploads older than that period and the lines on a matched household's timeline that
 * say a signal came in (erased by the case file on {@link SignalCaseEvents.SignalCasesErased}).
 * What stays is a count per month, wijk and end result, without any link to a person. Runs daily and on request; it
 * logs how much it erased, never what.
 */
@ApplicationScoped
public class SignalRetention {

    private static final Logger LOG = Logger.getLogger(SignalRetention.class.getName());

    /** What one run erased. */
    public record Erasure(UUID runId, Instant closedBefore, int signalCases, int signals, int attempts) {
    }

    @Inject
    SignalRetentionRepository repository;

    @Inject
    SignalPolicy policy;

    @Inject
    Clock clock;

    @Inject
    Event<SignalCaseEvents.SignalCasesErased> derivedLinesErased;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SignalRetention self;

    private ScheduledFuture<?> daily;

    void schedule(@Observes @Initialized(ApplicationScoped.class) Object event) {
        daily = DailyRun.schedule(scheduler, 10, LOG, "Signal retention run", self::eraseExpired);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (daily != null) {
            daily.cancel(false);
        }
    }

    /** One run at a time across all nodes: a second one, here or on another node, is refused (409). */
    @Transactional
    public Erasure eraseExpired() {
        if (!repository.tryLockRetentionRun()) {
            throw new ConflictException("Er loopt al een opschoonronde van signalen; probeer het over een paar minuten"
                    + " opnieuw");
        }
        Instant closedBefore = policy.retention().closedBefore(clock.instant());
        repository.eraseUploadsBefore(closedBefore);
        int cases = repository.markErasable(closedBefore);
        if (cases == 0) {
            return new Erasure(null, closedBefore, 0, 0, 0);
        }
        repository.countErasable();
        derivedLinesErased.fire(new SignalCaseEvents.SignalCasesErased(repository.erasable()));
        int attempts = repository.eraseAttempts();
        int signals = repository.eraseCases();
        UUID runId = Ids.newId();
        repository.addRun(runId, clock.instant(), closedBefore, cases, signals, attempts);
        LOG.info(() -> "Signal retention erased " + cases + " signal cases, " + signals + " signals and " + attempts
                + " contact attempts closed before " + closedBefore);
        return new Erasure(runId, closedBefore, cases, signals, attempts);
    }
}
