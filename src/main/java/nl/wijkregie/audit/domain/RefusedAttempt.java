package nl.wijkregie.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.security.RefusalReason;

/** One refused request (table refused_attempt): who or which name, when, what was asked, and why it was refused. */
@Entity
@Table(name = "refused_attempt")
public class RefusedAttempt {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_name", length = 100)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RefusalReason reason;

    @Column(nullable = false)
    private int status;

    @Column(nullable = false, length = 10)
    private String method;

    @Column(nullable = false, length = 300)
    private String path;

    protected RefusedAttempt() {
    }

    public RefusedAttempt(UUID id, Instant occurredAt, String userName, RefusalReason reason, int status,
                          String method, String path) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.userName = userName;
        this.reason = reason;
        this.status = status;
        this.method = method;
        this.path = path;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String userName() {
        return userName;
    }

    public RefusalReason reason() {
        return reason;
    }

    public int status() {
        return status;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}
