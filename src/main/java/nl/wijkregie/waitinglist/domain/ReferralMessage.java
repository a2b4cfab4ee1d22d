package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An iJw/iWmo event as received, once per distinct event (its key): applied to a referral, unchanged (the referral
 * already had that date), unmatched (no open referral for this member, product and provider) or rejected (a BSN not
 * living in the municipality, a date out of order). Unmatched and rejected events stay listed; none is dropped.
 */
@Entity
@Table(name = "waitinglist_message")
public class ReferralMessage {

    public enum Status { APPLIED, UNCHANGED, UNMATCHED, REJECTED }

    @Id
    private UUID id;

    @Column(name = "message_key", nullable = false)
    private String key;

    @Column(name = "import_id", nullable = false)
    private UUID importId;

    @Column(name = "row_number", nullable = false)
    private int rowNumber;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String bsn;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(name = "agb_code", nullable = false)
    private String agbCode;

    @Column(name = "event_on", nullable = false)
    private LocalDate on;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String reason;

    @Column(name = "referral_id")
    private UUID referralId;

    @Column(name = "team_id")
    private UUID teamId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ReferralMessage() {
    }

    /** With the row's key as already computed (a hash: the import computes it once per row). */
    public ReferralMessage(UUID importId, MessageRow row, String key, Status status, String reason, UUID referralId,
                           UUID teamId, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.importId = importId;
        this.rowNumber = row.rowNumber();
        this.kind = row.kind();
        this.bsn = row.bsn();
        this.productCode = row.productCode();
        this.agbCode = row.agbCode();
        this.on = row.on();
        this.status = status;
        this.reason = reason;
        this.referralId = referralId;
        this.teamId = teamId;
        this.receivedAt = receivedAt;
    }

    /** Whether matching it again may change anything: unmatched, or rejected because the BSN was not known. */
    public boolean isOpen() {
        return status == Status.UNMATCHED || status == Status.REJECTED;
    }

    /** The event as a checked row again, to match it anew. */
    public MessageRow asRow() {
        return new MessageRow(rowNumber, kind, bsn, productCode, agbCode, on, java.util.List.of());
    }

    /** The outcome of matching it again (by the administrator, once the referral or the resident exists). */
    public void rematched(Status status, String reason, UUID referralId, UUID teamId) {
        this.status = status;
        this.reason = reason;
        this.referralId = referralId;
        this.teamId = teamId;
    }

    /**
     * The BSN as the lists show it, only its last three digits: the administrator needs to recognise an event, not to
     * read a whole BSN of someone the wijkteam may have no case for.
     */
    public String getMaskedBsn() {
        return "******" + bsn.substring(Math.max(0, bsn.length() - 3));
    }

    /** The product category's name from the shipped list, for the screen; the code when it is not on the list. */
    public String getProductName() {
        return ProductCatalogue.shipped().find(productCode).map(ProductCatalogue.Product::name).orElse(productCode);
    }

    public UUID getId() { return id; }
    public String getKey() { return key; }
    public UUID getImportId() { return importId; }
    public int getRowNumber() { return rowNumber; }
    public String getKind() { return kind; }
    public String getBsn() { return bsn; }
    public String getProductCode() { return productCode; }
    public String getAgbCode() { return agbCode; }
    public LocalDate getOn() { return on; }
    public Status getStatus() { return status; }
    public String getReason() { return reason; }
    public UUID getReferralId() { return referralId; }
    public UUID getTeamId() { return teamId; }
    public Instant getReceivedAt() { return receivedAt; }
}
