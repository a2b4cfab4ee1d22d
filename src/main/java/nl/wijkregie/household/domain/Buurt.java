package nl.wijkregie.household.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.wijkregie.shared.RuleViolationException;

/** A CBS buurt, always inside one wijk. Reference data like {@link Wijk}. */
@Entity
@Table(name = "buurt")
public class Buurt {

    @Id
    @Column(length = 10)
    private String code;

    @Column(name = "wijk_code", nullable = false, length = 8)
    private String wijkCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected Buurt() {
    }

    public Buurt(String code, String wijkCode, String name, Instant now, String by) {
        this.code = code;
        change(wijkCode, name, true, now, by);
    }

    public void change(String newWijkCode, String newName, boolean nowActive, Instant now, String by) {
        if (!code.substring(2, 6).equals(newWijkCode.substring(2, 6))) {
            throw new RuleViolationException("buurt-in-other-municipality",
                    "Buurt " + code + " ligt niet in dezelfde gemeente als wijk " + newWijkCode);
        }
        this.wijkCode = newWijkCode;
        this.name = newName.trim();
        this.active = nowActive;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String getCode() {
        return code;
    }

    public String getWijkCode() {
        return wijkCode;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
