package nl.wijkregie.signal.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;

/**
 * The handling of the signals for one address (the DDAS Vroegsignaalzaak). Signals of several creditors within the
 * matching period stack here, so the team sees the whole picture and reaches out once. The aggregate keeps the rules:
 * signals stack only while it is open, a promised contact deadline never moves later, contact attempts cannot lie in
 * the future, and an end result must fit the contact made (help accepted needs a reached resident and a known
 * household; "no contact" needs {@value #ATTEMPTS_BEFORE_GIVING_UP} attempts in at least two ways).
 */
@Entity
@Table(name = "signal_case")
public class SignalCase {

    public static final int ATTEMPTS_BEFORE_GIVING_UP = 3;
    public static final String SYSTEM = "systeem";

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "wijk_code")
    private String wijkCode;

    @Column(name = "address_key", nullable = false, updatable = false)
    private String addressKey;

    @Column(name = "household_id")
    private UUID householdId;

    @Column(name = "case_file_id")
    private UUID caseFileId;

    @Column(name = "regisseur_id")
    private String regisseurId;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_status", nullable = false)
    private MatchStatus matchStatus;

    @Column(name = "previous_case_id", updatable = false)
    private UUID previousCaseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignalCaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind", nullable = false)
    private DeadlineKind deadlineKind;

    @Column(name = "contact_deadline")
    private LocalDate contactDeadline;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "matched_on", nullable = false)
    private LocalDate matchedOn;

    @Column(name = "matching_period_start", nullable = false, updatable = false)
    private LocalDate matchingPeriodStart;

    @Column(name = "matching_period_end", nullable = false, updatable = false)
    private LocalDate matchingPeriodEnd;

    @Column(name = "picked_up_on")
    private LocalDate pickedUpOn;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_result")
    private EndResult endResult;

    @Column(name = "help_accepted")
    private Boolean helpAccepted;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "assigned_to")
    private String assignedTo;

    @OneToMany(mappedBy = "signalCase", cascade = CascadeType.PERSIST)
    @OrderBy("signalDate, receivedAt")
    private List<Signal> signals = new ArrayList<>();

    @OneToMany(mappedBy = "signalCase", cascade = CascadeType.PERSIST)
    @OrderBy("decidedAt")
    private List<TriageDecision> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "signalCase", cascade = CascadeType.PERSIST)
    @OrderBy("attemptedOn, recordedAt")
    private List<ContactAttempt> attempts = new ArrayList<>();

    @OneToMany(mappedBy = "signalCase", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt DESC")
    private List<SignalCaseNote> notes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "signal_match_candidate", joinColumns = @JoinColumn(name = "signal_case_id"))
    private List<MatchCandidate> candidates = new ArrayList<>();

    protected SignalCase() {
    }

    /**
     * Opens the case for an address. {@code link} is the known household when matched or null; {@code candidates}
     * are the households a professional must choose from when the match is uncertain.
     */
    public static SignalCase open(String addressKey, UUID teamId, String wijkCode, HouseholdLink link,
                                  List<MatchCandidate> candidates, UUID previousCaseId, Instant now, LocalDate today,
                                  Period matchingPeriod) {
        SignalCase signalCase = new SignalCase();
        signalCase.id = Ids.newId();
        signalCase.addressKey = addressKey;
        signalCase.teamId = Objects.requireNonNull(teamId);
        signalCase.wijkCode = wijkCode;
        signalCase.previousCaseId = previousCaseId;
        signalCase.status = SignalCaseStatus.OPEN;
        signalCase.priority = Priority.LAAG;
        signalCase.deadlineKind = DeadlineKind.NORM;
        signalCase.openedAt = now;
        signalCase.matchedOn = today;
        signalCase.matchingPeriodStart = today;
        signalCase.matchingPeriodEnd = today.plus(matchingPeriod);
        if (link != null) {
            signalCase.link(link);
        } else {
            signalCase.matchStatus = candidates.isEmpty() ? MatchStatus.UNKNOWN : MatchStatus.UNCERTAIN;
            signalCase.candidates.addAll(candidates);
        }
        return signalCase;
    }

    /** Adds a partner's signal; only while the case is open. */
    public Signal stack(SignalReport report, UUID memberId, Signal.Receipt receipt) {
        requireOpen();
        Signal signal = Signal.received(this, report, memberId, receipt);
        signals.add(signal);
        return signal;
    }

    /** The facts triage decides on, over all stacked signals. */
    public TriageFacts triageFacts(LocalDate today, boolean vulnerableWijk, long minimumAmountCents) {
        boolean crisis = signals.stream().anyMatch(Signal::isCrisis);
        Threat threat = signals.stream().map(Signal::getThreat).filter(t -> t != Threat.GEEN)
                .min(Comparator.naturalOrder()).orElse(Threat.GEEN);
        long amount = signals.stream().mapToLong(Signal::getAmountCents).sum();
        int creditors = (int) signals.stream().map(s -> s.getPartnerOrganisation().trim().toLowerCase())
                .distinct().count();
        int arrearsDays = (int) signals.stream()
                .mapToLong(s -> ChronoUnit.DAYS.between(s.getArrearsSince(), today)).max().orElse(0);
        return new TriageFacts(crisis, threat, amount, creditors, Math.max(0, arrearsDays), caseFileId != null,
                vulnerableWijk, minimumAmountCents);
    }

    /**
     * Records a triage decision. The priority follows the newest decision; the contact deadline only moves earlier,
     * because a deadline once promised to the resident and the law cannot be relaxed by a later signal.
     */
    public TriageDecision decide(TriageOutcome outcome, LocalDate deadline, String inputsJson, Instant now) {
        requireOpen();
        TriageDecision decision = new TriageDecision(this, now, inputsJson, outcome, deadline);
        decisions.add(decision);
        this.priority = outcome.priority();
        if (outcome.deadlineKind() != DeadlineKind.GEEN
                && (contactDeadline == null || (deadline != null && deadline.isBefore(contactDeadline)))) {
            this.contactDeadline = deadline;
            this.deadlineKind = outcome.deadlineKind();
        } else if (contactDeadline == null) {
            this.deadlineKind = DeadlineKind.GEEN;
        }
        return decision;
    }

    public boolean isPickedUp() {
        return priority != Priority.GEEN || contactDeadline != null;
    }

    /** A professional confirms which known household the signals are about (or links a newly registered one). */
    public void confirmHousehold(HouseholdLink link, long editedVersion) {
        requireVersion(editedVersion);
        requireOpen();
        if (matchStatus == MatchStatus.MATCHED) {
            throw new RuleViolationException("already-matched", "Dit signaal is al aan een huishouden gekoppeld");
        }
        link(link);
        candidates.clear();
    }

    /** None of the candidates is the right household: outreach goes to the address as unknown. */
    public void rejectCandidates(long editedVersion) {
        requireVersion(editedVersion);
        requireOpen();
        if (matchStatus != MatchStatus.UNCERTAIN) {
            throw new RuleViolationException("no-candidates", "Er zijn geen kandidaten om af te wijzen");
        }
        matchStatus = MatchStatus.UNKNOWN;
        candidates.clear();
    }

    public ContactAttempt recordAttempt(ContactKind kind, boolean reached, LocalDate attemptedOn, PartOfDay partOfDay,
                                        String recordedBy, Instant now, LocalDate today) {
        requireOpen();
        if (attemptedOn.isAfter(today)) {
            throw new RuleViolationException("attempt-in-future", "Een contactpoging kan niet in de toekomst liggen");
        }
        if (attemptedOn.isBefore(matchingPeriodStart.minusDays(1))) {
            throw new RuleViolationException("attempt-before-case",
                    "Een contactpoging kan niet vóór de ontvangst van het signaal liggen");
        }
        ContactAttempt attempt = new ContactAttempt(this, kind, reached, attemptedOn, partOfDay, recordedBy, now);
        attempts.add(attempt);
        if (pickedUpOn == null || attemptedOn.isBefore(pickedUpOn)) {
            pickedUpOn = attemptedOn;
        }
        return attempt;
    }

    /**
     * Hands the outreach to a member of the case's team (the caller checked the membership), or frees it (null).
     * Also on a closed case nothing changes any more, so only while open.
     */
    public void assign(String assignee, long editedVersion) {
        requireVersion(editedVersion);
        requireOpen();
        this.assignedTo = assignee;
    }

    /** A note while the case is open; blank notes say nothing and are refused. */
    public SignalCaseNote addNote(String text, String writtenBy, Instant now) {
        requireOpen();
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException("note-empty", "Schrijf eerst een notitie");
        }
        if (trimmed.length() > SignalCaseNote.MAX_LENGTH) {
            throw new RuleViolationException("note-too-long",
                    "Een notitie is hooguit " + SignalCaseNote.MAX_LENGTH + " tekens");
        }
        SignalCaseNote note = new SignalCaseNote(this, trimmed, writtenBy, now);
        notes.add(0, note);
        return note;
    }

    /** Ends the case with a DDAS end result; the rules say which results fit the contact made. */
    public void close(EndResult result, String closedBy, Instant now, long editedVersion) {
        requireVersion(editedVersion);
        requireOpen();
        boolean reached = attempts.stream().anyMatch(ContactAttempt::isReached);
        switch (result) {
            case BUDGETADVIES_QUICK_FIX, VERVOLGHULP_FINANCIEEL, VERVOLGHULP_NIET_FINANCIEEL, GEEN_HULP_NODIG,
                    ZELF_BETAALD, GEEN_REACTIE_NA_CONTACT -> {
                if (!reached) {
                    throw new RuleViolationException("not-reached",
                            "Leg eerst een contactpoging vast waarbij de inwoner is bereikt");
                }
            }
            case DEFINITIEF_GEEN_CONTACT -> {
                long kinds = attempts.stream().map(ContactAttempt::getKind).distinct().count();
                if (reached || attempts.size() < ATTEMPTS_BEFORE_GIVING_UP || kinds < 2) {
                    throw new RuleViolationException("too-few-attempts", "Definitief geen contact vraagt minstens "
                            + ATTEMPTS_BEFORE_GIVING_UP + " contactpogingen op minstens twee manieren, zonder contact");
                }
            }
            default -> {
            }
        }
        if (result.helpAccepted() && matchStatus != MatchStatus.MATCHED) {
            throw new RuleViolationException("household-unknown",
                    "Koppel eerst het huishouden (of registreer het) voordat hulp start");
        }
        finish(result, closedBy, now);
    }

    /** Triage decided the signals are not picked up (below the municipal threshold). */
    public void closeNotPickedUp(Instant now) {
        requireOpen();
        finish(EndResult.NIET_OPGEPAKT_ANDERE_REDEN, SYSTEM, now);
    }

    /** The contact deadline passed without an end result: the team lead is told. Idempotent. */
    public boolean escalate(Instant now) {
        if (status != SignalCaseStatus.OPEN || escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        return true;
    }

    public boolean isOverdue(LocalDate today) {
        return status == SignalCaseStatus.OPEN && contactDeadline != null && contactDeadline.isBefore(today);
    }

    /** The creditors (distinct organisations) whose signals stack here. */
    public List<String> creditors() {
        return signals.stream().map(Signal::getPartnerOrganisation).distinct().toList();
    }

    private void finish(EndResult result, String by, Instant now) {
        this.endResult = result;
        this.helpAccepted = result.helpAccepted();
        this.status = SignalCaseStatus.CLOSED;
        this.closedAt = now;
        this.closedBy = by;
    }

    private void link(HouseholdLink link) {
        if (!link.teamId().equals(teamId)) {
            this.assignedTo = null;
        }
        this.householdId = link.householdId();
        this.teamId = link.teamId();
        if (link.wijkCode() != null) {
            this.wijkCode = link.wijkCode();
        }
        this.caseFileId = link.caseFileId();
        this.regisseurId = link.regisseurId();
        this.matchStatus = MatchStatus.MATCHED;
    }

    private void requireOpen() {
        if (status != SignalCaseStatus.OPEN) {
            throw new RuleViolationException("signal-case-closed", "Deze signaalzaak is afgesloten");
        }
    }

    private void requireVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new StaleVersionException("Signaalzaak", id, editedVersion, version);
        }
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public String getWijkCode() {
        return wijkCode;
    }

    public String getAddressKey() {
        return addressKey;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public UUID getCaseFileId() {
        return caseFileId;
    }

    public String getRegisseurId() {
        return regisseurId;
    }

    public MatchStatus getMatchStatus() {
        return matchStatus;
    }

    public UUID getPreviousCaseId() {
        return previousCaseId;
    }

    public SignalCaseStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public DeadlineKind getDeadlineKind() {
        return deadlineKind;
    }

    public LocalDate getContactDeadline() {
        return contactDeadline;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public LocalDate getMatchedOn() {
        return matchedOn;
    }

    public LocalDate getMatchingPeriodStart() {
        return matchingPeriodStart;
    }

    public LocalDate getMatchingPeriodEnd() {
        return matchingPeriodEnd;
    }

    public LocalDate getPickedUpOn() {
        return pickedUpOn;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public EndResult getEndResult() {
        return endResult;
    }

    public Boolean getHelpAccepted() {
        return helpAccepted;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public List<Signal> getSignals() {
        return signals;
    }

    public List<TriageDecision> getDecisions() {
        return decisions;
    }

    public List<ContactAttempt> getAttempts() {
        return attempts;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public List<SignalCaseNote> getNotes() {
        return notes;
    }

    public List<MatchCandidate> getCandidates() {
        return candidates;
    }
}
