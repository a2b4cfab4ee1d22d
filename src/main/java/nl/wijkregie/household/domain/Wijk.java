package nl.wijkregie.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A CBS wijk of the municipality, with the wijkteam that serves it. Reference data: the codes change per CBS year,
 * so a wijk is switched off rather than deleted (households keep their code).
 */
@Entity
@Table(name = "wijk")
public class Wijk {

    @Id
    @Column(length = 8)
    private String code;

    @Column(name = "municipality_code", nullable = false, length = 6)
    private String municipalityCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "team_id")
    private UUID teamId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected Wijk() {
    }

    public Wijk(String code, String municipalityCode, String name, UUID teamId, Instant now, String by) {
        this.code = code;
        this.municipalityCode = municipalityCode;
        this.active = true;
        change(name, teamId, true, now, by);
    }

    public void change(String newName, UUID newTeamId, boolean nowActive, Instant now, String by) {
        this.name = newName.trim();
        this.teamId = newTeamId;
        this.active = nowActive;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String getCode() {
        return code;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getName() {
        return name;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public boolean isActive() {
        return active;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
