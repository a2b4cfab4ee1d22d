package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.ImportRun;

/**
 * One uploaded monthly list and how far its import got. Rows are imported in chunks, in one or more parallel lanes
 * (see {@link ImportLanes}); each chunk's signals and the progress counters commit together, so after a crash every lane
 * resumes where its last chunk ended without losing or repeating a row. The counters are added to by the lanes with one
 * SQL update each (they commit concurrently), so this entity only reads them. The file itself is kept apart, and only
 * until the import is done (it holds personal data).
 *
 * <p>One run imports a batch at a time, on whichever node, under the lease of its {@link ImportRun}: the run that lost
 * it can no longer count, finish or fail the batch, so two nodes never both import it and the counters and status stay
 * exact. The lanes' SQL increments check the same lease (see SignalBatchRepository#countChunk).
 */
@Entity
@Table(name = "signal_batch")
public class SignalBatch {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_role", nullable = false, updatable = false)
    private String uploadedRole;

    @Column(name = "partner_account", updatable = false)
    private String partnerAccount;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Embedded
    private ImportRun importRun;

    @Column(name = "rows_total", nullable = false, updatable = false)
    private int rowsTotal;

    @Column(name = "lanes", nullable = false)
    private int lanes;

    @Column(name = "rows_done", nullable = false, updatable = false)
    private int rowsDone;

    @Column(name = "rows_imported", nullable = false, updatable = false)
    private int rowsImported;

    @Column(name = "rows_duplicate", nullable = false, updatable = false)
    private int rowsDuplicate;

    @Column(name = "rows_rejected", nullable = false, updatable = false)
    private int rowsRejected;

    protected SignalBatch() {
    }

    public static SignalBatch received(String fileName, String uploadedBy, String uploadedRole, String partnerAccount,
                                       int rowsTotal, Instant now) {
        SignalBatch batch = new SignalBatch();
        batch.id = Ids.newId();
        batch.fileName = fileName;
        batch.uploadedBy = uploadedBy;
        batch.uploadedRole = uploadedRole;
        batch.partnerAccount = partnerAccount;
        batch.lanes = 1;
        batch.rowsTotal = rowsTotal;
        batch.uploadedAt = now;
        batch.importRun = ImportRun.received();
        return batch;
    }

    /** Whether a live run holds the batch now: a resume must wait until it ends or its lease expires. */
    public boolean isBeingImported(Instant now) {
        return importRun.isHeld(now);
    }

    /**
     * Starts, resumes or takes over the import as a run of its {@link ImportRun}. The number of lanes is fixed at the
     * first start (a resumed import must split the rows as before), and never above the number of rows.
     */
    public Optional<UUID> start(int lanesWanted, String node, Instant now, Duration lease, boolean nodeRestarted) {
        boolean first = importRun.getStatus() == ImportRun.Status.RECEIVED;
        Optional<UUID> run = importRun.start(node, now, lease, nodeRestarted);
        if (run.isPresent() && first) {
            lanes = Math.max(1, Math.min(Math.min(lanesWanted, ImportLanes.MAX_LANES), rowsTotal));
        }
        return run;
    }

    /** The run is done with every row; false (and nothing changes) when the run no longer holds the batch. */
    public boolean finish(UUID run, Instant now) {
        return importRun.finish(run, now);
    }

    /** See {@link ImportRun#fail}. */
    public boolean fail(UUID run, String reason, Instant now) {
        return importRun.fail(run, reason, now);
    }

    public UUID getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public String getUploadedRole() {
        return uploadedRole;
    }

    public String getPartnerAccount() {
        return partnerAccount;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public ImportRun.Status getStatus() {
        return importRun.getStatus();
    }

    public int getLanes() {
        return lanes;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getRowsImported() {
        return rowsImported;
    }

    public int getRowsDuplicate() {
        return rowsDuplicate;
    }

    public int getRowsRejected() {
        return rowsRejected;
    }

    public Instant getFinishedAt() {
        return importRun.getFinishedAt();
    }

    public String getRunNode() {
        return importRun.getRunNode();
    }

    public Instant getLeaseUntil() {
        return importRun.getLeaseUntil();
    }

    public String getFailure() {
        return importRun.getFailure();
    }
}
