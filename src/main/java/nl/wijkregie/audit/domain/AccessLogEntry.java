package nl.wijkregie.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.SubjectType;

/**
 * One access to personal data (NEN 7513: what, when, whose data, by whom, in which role, for which purpose, outcome).
 * Immutable once written; its hash covers its content and the previous entry's hash in the same stripe, so editing or
 * removing an entry breaks the chain from that point on.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    private UUID id;
    @Column(nullable = false, updatable = false)
    private int stripe;
    @Column(nullable = false, updatable = false)
    private long sequence;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccessAction action;
    @Column(nullable = false, updatable = false)
    private String outcome;
    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;
    @Column(name = "user_role", nullable = false, updatable = false)
    private String userRole;
    @Column(name = "team_id", updatable = false)
    private UUID teamId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccessPurpose purpose;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    private SubjectType subjectType;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;
    @Column(nullable = false, updatable = false)
    private String source;
    @Column(name = "previous_hash", nullable = false, updatable = false)
    private byte[] previousHash;
    @Column(nullable = false, updatable = false)
    private byte[] hash;

    protected AccessLogEntry() {
    }

    /** A new entry linked to the end of {@code head}'s chain; moves the head on. */
    public static AccessLogEntry chained(ChainHead head, UUID id, Instant occurredAt, AccessAction action,
                                         String outcome, String userId, String userRole, UUID teamId,
                                         AccessPurpose purpose, SubjectType subjectType, UUID subjectId,
                                         String source) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.id = id;
        entry.stripe = head.stripe();
        entry.sequence = head.lastSequence() + 1;
        entry.occurredAt = occurredAt;
        entry.action = action;
        entry.outcome = outcome;
        entry.userId = userId;
        entry.userRole = userRole;
        entry.teamId = teamId;
        entry.purpose = purpose;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.source = source.length() > 300 ? source.substring(0, 300) : source;
        entry.previousHash = head.lastHash();
        entry.hash = entry.computeHash();
        head.advance(entry.sequence, entry.hash);
        return entry;
    }

    /**
     * The columns of an entry and, below, its values in that order: entries are written with one plain JDBC batch
     * instead of as managed entities, because they are never changed and a monthly list writes a hundred thousand.
     */
    public static final List<String> COLUMNS = List.of("id", "stripe", "sequence", "occurred_at", "action", "outcome",
            "user_id", "user_role", "team_id", "purpose", "subject_type", "subject_id", "source", "previous_hash",
            "hash");

    public List<Object> columnValues() {
        return Arrays.asList(id, stripe, sequence, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), action.name(),
                outcome, userId, userRole, teamId, purpose.name(), subjectType.name(), subjectId, source,
                previousHash, hash);
    }

    /** True when the stored hash still matches the content and follows {@code expectedPrevious}. */
    public boolean isValidAfter(byte[] expectedPrevious) {
        return Arrays.equals(previousHash, expectedPrevious) && Arrays.equals(hash, computeHash());
    }

    private byte[] computeHash() {
        String canonical = String.join("|", id.toString(), Integer.toString(stripe), Long.toString(sequence),
                occurredAt.toString(), action.name(), outcome, userId, userRole, String.valueOf(teamId),
                purpose.name(), subjectType.name(), subjectId.toString(), source);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash);
            return sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public UUID id() {
        return id;
    }

    public int stripe() {
        return stripe;
    }

    public long sequence() {
        return sequence;
    }

    public byte[] hash() {
        return hash.clone();
    }
}
