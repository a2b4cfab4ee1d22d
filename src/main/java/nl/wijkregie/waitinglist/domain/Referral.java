package nl.wijkregie.waitinglist.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.RuleViolationException;

/**
 * A referral (verwijzing) of one member of a case's household to a provider for a product: the dates along the chain
 * need established → request (315) → allocation (301) → start offered → care started (305) → care ended (307), each
 * with its source, the pauses, and whether it was withdrawn. Every change is checked against {@link WaitingTime}, so
 * dates never go out of order, whatever the order in which hand entries and messages arrive. The norm is copied in
 * when the request is sent, so a later change of configuration does not move a running clock.
 */
@Entity
@Table(name = "waitinglist_referral")
public class Referral {

    public enum WithdrawalReason { NO_LONGER_NEEDED, OTHER_SOLUTION, RESIDENT_DECLINED, MOVED, OTHER }

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "household_id", nullable = false)
    private UUID householdId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "member_id", nullable = false)
    private UUID memberId;

    @Column(name = "wijk_code")
    private String wijkCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralDomain domain;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(name = "provider_id", nullable = false)
    private UUID providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Column(name = "need_established_on", nullable = false)
    private LocalDate needEstablishedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "need_established_source", nullable = false)
    private Source needEstablishedSource;

    @Column(name = "request_sent_on")
    private LocalDate requestSentOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "request_sent_source")
    private Source requestSentSource;

    @Column(name = "allocated_on")
    private LocalDate allocatedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "allocated_source")
    private Source allocatedSource;

    @Column(name = "start_offered_on")
    private LocalDate startOfferedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "start_offered_source")
    private Source startOfferedSource;

    @Column(name = "care_started_on")
    private LocalDate careStartedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "care_started_source")
    private Source careStartedSource;

    @Column(name = "care_ended_on")
    private LocalDate careEndedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "care_ended_source")
    private Source careEndedSource;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    private WithdrawalReason withdrawalReason;

    @Column(name = "norm_days")
    private Integer normDays;

    @Column(name = "warning_days")
    private Integer warningDays;

    @Column(name = "check_in_days")
    private Integer checkInDays;

    @Column(name = "breached_at")
    private Instant breachedAt;

    /** Counted against the norm, kept when care starts so the waiting-time figures are one aggregate query. */
    @Column(name = "waiting_days")
    private Integer waitingDays;

    @Column(name = "resident_wish_days")
    private Integer residentWishDays;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 100)
    @JoinColumn(name = "referral_id", insertable = false, updatable = false)
    @OrderBy("from")
    private List<ReferralPause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected Referral() {
    }

    public Referral(UUID id, UUID caseId, UUID householdId, UUID teamId, UUID memberId, String wijkCode,
                    ReferralDomain domain, String productCode, UUID providerId, Urgency urgency,
                    LocalDate needEstablishedOn, String createdBy, Instant createdAt, LocalDate today) {
        this.id = id;
        this.caseId = caseId;
        this.householdId = householdId;
        this.teamId = teamId;
        this.memberId = memberId;
        this.wijkCode = wijkCode;
        this.domain = domain;
        this.productCode = productCode;
        this.providerId = providerId;
        this.urgency = urgency == null ? Urgency.REGULAR : urgency;
        LocalDate need = needEstablishedOn == null ? today : needEstablishedOn;
        notInFuture("needEstablishedOn", need, today);
        this.needEstablishedOn = need;
        this.needEstablishedSource = Source.HAND;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Records the date of a step. Returns false when nothing changed (the same date again: a re-sent message). A
     * date from a message replaces one entered by hand (the provider's administration is leading); a hand entry does
     * not replace a message's date.
     */
    public boolean record(Step step, LocalDate on, Source source, LocalDate today) {
        if (on == null) {
            throw new InvalidFieldException("on", "Vul de datum in");
        }
        notInFuture("on", on, today);
        if (withdrawnOn != null) {
            throw new RuleViolationException("referral-withdrawn", "De verwijzing is ingetrokken");
        }
        LocalDate current = dateOf(step);
        Source currentSource = sourceOf(step);
        if (on.equals(current)) {
            if (source == Source.MESSAGE && currentSource == Source.HAND) {
                set(step, on, source);
                return true;
            }
            return false;
        }
        if (current != null && currentSource == Source.MESSAGE && source == Source.HAND) {
            throw new RuleViolationException("date-from-message",
                    "Deze datum komt uit een bericht van de aanbieder en wordt niet met de hand gewijzigd");
        }
        if (step == Step.NEED_ESTABLISHED && requestSentOn != null && on.isAfter(requestSentOn)) {
            throw new InvalidFieldException("on", "De behoefte is vastgesteld vóór de aanvraag");
        }
        if (step == Step.REQUEST_SENT && on.isBefore(needEstablishedOn)) {
            throw new InvalidFieldException("on", "De aanvraag (315) ligt vóór het vaststellen van de behoefte");
        }
        if (step == Step.START_OFFERED && requestSentOn != null && on.isBefore(requestSentOn)) {
            throw new InvalidFieldException("on", "Het startaanbod ligt vóór de aanvraag (315)");
        }
        if (step != Step.REQUEST_SENT && step != Step.NEED_ESTABLISHED && requestSentOn == null) {
            throw new RuleViolationException("no-request", "Leg eerst de aanvraag (315) vast");
        }
        LocalDate previous = current;
        Source previousSource = currentSource;
        set(step, on, source);
        try {
            if (requestSentOn != null) {
                WaitingTime waited = waitingTime(today);
                if (careStartedOn != null) {
                    waitingDays = (int) waited.countedDays();
                    residentWishDays = (int) waited.residentWishDays();
                }
            }
        } catch (InvalidFieldException e) {
            set(step, previous, previousSource);
            throw new InvalidFieldException("on", e.getMessage());
        }
        return true;
    }

    /** Takes the norm that applies when the request is sent. */
    public void applyNorm(WaitingNorm norm) {
        this.normDays = norm.getNormDays();
        this.warningDays = norm.getWarningDays();
        this.checkInDays = norm.getCheckInDays();
    }

    public void pause(UUID pauseId, LocalDate from, PauseReason reason, LocalDate today) {
        if (!isWaiting() || requestSentOn == null) {
            throw new RuleViolationException("not-waiting", "Alleen een wachtende verwijzing kan gepauzeerd worden");
        }
        if (reason == null) {
            throw new InvalidFieldException("reason", "Kies de reden van de pauze");
        }
        LocalDate start = from == null ? today : from;
        notInFuture("from", start, today);
        if (start.isBefore(requestSentOn)) {
            throw new InvalidFieldException("from", "De pauze begint niet vóór de aanvraag (315)");
        }
        if (openPause() != null) {
            throw new RuleViolationException("already-paused", "De wachttijd is al gepauzeerd");
        }
        if (pauses.stream().anyMatch(p -> p.getUntil().isAfter(start))) {
            throw new InvalidFieldException("from", "De pauze begint niet vóór het einde van een eerdere pauze");
        }
        pauses.add(new ReferralPause(pauseId, id, start, reason));
    }

    public void resume(LocalDate on, LocalDate today) {
        ReferralPause open = openPause();
        if (open == null) {
            throw new RuleViolationException("not-paused", "De wachttijd is niet gepauzeerd");
        }
        LocalDate end = on == null ? today : on;
        notInFuture("on", end, today);
        if (end.isBefore(open.getFrom())) {
            throw new InvalidFieldException("on", "De pauze eindigt niet vóór haar begin");
        }
        open.end(end);
    }

    public void withdraw(LocalDate on, WithdrawalReason reason, LocalDate today) {
        if (!isWaiting()) {
            throw new RuleViolationException("not-waiting", "Alleen een wachtende verwijzing kan worden ingetrokken");
        }
        if (reason == null) {
            throw new InvalidFieldException("reason", "Kies de reden van het intrekken");
        }
        LocalDate date = on == null ? today : on;
        notInFuture("on", date, today);
        if (date.isBefore(needEstablishedOn)) {
            throw new InvalidFieldException("on", "Intrekken kan niet vóór het vaststellen van de behoefte");
        }
        ReferralPause open = openPause();
        if (open != null) {
            open.end(date);
        }
        this.withdrawnOn = date;
        this.withdrawalReason = reason;
    }

    /** The norm timer fired; returns false when it had already (a retried job). */
    public boolean markBreached(Instant at) {
        if (breachedAt != null) {
            return false;
        }
        breachedAt = at;
        return true;
    }

    /** Waiting: no care started and not withdrawn. */
    public boolean isWaiting() {
        return careStartedOn == null && withdrawnOn == null;
    }

    public WaitingTime waitingTime(LocalDate today) {
        return WaitingTime.of(requestSentOn, allocatedOn, careStartedOn, careEndedOn,
                pauses.stream().map(ReferralPause::toPause).toList(), today);
    }

    public ReferralPause openPause() {
        return pauses.stream().filter(ReferralPause::isOpen).findFirst().orElse(null);
    }

    public LocalDate dateOf(Step step) {
        return switch (step) {
            case NEED_ESTABLISHED -> needEstablishedOn;
            case REQUEST_SENT -> requestSentOn;
            case ALLOCATED -> allocatedOn;
            case START_OFFERED -> startOfferedOn;
            case CARE_STARTED -> careStartedOn;
            case CARE_ENDED -> careEndedOn;
        };
    }

    public Source sourceOf(Step step) {
        return switch (step) {
            case NEED_ESTABLISHED -> needEstablishedSource;
            case REQUEST_SENT -> requestSentSource;
            case ALLOCATED -> allocatedSource;
            case START_OFFERED -> startOfferedSource;
            case CARE_STARTED -> careStartedSource;
            case CARE_ENDED -> careEndedSource;
        };
    }

    private void set(Step step, LocalDate on, Source source) {
        Source s = on == null ? null : source;
        switch (step) {
            case NEED_ESTABLISHED -> { needEstablishedOn = on; needEstablishedSource = s; }
            case REQUEST_SENT -> { requestSentOn = on; requestSentSource = s; }
            case ALLOCATED -> { allocatedOn = on; allocatedSource = s; }
            case START_OFFERED -> { startOfferedOn = on; startOfferedSource = s; }
            case CARE_STARTED -> { careStartedOn = on; careStartedSource = s; }
            case CARE_ENDED -> { careEndedOn = on; careEndedSource = s; }
        }
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidFieldException(field, "De datum ligt niet in de toekomst");
        }
    }

    public UUID getId() { return id; }
    public UUID getCaseId() { return caseId; }
    public UUID getHouseholdId() { return householdId; }
    public UUID getTeamId() { return teamId; }
    public UUID getMemberId() { return memberId; }
    public String getWijkCode() { return wijkCode; }
    public ReferralDomain getDomain() { return domain; }
    public String getProductCode() { return productCode; }
    public UUID getProviderId() { return providerId; }
    public Urgency getUrgency() { return urgency; }
    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public WithdrawalReason getWithdrawalReason() { return withdrawalReason; }
    public Integer getNormDays() { return normDays; }
    public Integer getWarningDays() { return warningDays; }
    public Integer getCheckInDays() { return checkInDays; }
    public Instant getBreachedAt() { return breachedAt; }
    public Integer getWaitingDays() { return waitingDays; }
    public Integer getResidentWishDays() { return residentWishDays; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ReferralPause> getPauses() { return List.copyOf(pauses); }
    public long getVersion() { return version; }

    /** The team of the case moved (the household moved to another team). */
    public void moveTo(UUID teamId) {
        this.teamId = teamId;
    }
}
