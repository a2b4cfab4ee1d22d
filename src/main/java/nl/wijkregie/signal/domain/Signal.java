package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/**
 * One signal of payment arrears from one partner (the DDAS Vroegsignaal). It is never changed after receipt: what the
 * partner said stays as they said it; the municipality's work is on the {@link SignalCase} it belongs to.
 */
@Entity
@Table(name = "signal")
public class Signal {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signal_case_id", nullable = false, updatable = false)
    private SignalCase signalCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, updatable = false)
    private PartnerType partnerType;

    @Column(name = "partner_organisation", nullable = false, updatable = false)
    private String partnerOrganisation;

    @Column(name = "partner_reference", nullable = false, updatable = false)
    private String partnerReference;

    @Column(name = "partner_account", updatable = false)
    private String partnerAccount;

    @Column(updatable = false)
    private String initials;

    @Column(name = "first_name", updatable = false)
    private String firstName;

    @Column(name = "surname_prefix", updatable = false)
    private String surnamePrefix;

    @Column(nullable = false, updatable = false)
    private String surname;

    @Column(name = "date_of_birth", nullable = false, updatable = false)
    private LocalDate dateOfBirth;

    @Column(nullable = false, updatable = false)
    private String street;

    @Column(name = "house_number", nullable = false, updatable = false)
    private int houseNumber;

    @Column(name = "house_number_addition", updatable = false)
    private String houseNumberAddition;

    @Column(nullable = false, updatable = false)
    private String postcode;

    @Column(nullable = false, updatable = false)
    private String town;

    @Column(updatable = false)
    private String phone;

    @Column(updatable = false)
    private String email;

    @Column(name = "amount_cents", nullable = false, updatable = false)
    private long amountCents;

    @Column(name = "arrears_since", nullable = false, updatable = false)
    private LocalDate arrearsSince;

    @Column(name = "signal_date", nullable = false, updatable = false)
    private LocalDate signalDate;

    @Column(nullable = false, updatable = false)
    private boolean crisis;

    @Column(name = "warm_handover", nullable = false, updatable = false)
    private boolean warmHandover;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Threat threat;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false)
    private String receivedBy;

    @Column(name = "batch_id", updatable = false)
    private UUID batchId;

    @Column(name = "batch_row", updatable = false)
    private Integer batchRow;

    protected Signal() {
    }

    static Signal received(SignalCase signalCase, SignalReport report, UUID memberId, Receipt receipt) {
        Signal signal = new Signal();
        signal.id = Ids.newId();
        signal.signalCase = signalCase;
        signal.partnerType = report.partnerType();
        signal.partnerOrganisation = report.partnerOrganisation();
        signal.partnerReference = report.partnerReference();
        signal.partnerAccount = receipt.partnerAccount();
        signal.initials = report.initials();
        signal.firstName = report.firstName();
        signal.surnamePrefix = report.surnamePrefix();
        signal.surname = report.surname();
        signal.dateOfBirth = report.dateOfBirth();
        signal.street = report.street();
        signal.houseNumber = report.houseNumber();
        signal.houseNumberAddition = report.houseNumberAddition();
        signal.postcode = report.postcode();
        signal.town = report.town();
        signal.phone = report.phone();
        signal.email = report.email();
        signal.amountCents = report.amountCents();
        signal.arrearsSince = report.arrearsSince();
        signal.signalDate = report.signalDate();
        signal.crisis = report.crisis();
        signal.warmHandover = report.warmHandover();
        signal.threat = report.threat() == null ? Threat.GEEN : report.threat();
        signal.memberId = memberId;
        signal.receivedAt = receipt.receivedAt();
        signal.receivedBy = receipt.receivedBy();
        signal.batchId = receipt.batchId();
        signal.batchRow = receipt.batchRow();
        return signal;
    }

    /** Who delivered the signal and how: by API, by hand, or as row {@code batchRow} of a batch. */
    public record Receipt(String receivedBy, String partnerAccount, Instant receivedAt, UUID batchId,
                          Integer batchRow) {
    }

    void linkMember(UUID member) {
        this.memberId = member;
    }

    public UUID getId() {
        return id;
    }

    public SignalCase getSignalCase() {
        return signalCase;
    }

    public PartnerType getPartnerType() {
        return partnerType;
    }

    public String getPartnerOrganisation() {
        return partnerOrganisation;
    }

    public String getPartnerReference() {
        return partnerReference;
    }

    public String getPartnerAccount() {
        return partnerAccount;
    }

    public String getInitials() {
        return initials;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getSurnamePrefix() {
        return surnamePrefix;
    }

    public String getSurname() {
        return surname;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getStreet() {
        return street;
    }

    public int getHouseNumber() {
        return houseNumber;
    }

    public String getHouseNumberAddition() {
        return houseNumberAddition;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getTown() {
        return town;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public LocalDate getArrearsSince() {
        return arrearsSince;
    }

    public LocalDate getSignalDate() {
        return signalDate;
    }

    public boolean isCrisis() {
        return crisis;
    }

    public boolean isWarmHandover() {
        return warmHandover;
    }

    public Threat getThreat() {
        return threat;
    }

    public UUID getMemberId() {
        return memberId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public UUID getBatchId() {
        return batchId;
    }

    public Integer getBatchRow() {
        return batchRow;
    }
}
