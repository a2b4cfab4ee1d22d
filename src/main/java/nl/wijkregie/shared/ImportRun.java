package nl.wijkregie.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Which run imports an uploaded file, on which node, and until when its lease holds; embedded by every import that
 * may run on any node and be resumed after a crash (the signal lists, ADR 0020; the iJw/iWmo messages, ADR 0026). One
 * live run at a time: each committed chunk renews the lease; a run whose lease expired (its node died or hung) may be
 * taken over, and a node that has just started may take back its own runs at once, since they died with it. A run that
 * lost the lease can no longer count, finish or fail, so the import's counts and status stay exact.
 *
 * <p>The columns are the same in every table that embeds it, so the database values stay as they were.
 */
@Embeddable
public class ImportRun {

    /** Where an import is; stored by name. */
    public enum Status { RECEIVED, RUNNING, DONE, FAILED }

    static final int FAILURE_LENGTH = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "run_node")
    private String runNode;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure")
    private String failure;

    protected ImportRun() {
    }

    /** An upload that no run has started yet. */
    public static ImportRun received() {
        ImportRun run = new ImportRun();
        run.status = Status.RECEIVED;
        return run;
    }

    /** Whether a live run holds the import now: a resume must wait until it ends or its lease expires. */
    public boolean isHeld(Instant now) {
        return status == Status.RUNNING && leaseUntil != null && leaseUntil.isAfter(now);
    }

    /** Whether {@code run} is the run that holds the import (whatever its lease says: another may not have come). */
    public boolean isHeldBy(UUID run) {
        return status == Status.RUNNING && run.equals(runId);
    }

    /**
     * Starts, resumes or takes over the import as a new run on {@code node}, with a lease until {@code now + lease};
     * empty when it is done or a live run holds it. {@code nodeRestarted} says that this node's own earlier runs are
     * dead (it has just started), so they need not wait for their lease to expire.
     */
    public Optional<UUID> start(String node, Instant now, Duration lease, boolean nodeRestarted) {
        if (status == Status.DONE || isHeld(now) && !(nodeRestarted && node.equals(runNode))) {
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

    /**
     * The run broke off; {@code reason} is shown to the uploader, so it is a Dutch sentence without data (cut to fit
     * the column). False (and nothing changes) when {@code run} no longer holds the import.
     */
    public boolean fail(UUID run, String reason, Instant at) {
        if (!isHeldBy(run)) {
            return false;
        }
        status = Status.FAILED;
        finishedAt = at;
        leaseUntil = null;
        failure = reason.substring(0, Math.min(FAILURE_LENGTH, reason.length()));
        return true;
    }

    public Status getStatus() {
        return status;
    }

    public String getRunNode() {
        return runNode;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getFailure() {
        return failure;
    }
}
