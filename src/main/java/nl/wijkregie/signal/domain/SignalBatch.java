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

/**
 * One uploaded monthly list and how far its import got. Rows are imported in chunks; each chunk's signals and the
 * progress counter commit together, so after a crash the import resumes at {@link #getRowsDone()} without losing or
 * repeating a row. The file itself is kept only until the import is done (it holds personal data).
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

    @Column(name = "content")
    private byte[] content;

    @Column(name = "rows_total", nullable = false, updatable = false)
    private int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "rows_duplicate", nullable = false)
    private int rowsDuplicate;

    @Column(name = "rows_rejected", nullable = false)
    private int rowsRejected;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure")
    private String failure;

    protected SignalBatch() {
    }

    public static SignalBatch received(String fileName, String uploadedBy, String uploadedRole, String partnerAccount,
                                       byte[] content, int rowsTotal, Instant now) {
        SignalBatch batch = new SignalBatch();
        batch.id = UUID.randomUUID();
        batch.fileName = fileName;
        batch.uploadedBy = uploadedBy;
        batch.uploadedRole = uploadedRole;
        batch.partnerAccount = partnerAccount;
        batch.content = content;
        batch.rowsTotal = rowsTotal;
        batch.uploadedAt = now;
        batch.status = Status.RECEIVED;
        return batch;
    }

    /** Starts or resumes the import; false when there is nothing left to do. */
    public boolean start() {
        if (status == Status.DONE) {
            return false;
        }
        status = Status.RUNNING;
        failure = null;
        return true;
    }

    public void chunkDone(int rows, int imported, int duplicate, int rejected) {
        rowsDone += rows;
        rowsImported += imported;
        rowsDuplicate += duplicate;
        rowsRejected += rejected;
    }

    public void finish(Instant now) {
        status = Status.DONE;
        finishedAt = now;
        content = null;
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

    public byte[] getContent() {
        return content;
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
