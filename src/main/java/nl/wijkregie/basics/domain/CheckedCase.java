package nl.wijkregie.basics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * A case as this module sees it, kept from the case file's events: its household and team, whether it is open, and
 * the current outcome per dimension with since when a dimension is "niet op orde". The priority of the case is raised
 * while a dimension is not in order ({@link #hasPriority()}); the team lead's view sorts by how long.
 */
@Entity
@Table(name = "basics_case")
public class CheckedCase {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(nullable = false)
    private boolean open;

    @Enumerated(EnumType.STRING)
    private Outcome housing;

    @Enumerated(EnumType.STRING)
    private Outcome income;

    @Enumerated(EnumType.STRING)
    private Outcome debts;

    @Enumerated(EnumType.STRING)
    private Outcome safety;

    @Column(name = "not_in_order_since")
    private Instant notInOrderSince;

    @Column(nullable = false)
    private boolean threat;

    @Column(name = "last_checked_at")
    private Instant lastCheckedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Version
    private long version;

    protected CheckedCase() {
    }

    public CheckedCase(UUID caseId, UUID householdId, UUID teamId) {
        this.caseId = caseId;
        this.householdId = householdId;
        this.teamId = teamId;
        this.open = true;
    }

    /**
     * Takes the outcomes of a check. Returns whether the case went from "all in order or unknown" to "a dimension not
     * in order" (its priority is raised now), so the caller can start the task.
     */
    public boolean record(Collection<CheckResult> results, Instant at) {
        boolean before = hasPriority();
        boolean threatNow = false;
        for (CheckResult result : results) {
            switch (result.getDimension()) {
                case HOUSING -> housing = result.getOutcome();
                case INCOME -> income = result.getOutcome();
                case DEBTS -> debts = result.getOutcome();
                case SAFETY -> safety = result.getOutcome();
            }
            threatNow |= result.isThreat() && result.getOutcome() == Outcome.NOT_IN_ORDER;
        }
        threat = threatNow;
        lastCheckedAt = at;
        boolean after = outcomes().containsValue(Outcome.NOT_IN_ORDER);
        if (after && notInOrderSince == null) {
            notInOrderSince = at;
        } else if (!after) {
            notInOrderSince = null;
            escalatedAt = null;
        }
        return after && !before;
    }

    /** The task's deadline passed: the case shows as escalated in the team lead's view (idempotent). */
    public void escalate(Instant at) {
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public void moveTo(UUID team) {
        this.teamId = team;
    }

    public void close() {
        this.open = false;
    }

    public void reopen() {
        this.open = true;
    }

    /** A dimension is "niet op orde": the case goes before others. */
    public boolean hasPriority() {
        return notInOrderSince != null;
    }

    public Map<Dimension, Outcome> outcomes() {
        Map<Dimension, Outcome> outcomes = new EnumMap<>(Dimension.class);
        put(outcomes, Dimension.HOUSING, housing);
        put(outcomes, Dimension.INCOME, income);
        put(outcomes, Dimension.DEBTS, debts);
        put(outcomes, Dimension.SAFETY, safety);
        return outcomes;
    }

    private static void put(Map<Dimension, Outcome> outcomes, Dimension dimension, Outcome outcome) {
        if (outcome != null) {
            outcomes.put(dimension, outcome);
        }
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public boolean isOpen() {
        return open;
    }

    public Instant getNotInOrderSince() {
        return notInOrderSince;
    }

    public boolean isThreat() {
        return threat;
    }

    public Instant getLastCheckedAt() {
        return lastCheckedAt;
    }

    public long getVersion() {
        return version;
    }
}
