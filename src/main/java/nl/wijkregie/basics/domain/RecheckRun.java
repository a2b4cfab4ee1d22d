package nl.wijkregie.basics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * A background re-check of all open cases for a set of table versions: the last case done and how many were checked,
 * saved after every chunk, so progress can be shown and a run interrupted by a restart continues where it stopped.
 */
@Entity
@Table(name = "basics_recheck_run")
public class RecheckRun {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String rules;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(nullable = false)
    private int checked;

    @Column(name = "last_case")
    private UUID lastCase;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected RecheckRun() {
    }

    public RecheckRun(String rules, Instant startedAt, String startedBy) {
        this.id = Ids.newId();
        this.rules = rules;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    public void chunkDone(UUID last, int count) {
        this.lastCase = last;
        this.checked += count;
    }

    public void finish(Instant at) {
        this.finishedAt = at;
    }

    public UUID getId() {
        return id;
    }

    public String getRules() {
        return rules;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public int getChecked() {
        return checked;
    }

    public UUID getLastCase() {
        return lastCase;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
