package nl.wijkregie.waitinglist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.waitinglist.domain.ImportRowOutcome;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.ReferralMessage;
import org.hibernate.Session;

/** Imported events, imports and their row reports. */
@ApplicationScoped
public class MessageRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /**
     * The new import with its uploaded file (see StoredFiles), which is kept beside it until the import is done, and
     * its lanes, each at its first row.
     */
    public void add(MessageImport run, UUID fileId) {
        em.persist(run);
        em.flush();
        em.createNativeQuery("insert into waitinglist_import_file (import_id, file_id) values (?, ?)")
                .setParameter(1, run.getId()).setParameter(2, fileId).executeUpdate();
        em.createNativeQuery("insert into waitinglist_import_lane (import_id, lane, rows_done)"
                        + " select ?, lane, 0 from generate_series(0, ? - 1) as lanes(lane)")
                .setParameter(1, run.getId()).setParameter(2, run.getLanes()).executeUpdate();
    }

    /** Rows committed by each lane, in the lane's own order of rows: where each lane resumes. */
    public int[] rowsDonePerLane(UUID importId, int lanes) {
        int[] done = new int[lanes];
        List<?> rows = em.createNativeQuery("select lane, rows_done from waitinglist_import_lane where import_id = ?")
                .setParameter(1, importId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            done[((Number) columns[0]).intValue()] = ((Number) columns[1]).intValue();
        }
        return done;
    }

    /** What one chunk did with its rows. */
    public record ChunkTally(int rows, int applied, int unchanged, int unmatched, int rejected, int duplicates) {
    }

    /**
     * Adds a chunk's tally to the import and its lane and renews the run's lease, in the chunk's transaction; false
     * (nothing counted) when the run no longer holds the import, and the caller must then roll the chunk back. Plain
     * increments rather than an entity update, because the lanes commit concurrently (ADR 0034). Everything else of
     * the chunk is written first, so the import row, which the other lanes also update, stays locked only for the
     * commit; the chunk's entities are then let go, so the commit does not walk them once more.
     */
    public boolean countChunk(UUID importId, UUID run, int lane, ChunkTally tally, Instant leaseUntil) {
        em.flush();
        em.clear();
        int counted = em.createNativeQuery("update waitinglist_import set row_count = row_count + ?,"
                        + " applied = applied + ?, unchanged = unchanged + ?, unmatched = unmatched + ?,"
                        + " rejected = rejected + ?, duplicates = duplicates + ?, lease_until = ?"
                        + " where id = ? and run_id = ? and status = 'RUNNING'")
                .setParameter(1, tally.rows()).setParameter(2, tally.applied()).setParameter(3, tally.unchanged())
                .setParameter(4, tally.unmatched()).setParameter(5, tally.rejected())
                .setParameter(6, tally.duplicates()).setParameter(7, leaseUntil).setParameter(8, importId)
                .setParameter(9, run).executeUpdate();
        if (counted == 0) {
            return false;
        }
        em.createNativeQuery("update waitinglist_import_lane set rows_done = rows_done + ?"
                        + " where import_id = ? and lane = ?")
                .setParameter(1, tally.rows()).setParameter(2, importId).setParameter(3, lane).executeUpdate();
        return true;
    }

    /** The id of the import's stored file; empty when it is gone. */
    public Optional<UUID> file(UUID importId) {
        return em.createNativeQuery("select file_id from waitinglist_import_file where import_id = ?")
                .setParameter(1, importId).getResultList().stream().map(UUID.class::cast).findFirst();
    }

    /** Deletes the stored file with its parts (its link row goes with it). */
    public void deleteFile(UUID importId) {
        em.createNativeQuery("delete from stored_file where id in"
                + " (select file_id from waitinglist_import_file where import_id = ?)").setParameter(1, importId)
                .executeUpdate();
    }

    /**
     * Imports nobody works on: received before {@code receivedBefore} and never started (the node that took the
     * upload died first), or running without a live lease — or, with {@code node}, held by that node's runs, which a
     * node that has just started knows to be dead.
     */
    public List<UUID> unattended(Instant now, Instant receivedBefore, String node) {
        return em.createQuery("select i.id from MessageImport i where"
                        + " (i.importRun.status = nl.wijkregie.shared.ImportRun.Status.RECEIVED"
                        + " and i.startedAt < :receivedBefore)"
                        + " or (i.importRun.status = nl.wijkregie.shared.ImportRun.Status.RUNNING"
                        + " and (i.importRun.leaseUntil is null or i.importRun.leaseUntil < :now"
                        + " or i.importRun.runNode = :node))"
                        + " order by i.startedAt", UUID.class)
                .setParameter("receivedBefore", receivedBefore).setParameter("now", now)
                .setParameter("node", node == null ? "" : node).getResultList();
    }

    public Set<String> existingKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("select m.key from ReferralMessage m where m.key in :keys", String.class)
                .setParameter("keys", keys).getResultList());
    }

    private static final String INSERT_MESSAGE = "insert into waitinglist_message (id, message_key, import_id,"
            + " row_number, kind, bsn, product_code, agb_code, event_on, status, reason, referral_id, team_id,"
            + " received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String INSERT_ROW = "insert into waitinglist_import_row (import_id, row_number, outcome,"
            + " reason) values (?, ?, ?, ?)";

    /**
     * A chunk's received events and row report, written as two JDBC batches (ADR 0030): insert-only facts that
     * nothing in the chunk reads back, so they skip the persistence context (its per-entity persist, validation and
     * flush cost). A broken row (a key another import stored meanwhile) fails the batch, and with it the chunk.
     */
    public void addAll(List<ReferralMessage> received, List<ImportRowOutcome> report) {
        em.unwrap(Session.class).doWork(connection -> {
            if (!received.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_MESSAGE)) {
                    for (ReferralMessage m : received) {
                        insert.setObject(1, m.getId());
                        insert.setString(2, m.getKey());
                        insert.setObject(3, m.getImportId());
                        insert.setInt(4, m.getRowNumber());
                        insert.setString(5, m.getKind());
                        insert.setString(6, m.getBsn());
                        insert.setString(7, m.getProductCode());
                        insert.setString(8, m.getAgbCode());
                        insert.setObject(9, m.getOn());
                        insert.setString(10, m.getStatus().name());
                        insert.setString(11, m.getReason());
                        insert.setObject(12, m.getReferralId());
                        insert.setObject(13, m.getTeamId());
                        insert.setObject(14, m.getReceivedAt().atOffset(ZoneOffset.UTC));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            if (!report.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_ROW)) {
                    for (ImportRowOutcome r : report) {
                        insert.setObject(1, r.getImportId());
                        insert.setInt(2, r.getRowNumber());
                        insert.setString(3, r.getOutcome());
                        insert.setString(4, r.getReason());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
        });
    }

    public Optional<MessageImport> importForUpdate(UUID id) {
        return Optional.ofNullable(em.find(MessageImport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<MessageImport> importRun(UUID id) {
        return Optional.ofNullable(em.find(MessageImport.class, id));
    }

    public List<MessageImport> recentImports(int limit) {
        return em.createQuery("select i from MessageImport i order by i.startedAt desc", MessageImport.class)
                .setMaxResults(limit).getResultList();
    }

    public List<ImportRowOutcome> report(UUID importId, int limit) {
        return em.createQuery("select r from ImportRowOutcome r where r.importId = :id order by r.rowNumber",
                ImportRowOutcome.class).setParameter("id", importId).setMaxResults(limit).getResultList();
    }

    /** One page of the events with this status (of one import, or all), newest first. */
    public List<ReferralMessage> withStatus(ReferralMessage.Status status, UUID importId, int first, int limit) {
        return em.createQuery("select m from ReferralMessage m where m.status = :status"
                        + " and (:importId is null or m.importId = :importId)"
                        + " order by m.receivedAt desc, m.importId, m.rowNumber", ReferralMessage.class)
                .setParameter("status", status).setParameter("importId", importId).setFirstResult(first)
                .setMaxResults(limit).getResultList();
    }

    public long countWithStatus(ReferralMessage.Status status, UUID importId) {
        return em.createQuery("select count(m) from ReferralMessage m where m.status = :status"
                        + " and (:importId is null or m.importId = :importId)", Long.class)
                .setParameter("status", status).setParameter("importId", importId).getSingleResult();
    }

    public Optional<ReferralMessage> messageForUpdate(UUID id) {
        return Optional.ofNullable(em.find(ReferralMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The message retention run's lock for this transaction, if no other node holds it (released at the end). */
    public boolean tryLockRetentionRun() {
        return (Boolean) em.createNativeQuery(
                "select pg_try_advisory_xact_lock(hashtext('wijkregie.waitinglist-message-retention'))")
                .getSingleResult();
    }

    /** Erases the unmatched and rejected events received before {@code before}; answers how many. */
    public int eraseUnappliedBefore(Instant before) {
        return em.createNativeQuery("delete from waitinglist_message where status in ('UNMATCHED', 'REJECTED')"
                + " and received_at < ?").setParameter(1, Timestamp.from(before)).executeUpdate();
    }

    /**
     * Erases the stored files of imports started before {@code before} (only unfinished ones still have one) and
     * marks those imports failed, so nobody tries to resume them; answers how many files.
     */
    public int eraseFilesOfImportsBefore(Instant before) {
        em.createNativeQuery("update waitinglist_import set status = 'FAILED', lease_until = null, failure = ?"
                        + " where status <> 'DONE' and started_at < ?")
                .setParameter(1, "Het bestand is na de bewaartermijn verwijderd; upload het opnieuw.")
                .setParameter(2, Timestamp.from(before)).executeUpdate();
        return em.createNativeQuery("delete from stored_file where id in (select f.file_id"
                        + " from waitinglist_import_file f join waitinglist_import i on i.id = f.import_id"
                        + " where i.started_at < ?)").setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
