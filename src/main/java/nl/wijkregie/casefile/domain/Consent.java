package nl.wijkregie.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;

/**
 * A member's recorded consent to (or objection against) sharing information with a domain or a named partner
 * organisation. There is no general legal basis for sharing across jeugd, Wmo and participatie, so professionals
 * check this before they share. A consent can expire or be withdrawn; the record stays, with who withdrew it when.
 */
@Entity
@Table(name = "consent")
public class Consent {

    /**
     * How a consent stands on a given day. The API still names these in Dutch (GELDIG, VERLOPEN, INGETROKKEN,
     * BEZWAAR; CaseMapper maps them): a known exception to the glossary's language rule.
     */
    public enum Standing { VALID, EXPIRED, WITHDRAWN, OBJECTED }

    public enum Decision { GIVEN, OBJECTED }

    public enum RecipientKind { DOMAIN, ORGANISATION }

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, updatable = false, length = 12)
    private RecipientKind recipientKind;

    @Column(nullable = false, updatable = false, length = 200)
    private String recipient;

    @Column(length = 500, updatable = false)
    private String purpose;

    @Column(name = "recorded_on", nullable = false, updatable = false)
    private LocalDate recordedOn;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    protected Consent() {
    }

    public static Consent record(UUID householdId, UUID memberId, Decision decision, RecipientKind recipientKind,
                                 String recipient, String purpose, LocalDate recordedOn, LocalDate expiresOn,
                                 String recordedBy, Instant now, LocalDate today) {
        if (recordedOn.isAfter(today)) {
            throw new RuleViolationException("consent-in-future", "De datum van de toestemming ligt niet in de toekomst");
        }
        if (expiresOn != null && !expiresOn.isAfter(recordedOn)) {
            throw new RuleViolationException("consent-expiry", "De toestemming verloopt na de datum waarop ze is gegeven");
        }
        if (decision == Decision.OBJECTED && expiresOn != null) {
            throw new RuleViolationException("objection-expiry", "Een bezwaar heeft geen einddatum");
        }
        if (recipientKind == RecipientKind.DOMAIN) {
            try {
                CareDomain.valueOf(recipient);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("consent-domain", "Onbekend domein: " + recipient);
            }
        }
        Consent consent = new Consent();
        consent.id = Ids.newId();
        consent.householdId = householdId;
        consent.memberId = memberId;
        consent.decision = decision;
        consent.recipientKind = recipientKind;
        consent.recipient = recipient.trim();
        consent.purpose = purpose == null || purpose.isBlank() ? null : purpose.trim();
        consent.recordedOn = recordedOn;
        consent.expiresOn = expiresOn;
        consent.recordedBy = recordedBy;
        consent.recordedAt = now;
        return consent;
    }

    /** The member took their consent back on that day; from then on nothing may be shared on its basis. */
    public void withdraw(LocalDate on, String by, long editedVersion, LocalDate today) {
        if (editedVersion != version) {
            throw new StaleVersionException("Toestemming", id, editedVersion, version);
        }
        if (decision != Decision.GIVEN) {
            throw new RuleViolationException("withdraw-objection", "Een bezwaar kan niet worden ingetrokken");
        }
        if (withdrawnOn != null) {
            throw new RuleViolationException("already-withdrawn", "Deze toestemming is al ingetrokken");
        }
        if (on.isBefore(recordedOn) || on.isAfter(today)) {
            throw new RuleViolationException("withdrawal-date",
                    "De intrekking valt tussen de datum van de toestemming en vandaag");
        }
        this.withdrawnOn = on;
        this.withdrawnBy = by;
    }

    public Standing standingOn(LocalDate day) {
        if (decision == Decision.OBJECTED) {
            return Standing.OBJECTED;
        }
        if (withdrawnOn != null && !withdrawnOn.isAfter(day)) {
            return Standing.WITHDRAWN;
        }
        if (expiresOn != null && !expiresOn.isAfter(day)) {
            return Standing.EXPIRED;
        }
        return Standing.VALID;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public Decision getDecision() {
        return decision;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
