package nl.wijkregie.casefile.domain;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;

/**
 * The integrated case of one household ("1 gezin, 1 plan, 1 regisseur"): its phase, the domains involved, the
 * regisseur and other professionals, and how it ended. The aggregate keeps its lifecycle: only the transitions of
 * {@link CaseStatus#next()} are possible, closing needs a reason and an outcome, and a closed case no longer changes.
 * Every change bumps the version, so the second of two concurrent writers gets a conflict.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_REASON = 500;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "case_number", nullable = false, updatable = false, length = 20)
    private String caseNumber;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CaseStatus status;

    @Column(name = "regisseur_id", length = 100)
    private String regisseurId;

    @ElementCollection
    @CollectionTable(name = "case_professional", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "user_id", length = 100)
    private Set<String> involvedProfessionals = new LinkedHashSet<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DomainAssignment> domains = new ArrayList<>();

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 100)
    private String openedBy;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "status_reason", length = MAX_REASON)
    private String statusReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 30)
    private ClosingReason closingReason;

    @Column(name = "outcome_summary", length = MAX_SUMMARY)
    private String outcomeSummary;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CaseFile() {
    }

    /**
     * A new case in AANGEMELD; {@code dueOn} is when the intake should have happened, {@code caseNumber} the next
     * number of the year (e.g. 2026-000123) that people quote on the phone.
     */
    public static CaseFile open(UUID householdId, UUID teamId, String openedBy, String regisseurId, Instant now,
                                LocalDate dueOn, String caseNumber) {
        CaseFile caseFile = new CaseFile();
        caseFile.id = Ids.newId();
        caseFile.caseNumber = caseNumber;
        caseFile.householdId = householdId;
        caseFile.teamId = teamId;
        caseFile.status = CaseStatus.AANGEMELD;
        caseFile.regisseurId = regisseurId;
        caseFile.openedAt = now.truncatedTo(ChronoUnit.MICROS);
        caseFile.openedBy = openedBy;
        caseFile.statusChangedAt = caseFile.openedAt;
        caseFile.dueOn = dueOn;
        caseFile.updatedAt = caseFile.openedAt;
        return caseFile;
    }

    /**
     * Moves the case on to another phase; {@code dueOn} is the norm for finishing the new phase. A step back needs a
     * {@code reason}; a forward step may have one.
     */
    public void moveTo(CaseStatus target, long editedVersion, LocalDate dueOn, String reason, Instant now) {
        requireVersion(editedVersion);
        if (target == CaseStatus.AFGESLOTEN) {
            throw new RuleViolationException("closing-needs-reason", "Sluit een zaak af met een reden en een uitkomst");
        }
        requireTransition(target);
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        if (status.isBackStepTo(target) && trimmed == null) {
            throw new RuleViolationException("back-step-needs-reason",
                    "Geef een reden om terug te gaan van " + status.label() + " naar " + target.label());
        }
        if (trimmed != null && trimmed.length() > MAX_REASON) {
            throw new RuleViolationException("reason-too-long", "De reden is hooguit " + MAX_REASON + " tekens");
        }
        this.statusReason = trimmed;
        this.status = target;
        this.statusChangedAt = now;
        this.dueOn = dueOn;
        this.updatedAt = now;
    }

    /**
     * A step the eigen regie plan's process takes (ADR 0021): no edited version to check, because the process decides
     * and not a screen; a step back carries the process's reason for the timeline.
     */
    public void followProcess(CaseStatus target, LocalDate dueOn, String reason, Instant now) {
        requireTransition(target);
        if (target == CaseStatus.AFGESLOTEN) {
            throw new RuleViolationException("closing-needs-reason", "Sluit een zaak af met een reden en een uitkomst");
        }
        this.statusReason = status.isBackStepTo(target) ? reason : null;
        this.status = target;
        this.statusChangedAt = now;
        this.dueOn = dueOn;
        this.updatedAt = now;
    }

    /** The plan's final evaluation closes the case (ADR 0021); the same rules as closing by hand, no version. */
    public void closeByProcess(ClosingReason reason, String summary, Instant now) {
        close(reason, summary, version, now);
    }

    public void close(ClosingReason reason, String summary, long editedVersion, Instant now) {
        requireVersion(editedVersion);
        requireTransition(CaseStatus.AFGESLOTEN);
        if (reason == null || summary == null || summary.isBlank()) {
            throw new RuleViolationException("closing-needs-reason",
                    "Geef bij het afsluiten een reden en een korte samenvatting van de uitkomst");
        }
        this.status = CaseStatus.AFGESLOTEN;
        this.statusReason = null;
        this.closingReason = reason;
        this.outcomeSummary = summary.trim();
        this.closedAt = now;
        this.statusChangedAt = now;
        this.dueOn = null;
        this.updatedAt = now;
    }

    /** Replaces the domains involved; the members must belong to the household ({@code householdMembers}). */
    public void involveDomains(Collection<DomainInvolvement> involvements, Set<UUID> householdMembers,
                               long editedVersion, Instant now) {
        requireVersion(editedVersion);
        requireOpen();
        for (DomainInvolvement involvement : involvements) {
            if (involvement.memberId() != null && !householdMembers.contains(involvement.memberId())) {
                throw new RuleViolationException("member-not-in-household", "Dit lid hoort niet bij het huishouden");
            }
        }
        Set<DomainInvolvement> wanted = new LinkedHashSet<>(involvements);
        domains.removeIf(d -> wanted.stream().noneMatch(d::sameAs));
        for (DomainInvolvement involvement : wanted) {
            if (domains.stream().noneMatch(d -> d.sameAs(involvement))) {
                domains.add(new DomainAssignment(this, involvement.domain(), involvement.memberId()));
            }
        }
        this.updatedAt = now;
    }

    /** Adds a domain for the household if it is not involved yet (other modules, e.g. debt help after a signal). */
    public boolean involveDomain(CareDomain domain, Instant now) {
        requireOpen();
        if (domains.stream().anyMatch(d -> d.getDomain() == domain && d.getMemberId() == null)) {
            return false;
        }
        domains.add(new DomainAssignment(this, domain, null));
        this.updatedAt = now;
        return true;
    }

    /**
     * Names the regisseur and the other professionals. Everyone must work in the owning team ({@code teamMembers});
     * a case without regisseur is allowed (it waits for the team lead).
     */
    public void assign(String newRegisseur, Collection<String> professionals, Set<String> teamMembers,
                       Long editedVersion, Instant now) {
        if (editedVersion != null) {
            requireVersion(editedVersion);
        }
        requireOpen();
        if (newRegisseur != null && !teamMembers.contains(newRegisseur)) {
            throw new RuleViolationException("regisseur-not-in-team", newRegisseur + " werkt niet in het team van deze zaak");
        }
        List<String> outsiders = professionals.stream().filter(p -> !teamMembers.contains(p)).toList();
        if (!outsiders.isEmpty()) {
            throw new RuleViolationException("professional-not-in-team",
                    String.join(", ", outsiders) + " werkt niet in het team van deze zaak");
        }
        this.regisseurId = newRegisseur;
        this.involvedProfessionals.clear();
        professionals.stream().filter(p -> !p.equals(newRegisseur)).forEach(involvedProfessionals::add);
        this.updatedAt = now;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    public boolean isRegisseur(String userId) {
        return userId != null && userId.equals(regisseurId);
    }

    private void requireTransition(CaseStatus target) {
        if (!status.next().contains(target)) {
            String allowed = status.next().isEmpty() ? "geen: de zaak is afgesloten"
                    : status.next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new RuleViolationException("invalid-transition",
                    "Van " + status + " kan de zaak niet naar " + target + ". Mogelijk: " + allowed);
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new RuleViolationException("case-closed", "De zaak is afgesloten en verandert niet meer");
        }
    }

    private void requireVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new StaleVersionException("Zaak", id, editedVersion, version);
        }
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

    public UUID getTeamId() {
        return teamId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Set<CaseStatus> getAllowedTransitions() {
        return status.next();
    }

    public String getRegisseurId() {
        return regisseurId;
    }

    public Set<String> getInvolvedProfessionals() {
        return Set.copyOf(involvedProfessionals);
    }

    public List<DomainAssignment> getDomains() {
        return List.copyOf(domains);
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public ClosingReason getClosingReason() {
        return closingReason;
    }

    public String getOutcomeSummary() {
        return outcomeSummary;
    }
}
