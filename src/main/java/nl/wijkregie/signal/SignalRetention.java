package nl.wijkregie.signal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.shared.Ids;

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

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

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
        daily = scheduler.scheduleAtFixedRate(() -> {
            try {
                self.eraseExpired();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Signal retention run failed", e);
            }
        }, 10, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (daily != null) {
            daily.cancel(false);
        }
    }

    @Transactional
    public Erasure eraseExpired() {
        Instant closedBefore = policy.retention().closedBefore(clock.instant());
        Timestamp before = Timestamp.from(closedBefore);
        String expired = "select id from signal_case where status = 'CLOSED' and help_accepted is not true"
                + " and closed_at < ?1";
        em.createNativeQuery("create temporary table if not exists erasable (id uuid primary key) on commit drop")
                .executeUpdate();
        em.createNativeQuery("delete from signal_batch_rejection where batch_id in"
                + " (select id from signal_batch where uploaded_at < ?1)").setParameter(1, before).executeUpdate();
        em.createNativeQuery("delete from signal_batch_file where batch_id in"
                + " (select id from signal_batch where uploaded_at < ?1)").setParameter(1, before).executeUpdate();
        int cases = em.createNativeQuery("insert into erasable " + expired).setParameter(1, before).executeUpdate();
        if (cases == 0) {
            return new Erasure(null, closedBefore, 0, 0, 0);
        }
        em.createNativeQuery("insert into signal_erased_count (closed_month, wijk_code, end_result, signal_cases,"
                + " signals) select date_trunc('month', c.closed_at at time zone 'Europe/Amsterdam')::date,"
                + " coalesce(c.wijk_code, 'onbekend'), c.end_result, count(*),"
                + " sum((select count(*) from signal s where s.signal_case_id = c.id))"
                + " from signal_case c join erasable e on e.id = c.id group by 1, 2, 3"
                + " on conflict (closed_month, wijk_code, end_result) do update set"
                + " signal_cases = signal_erased_count.signal_cases + excluded.signal_cases,"
                + " signals = signal_erased_count.signals + excluded.signals").executeUpdate();
        List<UUID> erasable = em.createNativeQuery("select id from erasable").getResultList().stream()
                .map(UUID.class::cast).toList();
        derivedLinesErased.fire(new SignalCaseEvents.SignalCasesErased(erasable));
        int attempts = em.createNativeQuery("delete from signal_contact_attempt where signal_case_id in"
                + " (select id from erasable)").executeUpdate();
        em.createNativeQuery("delete from signal_triage_decision where signal_case_id in (select id from erasable)")
                .executeUpdate();
        em.createNativeQuery("delete from signal_match_candidate where signal_case_id in (select id from erasable)")
                .executeUpdate();
        int signals = em.createNativeQuery("delete from signal where signal_case_id in (select id from erasable)")
                .executeUpdate();
        em.createNativeQuery("update signal_case set previous_case_id = null where previous_case_id in"
                + " (select id from erasable)").executeUpdate();
        em.createNativeQuery("delete from signal_case where id in (select id from erasable)").executeUpdate();
        UUID runId = Ids.newId();
        em.createNativeQuery("insert into signal_erasure_run (id, ran_at, closed_before, signal_cases, signals,"
                        + " attempts) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, runId)
                .setParameter(2, Timestamp.from(clock.instant())).setParameter(3, before).setParameter(4, cases)
                .setParameter(5, signals).setParameter(6, attempts).executeUpdate();
        LOG.info(() -> "Signal retention erased " + cases + " signal cases, " + signals + " signals and " + attempts
                + " contact attempts closed before " + closedBefore);
        return new Erasure(runId, closedBefore, cases, signals, attempts);
    }
}
