package nl.wijkregie.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.wijkregie.shared.RuleViolationException;

/**
 * A professional's name as colleagues know them. Screens show this instead of the login name, which is an account
 * detail; the login name stays the key that memberships, cases and the access log use.
 */
@Entity
@Table(name = "professional")
public class Professional {

    public static final int MAX_NAME = 100;

    @Id
    @Column(name = "user_id", length = 100)
    private String userId;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Professional() {
    }

    public Professional(String userId, String displayName, Instant now) {
        this.userId = userId;
        rename(displayName, now);
    }

    /** Returns whether the name changed. */
    public boolean rename(String newName, Instant now) {
        String trimmed = newName == null ? "" : newName.trim().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new RuleViolationException("display-name", "Een naam heeft 1 tot " + MAX_NAME + " tekens");
        }
        if (trimmed.equals(displayName)) {
            return false;
        }
        this.displayName = trimmed;
        this.updatedAt = now;
        return true;
    }

    public String userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }
}
