package nl.wijkregie.signal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.signal.batch.SignalBatches.Rejection;
import nl.wijkregie.signal.domain.SignalBatch;

/** Batches, their rejected rows, and the partner accounts that upload them. */
@ApplicationScoped
public class SignalBatchRepository {

    /** A partner account: who it is and which DDAS partner type it has. */
    public record PartnerAccount(String account, String organisation, String partnerType) {
    }

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /** The new batch with its uploaded file (see StoredFiles), which is kept beside it until the import is done. */
    public void add(SignalBatch batch, UUID fileId) {
        em.persist(batch);
        em.flush();
        em.createNativeQuery("insert into signal_batch_file (batch_id, file_id) values (?, ?)")
                .setParameter(1, batch.getId()).setParameter(2, fileId).executeUpdate();
    }

    /** The stored file's id and, once the import has started, the lane of each row; empty when the file is gone. */
    public Optional<BatchFile> file(UUID batchId) {
        List<?> rows = em.createNativeQuery("select file_id, row_lanes from signal_batch_file where batch_id = ?")
                .setParameter(1, batchId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new BatchFile((UUID) c[0], (byte[]) c[1]))
                .findFirst();
    }

    /** The stored file with the lane of each row (see ImportLanes), computed at the first start of its import. */
    public record BatchFile(UUID fileId, byte[] rowLanes) {
    }

    public void storeRowLanes(UUID batchId, byte[] rowLanes, int lanes) {
        em.createNativeQuery("update signal_batch_file set row_lanes = ? where batch_id = ?")
                .setParameter(1, rowLanes).setParameter(2, batchId).executeUpdate();
        for (int lane = 0; lane < lanes; lane++) {
            em.createNativeQuery("insert into signal_batch_lane (batch_id, lane, rows_done) values (?, ?, 0)"
                    + " on conflict do nothing").setParameter(1, batchId).setParameter(2, lane).executeUpdate();
        }
    }

    /** Rows done by each lane, in the lane's own order of rows. */
    public int[] rowsDonePerLane(UUID batchId, int lanes) {
        int[] done = new int[lanes];
        List<?> rows = em.createNativeQuery("select lane, rows_done from signal_batch_lane where batch_id = ?")
                .setParameter(1, batchId).getResultList();
        rows.stream().map(row -> (Object[]) row).forEach(c -> done[((Number) c[0]).intValue()] =
                ((Number) c[1]).intValue());
        return done;
    }

    /**
     * Adds a chunk's tally to the batch and its lane and renews the run's lease, in the chunk's transaction; false
     * (nothing counted) when the run no longer holds the batch, and the caller must then roll the chunk back. Plain
     * increments rather than an entity update, because the lanes commit concurrently. Everything else of the chunk is
     * written first, so the batch row, which the other lanes also update, stays locked only for the commit; the
     * chunk's entities are then let go, so the commit does not walk them once more.
     */
    public boolean countChunk(UUID batchId, UUID run, int lane, ChunkTally tally, Instant leaseUntil) {
        em.flush();
        em.clear();
        int counted = em.createNativeQuery("update signal_batch set rows_done = rows_done + ?,"
                        + " rows_imported = rows_imported + ?, rows_duplicate = rows_duplicate + ?,"
                        + " rows_rejected = rows_rejected + ?, lease_until = ?"
                        + " where id = ? and run_id = ? and status = 'RUNNING'")
                .setParameter(1, tally.rows()).setParameter(2, tally.imported()).setParameter(3, tally.duplicate())
                .setParameter(4, tally.rejected()).setParameter(5, leaseUntil).setParameter(6, batchId)
                .setParameter(7, run).executeUpdate();
        if (counted == 0) {
            return false;
        }
        em.createNativeQuery("update signal_batch_lane set rows_done = rows_done + ? where batch_id = ? and lane = ?")
                .setParameter(1, tally.rows()).setParameter(2, batchId).setParameter(3, lane).executeUpdate();
        return true;
    }

    /** What one chunk did with its rows. */
    public record ChunkTally(int rows, int imported, int duplicate, int rejected) {
    }

    public void deleteFile(UUID batchId) {
        em.createNativeQuery("delete from stored_file where id in"
                + " (select file_id from signal_batch_file where batch_id = ?)").setParameter(1, batchId)
                .executeUpdate();
    }

    public Optional<SignalBatch> find(UUID id) {
        return Optional.ofNullable(em.find(SignalBatch.class, id));
    }

    /** The batch, locked until the transaction ends: nodes that start or end a run of it go one after the other. */
    public Optional<SignalBatch> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(SignalBatch.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<SignalBatch> recent(String uploadedBy, int limit) {
        return em.createQuery("select b from SignalBatch b where :user is null or b.uploadedBy = :user"
                        + " order by b.uploadedAt desc", SignalBatch.class)
                .setParameter("user", uploadedBy).setMaxResults(limit).getResultList();
    }

    /**
     * Batches nobody imports: received before {@code receivedBefore} and never started (the node that took the upload
     * died before it began), or running without a live lease — or, with {@code node}, held by that node's runs, which
     * a node that has just started knows to be dead.
     */
    public List<UUID> unattended(Instant now, Instant receivedBefore, String node) {
        return em.createQuery("select b.id from SignalBatch b where"
                        + " (b.importRun.status = nl.wijkregie.shared.ImportRun.Status.RECEIVED"
                        + " and b.uploadedAt < :receivedBefore)"
                        + " or (b.importRun.status = nl.wijkregie.shared.ImportRun.Status.RUNNING"
                        + " and (b.importRun.leaseUntil is null or b.importRun.leaseUntil < :now"
                        + " or b.importRun.runNode = :node))"
                        + " order by b.uploadedAt", UUID.class)
                .setParameter("receivedBefore", receivedBefore).setParameter("now", now)
                .setParameter("node", node == null ? "" : node).getResultList();
    }

    public void reject(UUID batchId, int rowNumber, String reference, String reasons, String rawRow) {
        em.createNativeQuery("insert into signal_batch_rejection (batch_id, row_number, reference, reasons, raw_row)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .setParameter(1, batchId).setParameter(2, rowNumber).setParameter(3, cut(reference, 100))
                .setParameter(4, cut(reasons, 2000)).setParameter(5, cut(rawRow, 4000)).executeUpdate();
    }

    /** At most {@code limit} rejected rows after row {@code afterRow}, in file order (the primary key's order). */
    public List<Rejection> rejectionsAfter(UUID batchId, int afterRow, int limit) {
        List<?> rows = em.createNativeQuery("select row_number, reference, reasons, raw_row"
                        + " from signal_batch_rejection where batch_id = ? and row_number > ? order by row_number")
                .setParameter(1, batchId).setParameter(2, afterRow).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new Rejection(((Number) c[0]).intValue(),
                (String) c[1], (String) c[2], (String) c[3])).toList();
    }

    public Optional<PartnerAccount> partner(String account) {
        List<?> rows = em.createNativeQuery("select account, organisation, partner_type from signal_partner"
                + " where account = ?").setParameter(1, account).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(c -> new PartnerAccount((String) c[0], (String) c[1], (String) c[2])).findFirst();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
