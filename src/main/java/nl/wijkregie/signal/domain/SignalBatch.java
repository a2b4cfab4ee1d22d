package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * One uploaded monthly list and how far its import got. Rows are imported in chunks, in one or more parallel lanes
 * (see {@link ImportLanes}); each chunk's signals and the progress counters commit together, so after a crash every lane
 * resumes where its last chunk ended without losing or repeating a row. The counters are added to by the lanes with one
 * SQL update each (they commit concurrently), so this entity only reads them. The file itself is kept apart, and only
 * until the import is done (it holds personal data).
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

    /**
     * Starts or resumes the import; false when there is nothing left to do. The number of lanes is fixed at the first
     * start (a resumed import must split the rows as before), and never above the number of rows.
     */
    public boolean start(int lanesWanted) {
        if (status == Status.DONE) {
            return false;
        }
        if (status == Status.RECEIVED) {
            lanes = Math.max(1, Math.min(Math.min(lanesWanted, ImportLanes.MAX_LANES), rowsTotal));
        }
        status = Status.RUNNING;
        failure = null;
        return true;
    }

    public void finish(Instant now) {
        status = Status.DONE;
        finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        status = Status.FAILED;
        finishedAt = now;
        failure = reason == null ? "onbekende fout" : reason.substring(0, Math.min(500, reason.length()));
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

    public String getFailure() {
        return failure;
    }
}
