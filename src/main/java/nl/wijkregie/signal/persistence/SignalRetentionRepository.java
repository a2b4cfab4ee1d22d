package nl.wijkregie.signal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The statements of one retention run ({@link nl.wijkregie.signal.SignalRetention}), in the order it calls them, all
 * in its transaction: the signal cases to erase are gathered once in a temporary table dropped at commit.
 */
@ApplicationScoped
public class SignalRetentionRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /**
     * Takes the retention run's lock for this transaction, if no other node holds it: two nodes erasing at once would
     * mark the same rows and count them twice. A PostgreSQL advisory lock, released at commit or rollback.
     */
    public boolean tryLockRetentionRun() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('wijkregie.signal-retention'))")
                .getSingleResult();
    }

    /** Rejected rows and kept files of uploads from before {@code before}. */
    public void eraseUploadsBefore(Instant before) {
        Timestamp at = Timestamp.from(before);
        em.createNativeQuery("delete from signal_batch_rejection where batch_id in"
                + " (select id from signal_batch where uploaded_at < ?1)").setParameter(1, at).executeUpdate();
        em.createNativeQuery("delete from stored_file where id in (select f.file_id from signal_batch_file f"
                + " join signal_batch b on b.id = f.batch_id where b.uploaded_at < ?1)").setParameter(1, at)
                .executeUpdate();
    }

    /**
     * Marks the signal cases closed without help before {@code closedBefore} as erasable for this transaction and
     * answers how many there are.
     */
    public int markErasable(Instant closedBefore) {
        em.createNativeQuery("create temporary table if not exists erasable (id uuid primary key) on commit drop")
                .executeUpdate();
        return em.createNativeQuery("insert into erasable select id from signal_case where status = 'CLOSED'"
                        + " and help_accepted is not true and closed_at < ?1")
                .setParameter(1, Timestamp.from(closedBefore)).executeUpdate();
    }

    /** Adds the erasable cases to the counts per month, wijk and end result that stay. */
    public void countErasable() {
        em.createNativeQuery("insert into signal_erased_count (closed_month, wijk_code, end_result, signal_cases,"
                + " signals) select date_trunc('month', c.closed_at at time zone 'Europe/Amsterdam')::date,"
                + " coalesce(c.wijk_code, 'onbekend'), c.end_result, count(*),"
                + " sum((select count(*) from signal s where s.signal_case_id = c.id))"
                + " from signal_case c join erasable e on e.id = c.id group by 1, 2, 3"
                + " on conflict (closed_month, wijk_code, end_result) do update set"
                + " signal_cases = signal_erased_count.signal_cases + excluded.signal_cases,"
                + " signals = signal_erased_count.signals + excluded.signals").executeUpdate();
    }

    public List<UUID> erasable() {
        return em.createNativeQuery("select id from erasable").getResultList().stream()
                .map(UUID.class::cast).toList();
    }

    /** Erases the contact attempts of the erasable cases; answers how many. */
    public int eraseAttempts() {
        return em.createNativeQuery("delete from signal_contact_attempt where signal_case_id in"
                + " (select id from erasable)").executeUpdate();
    }

    /** Erases the erasable cases with their triage decisions, candidates and signals; answers how many signals. */
    public int eraseCases() {
        em.createNativeQuery("delete from signal_triage_decision where signal_case_id in (select id from erasable)")
                .executeUpdate();
        em.createNativeQuery("delete from signal_match_candidate where signal_case_id in (select id from erasable)")
                .executeUpdate();
        int signals = em.createNativeQuery("delete from signal where signal_case_id in (select id from erasable)")
                .executeUpdate();
        em.createNativeQuery("update signal_case set previous_case_id = null where previous_case_id in"
                + " (select id from erasable)").executeUpdate();
        em.createNativeQuery("delete from signal_case where id in (select id from erasable)").executeUpdate();
        return signals;
    }

    public void addRun(UUID runId, Instant ranAt, Instant closedBefore, int signalCases, int signals, int attempts) {
        em.createNativeQuery("insert into signal_erasure_run (id, ran_at, closed_before, signal_cases, signals,"
                        + " attempts) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, runId)
                .setParameter(2, Timestamp.from(ranAt)).setParameter(3, Timestamp.from(closedBefore))
                .setParameter(4, signalCases).setParameter(5, signals).setParameter(6, attempts).executeUpdate();
    }
}
