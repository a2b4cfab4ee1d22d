package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.ImportRun;

/**
 * One upload of an event file and how far its import got, updated per committed chunk. The file is stored beside it
 * until the import is done, so an import is resumed from its last committed chunk rather than by uploading again.
 *
 * <p>As with the signal lists (ADR 0020), one run imports it at a time, on whichever node, under the lease of its
 * {@link ImportRun}. The run's lanes add their chunks' counts with SQL increments that also renew the lease, and only
 * while the run holds it (ADR 0034), so a run that lost the lease can no longer count and the counts stay exact.
 */
@Entity
@Table(name = "waitinglist_import")
public class MessageImport {

    public static final int MAX_LANES = 8;

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

    @Embedded
    private ImportRun importRun;

    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    /** How many lanes import the file side by side (ADR 0034); fixed when it is received, so a resume splits alike. */
    @Column(nullable = false)
    private short lanes;

    @Column(name = "row_count", nullable = false)
    private int rows;

    private int applied;
    private int unchanged;
    private int unmatched;
    private int rejected;
    private int duplicates;

    protected MessageImport() {
    }

    public static MessageImport received(String fileName, String startedBy, String startedRole, int rowsTotal,
                                         int lanes, Instant now) {
        if (lanes < 1 || lanes > MAX_LANES) {
            throw new IllegalArgumentException("lanes must be 1.." + MAX_LANES + ": " + lanes);
        }
        MessageImport run = new MessageImport();
        run.id = Ids.newId();
        run.fileName = fileName;
        run.startedBy = startedBy;
        run.startedRole = startedRole;
        run.startedAt = now;
        run.rowsTotal = rowsTotal;
        run.lanes = (short) lanes;
        run.importRun = ImportRun.received();
        return run;
    }

    /** Whether a live run holds the import now: a resume must wait until it ends or its lease expires. */
    public boolean isBeingImported(Instant now) {
        return importRun.isHeld(now);
    }

    /** See {@link ImportRun#start}. */
    public Optional<UUID> start(String node, Instant now, Duration lease, boolean nodeRestarted) {
        return importRun.start(node, now, lease, nodeRestarted);
    }

    /** Every row is done; false (and nothing changes) when {@code run} no longer holds the import. */
    public boolean finish(UUID run, Instant at) {
        return importRun.finish(run, at);
    }

    /** The run broke off; {@code reason} is a Dutch sentence without data. False when the run lost the import. */
    public boolean fail(UUID run, String reason, Instant at) {
        return importRun.fail(run, reason, at);
    }

    public UUID getId() { return id; }
    public String getFileName() { return fileName; }
    public String getStartedBy() { return startedBy; }
    public String getStartedRole() { return startedRole; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return importRun.getFinishedAt(); }
    public ImportRun.Status getStatus() { return importRun.getStatus(); }
    public int getRowsTotal() { return rowsTotal; }
    public int getLanes() { return lanes; }
    public int getRows() { return rows; }
    public int getApplied() { return applied; }
    public int getUnchanged() { return unchanged; }
    public int getUnmatched() { return unmatched; }
    public int getRejected() { return rejected; }
    public int getDuplicates() { return duplicates; }
    public String getRunNode() { return importRun.getRunNode(); }
    public String getFailure() { return importRun.getFailure(); }
}
