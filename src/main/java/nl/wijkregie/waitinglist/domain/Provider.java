package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.wijkregie.shared.InvalidFieldException;

/**
 * A care provider in the register the administrator keeps: its name and its AGB code (the 8-digit code of the
 * Vektis AGB register that identifies it in iJw/iWmo messages, so an incoming message finds its referral).
 */
@Entity
@Table(name = "waitinglist_provider")
public class Provider {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "agb_code", nullable = false)
    private String agbCode;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Provider() {
    }

    public Provider(UUID id, String name, String agbCode) {
        this.id = id;
        change(name, agbCode, true);
    }

    public void change(String name, String agbCode, boolean active) {
        if (agbCode == null || !agbCode.matches("[0-9]{8}")) {
            throw new InvalidFieldException("agbCode", "Een AGB-code heeft 8 cijfers");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "Vul de naam van de aanbieder in");
        }
        this.name = name.strip();
        this.agbCode = agbCode;
        this.active = active;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAgbCode() {
        return agbCode;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
