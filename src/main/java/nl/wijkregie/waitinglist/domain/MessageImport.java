package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * One upload of an event file and how far its import got, updated per committed chunk. The file is stored beside it
 * until the import is done, so an import is resumed from its last committed chunk rather than by uploading again.
 *
 * <p>As with the signal lists (ADR 0020), one run imports it at a time, on whichever node: the run holds a lease that
 * each committed chunk renews; a run whose lease expired (its node died or hung) may be taken over by another, and
 * the run that lost it can no longer count, finish or fail the import, so the counts stay exact.
 */
@Entity
@Table(name = "waitinglist_import")
public class MessageImport {

    public enum Status { RECEIVED, RUNNING, DONE, FAILED }

    @Id
    private UUID id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_role")
    private String startedRole;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Column(name = "row_count", nullable = false)
    private int rows;

    private int applied;
    private int unchanged;
    private int unmatched;
    private int rejected;
    private int duplicates;

    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "run_node")
    private String runNode;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    private String failure;

    protected MessageImport() {
    }

    public static MessageImport received(String fileName, String startedBy, String startedRole, int rowsTotal,
                                         Instant now) {
        MessageImport run = new MessageImport();
        run.id = Ids.newId();
        run.fileName = fileName;
        run.startedBy = startedBy;
        run.startedRole = startedRole;
        run.startedAt = now;
        run.rowsTotal = rowsTotal;
        run.status = Status.RECEIVED;
        return run;
    }

    /** Whether a live run holds the import now: a resume must wait until it ends or its lease expires. */
    public boolean isBeingImported(Instant now) {
        return status == Status.RUNNING && leaseUntil != null && leaseUntil.isAfter(now);
    }

    /**
     * Starts, resumes or takes over the import as a new run on {@code node} with a lease until {@code now + lease};
     * empty when it is done or a live run holds it. {@code nodeRestarted} says this node's own earlier runs are dead
     * (it has just started), so they need not wait for their lease to expire.
     */
    public Optional<UUID> start(String node, Instant now, Duration lease, boolean nodeRestarted) {
        if (status == Status.DONE || isBeingImported(now) && !(nodeRestarted && node.equals(runNode))) {
            return Optional.empty();
        }
        status = Status.RUNNING;
        failure = null;
        finishedAt = null;
        runId = Ids.newId();
        runNode = node;
        leaseUntil = now.plus(lease);
        return Optional.of(runId);
    }

    /**
     * Adds a committed chunk's counts and renews the lease; false (nothing counted) when {@code run} no longer holds
     * the import, and the chunk must then be rolled back.
     */
    public boolean count(UUID run, Instant leaseUntil, int rows, int applied, int unchanged, int unmatched,
                         int rejected, int duplicates) {
        if (!isHeldBy(run)) {
            return false;
        }
        this.leaseUntil = leaseUntil;
        this.rows += rows;
        this.applied += applied;
        this.unchanged += unchanged;
        this.unmatched += unmatched;
        this.rejected += rejected;
        this.duplicates += duplicates;
        return true;
    }

    /** Every row is done; false (and nothing changes) when {@code run} no longer holds the import. */
    public boolean finish(UUID run, Instant at) {
        if (!isHeldBy(run)) {
            return false;
        }
        status = Status.DONE;
        finishedAt = at;
        leaseUntil = null;
        return true;
    }

    /** The run broke off; {@code reason} is a Dutch sentence without data. False when the run lost the import. */
    public boolean fail(UUID run, String reason, Instant at) {
        if (!isHeldBy(run)) {
            return false;
        }
        status = Status.FAILED;
        finishedAt = at;
        leaseUntil = null;
        failure = reason.substring(0, Math.min(500, reason.length()));
        return true;
    }

    private boolean isHeldBy(UUID run) {
        return status == Status.RUNNING && run.equals(runId);
    }

    public UUID getId() { return id; }
    public String getFileName() { return fileName; }
    public String getStartedBy() { return startedBy; }
    public String getStartedRole() { return startedRole; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Status getStatus() { return status; }
    public int getRowsTotal() { return rowsTotal; }
    public int getRows() { return rows; }
    public int getApplied() { return applied; }
    public int getUnchanged() { return unchanged; }
    public int getUnmatched() { return unmatched; }
    public int getRejected() { return rejected; }
    public int getDuplicates() { return duplicates; }
    public String getRunNode() { return runNode; }
    public String getFailure() { return failure; }
}
