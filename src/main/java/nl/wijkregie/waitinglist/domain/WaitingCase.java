package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A case as this module sees it, kept from the case file's events: the team, the regisseur, when it was registered
 * (aanmelding), when the first conversation started (the move AANGEMELD → INTAKE: the wijkteam's own waiting list ends
 * there) and when it closed. Caseload, inflow and the wijkteam's waiting list are counted from these rows, so the
 * dashboard never reads another module's tables.
 */
@Entity
@Table(name = "waitinglist_case")
public class WaitingCase {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "regisseur_id")
    private String regisseurId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "intake_at")
    private Instant intakeAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected WaitingCase() {
    }

    public WaitingCase(UUID caseId, UUID householdId, UUID teamId, String regisseurId, Instant openedAt) {
        this.caseId = caseId;
        this.householdId = householdId;
        this.teamId = teamId;
        this.regisseurId = regisseurId;
        this.openedAt = openedAt;
    }

    /** The case moved on from AANGEMELD (to intake, or straight on): the first conversation took place. */
    public void statusChanged(String from, String to, UUID teamId, Instant at) {
        this.teamId = teamId;
        if ("AANGEMELD".equals(from) && intakeAt == null) {
            intakeAt = at;
        }
        if ("AFGESLOTEN".equals(to)) {
            closedAt = at;
        }
    }

    public void reopen(UUID teamId, String regisseurId, Instant at) {
        this.teamId = teamId;
        this.regisseurId = regisseurId;
        this.openedAt = at;
        this.intakeAt = null;
        this.closedAt = null;
    }

    public void assign(String regisseurId) {
        this.regisseurId = regisseurId;
    }

    public UUID getCaseId() { return caseId; }
    public UUID getHouseholdId() { return householdId; }
    public UUID getTeamId() { return teamId; }
    public String getRegisseurId() { return regisseurId; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getIntakeAt() { return intakeAt; }
    public Instant getClosedAt() { return closedAt; }
}
