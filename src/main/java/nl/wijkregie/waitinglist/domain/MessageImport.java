package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One upload of an event file and its counts, updated per committed chunk (an interrupted import shows how far). */
@Entity
@Table(name = "waitinglist_import")
public class MessageImport {

    @Id
    private UUID id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "row_count", nullable = false)
    private int rows;

    private int applied;
    private int unchanged;
    private int unmatched;
    private int rejected;
    private int duplicates;

    protected MessageImport() {
    }

    public MessageImport(UUID id, String fileName, String startedBy, Instant startedAt) {
        this.id = id;
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public void count(int rows, int applied, int unchanged, int unmatched, int rejected, int duplicates) {
        this.rows += rows;
        this.applied += applied;
        this.unchanged += unchanged;
        this.unmatched += unmatched;
        this.rejected += rejected;
        this.duplicates += duplicates;
    }

    public void finish(Instant at) {
        this.finishedAt = at;
    }

    public UUID getId() { return id; }
    public String getFileName() { return fileName; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getRows() { return rows; }
    public int getApplied() { return applied; }
    public int getUnchanged() { return unchanged; }
    public int getUnmatched() { return unmatched; }
    public int getRejected() { return rejected; }
    public int getDuplicates() { return duplicates; }
}
