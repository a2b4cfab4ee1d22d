package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.wijkregie.shared.InvalidFieldException;

/**
 * A waiting norm as configuration (table waitinglist_norm, defaults with their source seeded by the migration): for a
 * product (or a whole domain, or the wijkteam's own intake) and optionally a region, the days from request to start,
 * the day the regisseur is warned, and how often a bridging check-in is due while the household waits. The most
 * specific row wins: product + region, product, domain + region, domain.
 */
@Entity
@Table(name = "waitinglist_norm")
public class WaitingNorm {

    /** The key of the wijkteam's own norm: aanmelding → first conversation (intake). */
    public static final String INTAKE = "WIJKTEAM_INTAKE";
    public static final String ANY_REGION = "*";

    @Id
    private UUID id;

    /** A product code, a domain name (JEUGD, WMO, ...) or {@link #INTAKE}. */
    @Column(name = "applies_to", nullable = false)
    private String appliesTo;

    @Column(nullable = false)
    private String region;

    @Column(name = "norm_days", nullable = false)
    private int normDays;

    @Column(name = "warning_days", nullable = false)
    private int warningDays;

    @Column(name = "check_in_days", nullable = false)
    private int checkInDays;

    @Column(nullable = false)
    private String source;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private java.time.Instant changedAt;

    protected WaitingNorm() {
    }

    public WaitingNorm(UUID id, String appliesTo, String region, int normDays, int warningDays, int checkInDays,
                       String source) {
        this.id = id;
        this.appliesTo = appliesTo;
        this.region = region;
        change(normDays, warningDays, checkInDays, source);
    }

    /** The administrator's change: validated as {@link #change}, and remembered who made it and when. */
    public void change(int normDays, int warningDays, int checkInDays, String source, String by,
                       java.time.Instant at) {
        change(normDays, warningDays, checkInDays, source);
        this.changedBy = by;
        this.changedAt = at;
    }

    public void change(int normDays, int warningDays, int checkInDays, String source) {
        if (normDays < 1 || normDays > 730) {
            throw new InvalidFieldException("normDays", "De norm ligt tussen 1 en 730 dagen");
        }
        if (warningDays < 0 || warningDays >= normDays) {
            throw new InvalidFieldException("warningDays",
                    "De waarschuwing valt vóór het verstrijken van de norm");
        }
        if (checkInDays < 1 || checkInDays > 365) {
            throw new InvalidFieldException("checkInDays",
                    "Het overbruggingscontact ligt tussen 1 en 365 dagen");
        }
        this.normDays = normDays;
        this.warningDays = warningDays;
        this.checkInDays = checkInDays;
        if (source == null || source.isBlank()) {
            throw new InvalidFieldException("source", "Vermeld de bron van de norm");
        }
        this.source = source.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getAppliesTo() {
        return appliesTo;
    }

    public String getRegion() {
        return region;
    }

    public int getNormDays() {
        return normDays;
    }

    public int getWarningDays() {
        return warningDays;
    }

    public int getCheckInDays() {
        return checkInDays;
    }

    public String getSource() {
        return source;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public java.time.Instant getChangedAt() {
        return changedAt;
    }
}
