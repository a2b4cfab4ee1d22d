package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * One uploaded monthly list and how far its import got. Rows are imported in chunks, in one or more parallel lanes
 * (see {@link ImportLanes}); each chunk's signals and the progress counters commit together, so after a crash every lane
 * resumes where its last chunk ended without losing or repeating a row. The counters are added to by the lanes with one
 * SQL update each (they commit concurrently), so this entity only reads them. The file itself is kept apart, and only
 * until the import is done (it holds personal data).
 *
 * <p>One run imports a batch at a time, on whichever node: a run holds a lease that each committed chunk renews. A run
 * whose lease expired (its node died or hung) may be taken over by another; the run that lost it can no longer count,
 * finish or fail the batch, so two nodes never both import it and the counters and status stay exact.
 */
@Entity
@Table(name = "signal_batch")
public class SignalBatch {

    public enum Status { RECEIVED, RUNNING, DONE, FAILED }

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

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

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure")
    private String failure;

    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "run_node")
    private String runNode;

    @Column(name = "lease_until")
    private Instant leaseUntil;

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
        batch.status = Status.RECEIVED;
        return batch;
    }

    /** Whether a live run holds the batch now: a resume must wait until it ends or its lease expires. */
    public boolean isBeingImported(Instant now) {
        return status == Status.RUNNING && leaseUntil != null && leaseUntil.isAfter(now);
    }

    /**
     * Starts, resumes or takes over the import as a new run on {@code node}, with a lease until {@code now + lease};
     * empty when the batch is done or a live run holds it. {@code nodeRestarted} says that this node's own earlier
     * runs are dead (it has just started), so they need not wait for their lease to expire. The number of lanes is
     * fixed at the first start (a resumed import must split the rows as before), and never above the number of rows.
     */
    public Optional<UUID> start(int lanesWanted, String node, Instant now, Duration lease, boolean nodeRestarted) {
        if (status == Status.DONE) {
            return Optional.empty();
        }
        if (isBeingImported(now) && !(nodeRestarted && node.equals(runNode))) {
            return Optional.empty();
        }
        if (status == Status.RECEIVED) {
            lanes = Math.max(1, Math.min(Math.min(lanesWanted, ImportLanes.MAX_LANES), rowsTotal));
        }
        status = Status.RUNNING;
        failure = null;
        finishedAt = null;
        runId = Ids.newId();
        runNode = node;
        leaseUntil = now.plus(lease);
        return Optional.of(runId);
    }

    /** The run is done with every row; false (and nothing changes) when the run no longer holds the batch. */
    public boolean finish(UUID run, Instant now) {
        if (!isHeldBy(run)) {
            return false;
        }
        status = Status.DONE;
        finishedAt = now;
        leaseUntil = null;
        return true;
    }

    /**
     * The run broke off; {@code reason} is shown to the uploader, so it is a Dutch sentence without data. False (and
     * nothing changes) when the run no longer holds the batch.
     */
    public boolean fail(UUID run, String reason, Instant now) {
        if (!isHeldBy(run)) {
            return false;
        }
        status = Status.FAILED;
        finishedAt = now;
        leaseUntil = null;
        failure = reason.substring(0, Math.min(500, reason.length()));
        return true;
    }

    private boolean isHeldBy(UUID run) {
        return status == Status.RUNNING && run.equals(runId);
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

    public Status getStatus() {
        return status;
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
        return finishedAt;
    }

    public String getRunNode() {
        return runNode;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public String getFailure() {
        return failure;
    }
}
