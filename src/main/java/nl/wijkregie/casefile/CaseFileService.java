package nl.wijkregie.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.casefile.domain.CareDomain;
import nl.wijkregie.casefile.domain.CaseFile;
import nl.wijkregie.casefile.domain.CaseStatus;
import nl.wijkregie.casefile.domain.ClosingReason;
import nl.wijkregie.casefile.domain.Consent;
import nl.wijkregie.casefile.domain.DomainAssignment;
import nl.wijkregie.casefile.domain.DomainInvolvement;
import nl.wijkregie.casefile.domain.JournalEntry;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.casefile.persistence.CaseFileRepository;
import nl.wijkregie.casefile.persistence.ConsentRepository;
import nl.wijkregie.casefile.persistence.JournalRepository;
import nl.wijkregie.casefile.persistence.TimelineRepository;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.HouseholdView;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.ProfessionalNames;
import nl.wijkregie.security.TeamDirectory;
import nl.wijkregie.security.TeamId;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.shared.RuleViolationException;

/**
 * Use cases on case files, one transaction each, with the need-to-know check first: a case outside the user's teams
 * is "not found"; confidential notes are filtered in the query. Every call that touches a case's personal data writes
 * one access-log entry per case, in the same transaction.
 */
@ApplicationScoped
public class CaseFileService {

    static final String MODULE = "casefile";

    @Inject
    CaseFileRepository cases;

    @Inject
    JournalRepository journal;

    @Inject
    TimelineRepository timeline;

    @Inject
    ConsentRepository consents;

    @Inject
    HouseholdService households;

    @Inject
    TeamDirectory teams;

    @Inject
    ProfessionalNames professionalNames;

    @Inject
    CaseNorms norms;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Object> events;

    @Inject
    Clock clock;

    /** Opens a new case for a household whose earlier case was closed (or that never had one). */
    @Transactional
    public CaseFileDetails open(UUID householdId) {
        HouseholdView household = households.viewInScope(new HouseholdId(householdId));
        CaseFile caseFile = openCase(household.id(), household.teamId(), currentUser.userId(), null);
        accessLog.record(AccessAction.CREATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return details(caseFile, household);
    }

    /** Opens the case of a new household or of another module's finding; refuses a second open case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile openCase(UUID householdId, UUID teamId, String openedBy, String regisseurId) {
        if (cases.openCaseOf(householdId).isPresent()) {
            throw new RuleViolationException("one-open-case", "Dit huishouden heeft al een open zaak");
        }
        Instant now = clock.instant();
        CaseFile caseFile = CaseFile.open(householdId, teamId, openedBy, regisseurId, now,
                norms.dueOn(CaseStatus.AANGEMELD, today()), cases.nextCaseNumber(now));
        cases.add(caseFile);
        cases.flush();
        events.fire(new CaseFileEvents.CaseOpened(caseFile.getId(), householdId, teamId, domainCodes(caseFile),
                regisseurId, now, openedBy));
        return caseFile;
    }

    /** The open case of each household, as ids and regisseur only: other modules route work with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<HouseholdId, OpenCaseRef> openCasesOf(Collection<HouseholdId> householdIds) {
        Map<HouseholdId, OpenCaseRef> open = new HashMap<>();
        cases.openCasesOf(householdIds.stream().map(HouseholdId::value).toList())
                .forEach((household, caseFile) -> open.put(new HouseholdId(household), caseFile));
        return open;
    }

    /**
     * Help was accepted after an early signal: the household's open case gets the debt domain, or a new case is
     * opened with it. Both leave a line on the timeline. Returns the case id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseId startDebtHelp(HouseholdId householdId, TeamId teamId, String actorId, String sourceModule,
                                UUID sourceId) {
        Instant now = clock.instant();
        CaseFile caseFile = cases.openCaseOf(householdId.value()).orElse(null);
        if (caseFile == null) {
            caseFile = openCase(householdId.value(), teamId.value(), actorId, actorId);
        }
        if (caseFile.involveDomain(CareDomain.SCHULDEN, now)) {
            events.fire(new CaseFileEvents.DebtHelpStarted(caseFile.getId(), householdId.value(),
                    caseFile.getTeamId(),
                    sourceModule, sourceId, now, actorId));
        }
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return new CaseId(caseFile.getId());
    }

    /**
     * The case in the user's scope (another team's case is "not found"), for a module that keeps its own data on the
     * case. Logs nothing: the caller logs the access to what it reads or writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseRef caseInScope(CaseId id) {
        CaseFile caseFile = findInScope(id.value());
        return new CaseRef(caseFile.getId(), caseFile.getHouseholdId(), caseFile.getTeamId(),
                caseFile.getStatus().isOpen());
    }

    /** Whether the case (in the user's scope) involves a care domain, by code (e.g. JEUGD). Logs nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean involves(CaseId id, String domain) {
        return findInScope(id.value()).getDomains().stream().anyMatch(d -> d.getDomain().name().equals(domain));
    }

    /**
     * The eigen regie plan's process moves the case (ADR 0021): to {@code target}, through the forward phases in
     * between (AANGEMELD → INTAKE → PLAN), or closes it with a reason and summary. A status the case cannot reach
     * from where it is (someone moved it by hand) is left as it is: the process never fails on it. No scope check
     * (the process runs without a user; the plan module checked the scope when it started) and no access-log entry
     * (the plan module logs its own access). Returns whether the case moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean followPlan(CaseId id, String target, String closingReason, String outcomeSummary,
                              String reason, String actorId) {
        CaseFile caseFile = cases.find(id.value()).orElseThrow(() -> new NotFoundException("Zaak", id.value()));
        CaseStatus to = CaseStatus.valueOf(target);
        boolean moved = false;
        while (caseFile.getStatus().isOpen() && caseFile.getStatus() != to) {
            CaseStatus from = caseFile.getStatus();
            CaseStatus step = from.next().contains(to) ? to
                    : to.ordinal() > from.ordinal() ? CaseStatus.values()[from.ordinal() + 1] : null;
            if (step == null || !from.next().contains(step)) {
                break;
            }
            LocalDate previousDueOn = caseFile.getDueOn();
            Instant now = clock.instant();
            if (step == CaseStatus.AFGESLOTEN) {
                caseFile.closeByProcess(ClosingReason.valueOf(closingReason), outcomeSummary, now);
            } else {
                caseFile.followProcess(step, norms.dueOn(step, today()), reason, now);
            }
            if (from == CaseStatus.AANGEMELD && step == CaseStatus.INTAKE) {
                households.intakePlanned(new HouseholdId(caseFile.getHouseholdId()));
            }
            boolean closed = step == CaseStatus.AFGESLOTEN;
            events.fire(new CaseFileEvents.StatusChanged(caseFile.getId(), caseFile.getHouseholdId(),
                    caseFile.getTeamId(), from.name(), step.name(), closed ? closingReason : null, now, actorId,
                    previousDueOn, caseFile.getDueOn()));
            if (closed) {
                events.fire(new CaseFileEvents.CaseClosed(caseFile.getId(), caseFile.getHouseholdId(),
                        caseFile.getTeamId(), closingReason, domainCodes(caseFile), true, caseFile.getOpenedAt(),
                        now, actorId));
            }
            moved = true;
        }
        return moved;
    }

    @Transactional
    public CaseFileDetails get(UUID id) {
        CaseFile caseFile = cases.findForReading(id).orElseThrow(() -> new NotFoundException("Zaak", id));
        currentUser.requireMemberOf(caseFile.getTeamId(), "Zaak", id);
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return details(caseFile);
    }

    @Transactional
    public CaseloadPage caseload(CaseloadQuery query) {
        CaseloadPage page = cases.caseload(currentUser.teamIds(), currentUser.userId(), query, today());
        accessLog.recordAll(AccessAction.READ, AccessPurpose.CASEWORK, page.items().stream()
                .map(c -> new AccessedSubject(SubjectType.CASE, c.id(), c.teamId())).toList());
        return page;
    }

    /**
     * Moves the case to another phase, or closes it (then with reason and outcome). A step back needs
     * {@code statusReason}, which the timeline shows with the deadline's change.
     */
    @Transactional
    public CaseFileDetails transition(UUID id, long editedVersion, CaseStatus target, ClosingReason reason,
                                      String outcomeSummary, String statusReason) {
        CaseFile caseFile = findInScope(id);
        CaseStatus from = caseFile.getStatus();
        LocalDate previousDueOn = caseFile.getDueOn();
        Instant now = clock.instant();
        if (target == CaseStatus.AFGESLOTEN) {
            caseFile.close(reason, outcomeSummary, editedVersion, now);
        } else {
            caseFile.moveTo(target, editedVersion, norms.dueOn(target, today()), statusReason, now);
        }
        if (from == CaseStatus.AANGEMELD && target == CaseStatus.INTAKE) {
            households.intakePlanned(new HouseholdId(caseFile.getHouseholdId()));
        }
        String actor = currentUser.userId();
        boolean closed = target == CaseStatus.AFGESLOTEN;
        events.fire(new CaseFileEvents.StatusChanged(caseFile.getId(), caseFile.getHouseholdId(),
                caseFile.getTeamId(), from.name(), target.name(), closed ? reason.name() : null, now, actor,
                previousDueOn, caseFile.getDueOn()));
        if (closed) {
            events.fire(new CaseFileEvents.CaseClosed(caseFile.getId(), caseFile.getHouseholdId(),
                    caseFile.getTeamId(), reason.name(), domainCodes(caseFile),
                    caseFile.getOutcomeSummary() != null && !caseFile.getOutcomeSummary().isBlank(),
                    caseFile.getOpenedAt(), now, actor));
        }
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return details(caseFile);
    }

    @Transactional
    public CaseFileDetails changeDomains(UUID id, long editedVersion, List<DomainInvolvement> involvements) {
        CaseFile caseFile = findInScope(id);
        HouseholdView household = households.viewInScope(new HouseholdId(caseFile.getHouseholdId()));
        Set<UUID> memberIds = household.members().stream().map(HouseholdView.MemberView::id)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        caseFile.involveDomains(involvements, memberIds, editedVersion, now);
        events.fire(new CaseFileEvents.DomainsChanged(caseFile.getId(), caseFile.getHouseholdId(),
                caseFile.getTeamId(), codes(involvements.stream().map(DomainInvolvement::domain).toList()), now,
                currentUser.userId()));
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return details(caseFile, household);
    }

    /** Names the regisseur and involved professionals of one case. */
    @Transactional
    public CaseFileDetails assign(UUID id, long editedVersion, String regisseurId, List<String> professionals) {
        CaseFile caseFile = findInScope(id);
        String before = caseFile.getRegisseurId();
        Instant now = clock.instant();
        caseFile.assign(regisseurId, professionals, teams.membersOf(caseFile.getTeamId()), editedVersion, now);
        fireReassigned(caseFile, before, now);
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return details(caseFile);
    }

    /**
     * A team lead hands several cases to another regisseur at once (someone leaves, or the caseload is rebalanced).
     * All or nothing: one case outside the lead's teams, closed, or a new regisseur outside a case's team refuses all.
     */
    @Transactional
    public List<CaseFile> reassign(List<UUID> caseIds, String newRegisseur) {
        Set<UUID> unique = new LinkedHashSet<>(caseIds);
        Map<UUID, CaseFile> found = cases.findAll(unique).stream()
                .collect(Collectors.toMap(CaseFile::getId, Function.identity()));
        Instant now = clock.instant();
        for (UUID id : unique) {
            CaseFile caseFile = found.get(id);
            if (caseFile == null) {
                throw new NotFoundException("Zaak", id);
            }
            currentUser.requireMemberOf(caseFile.getTeamId(), "Zaak", id);
            String before = caseFile.getRegisseurId();
            caseFile.assign(newRegisseur, caseFile.getInvolvedProfessionals(), teams.membersOf(caseFile.getTeamId()),
                    null, now);
            fireReassigned(caseFile, before, now);
        }
        List<CaseFile> reassigned = unique.stream().map(found::get).toList();
        accessLog.recordAll(AccessAction.UPDATE, AccessPurpose.CASEWORK,
                reassigned.stream().map(CaseFileService::subjectOf).toList());
        return reassigned;
    }

    @Transactional
    public Page<JournalEntry> journal(UUID id, PageRequest request) {
        CaseFile caseFile = findInScope(id);
        Page<JournalEntry> page = journal.readableEntries(id, currentUser.userId(),
                caseFile.isRegisseur(currentUser.userId()), request);
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return page;
    }

    @Transactional
    public JournalEntry writeNote(UUID id, String text, CareDomain domain, Set<UUID> memberIds,
                                  boolean confidential) {
        CaseFile caseFile = findInScope(id);
        HouseholdView household = households.viewInScope(new HouseholdId(caseFile.getHouseholdId()));
        Set<UUID> householdMembers = household.members().stream().map(HouseholdView.MemberView::id)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        JournalEntry entry = JournalEntry.write(caseFile, currentUser.userId(), text, domain, memberIds,
                householdMembers, confidential, now);
        journal.add(entry);
        events.fire(new CaseFileEvents.JournalEntryAdded(caseFile.getId(), caseFile.getHouseholdId(), entry.getId(),
                domain == null ? null : domain.name(), confidential, now, currentUser.userId()));
        accessLog.record(AccessAction.CREATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return entry;
    }

    @Transactional
    public Page<TimelineEvent> timeline(UUID id, PageRequest request) {
        CaseFile caseFile = findInScope(id);
        Page<TimelineEvent> page = timeline.visibleEvents(caseFile.getHouseholdId(), currentUser.userId(),
                caseFile.isRegisseur(currentUser.userId()), request);
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return page;
    }

    @Transactional
    public List<Consent> consents(UUID id) {
        CaseFile caseFile = findInScope(id);
        List<Consent> list = consents.ofHousehold(caseFile.getHouseholdId());
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return list;
    }

    @Transactional
    public Consent recordConsent(UUID id, UUID memberId, Consent.Decision decision, Consent.RecipientKind kind,
                                 String recipient, String purpose, LocalDate recordedOn, LocalDate expiresOn) {
        CaseFile caseFile = findInScope(id);
        HouseholdView household = households.viewInScope(new HouseholdId(caseFile.getHouseholdId()));
        HouseholdView.MemberView member = household.members().stream().filter(m -> m.id().equals(memberId))
                .findFirst().orElseThrow(() -> new RuleViolationException("member-not-in-household",
                        "Dit lid hoort niet bij het huishouden"));
        Instant now = clock.instant();
        Consent consent = Consent.record(household.id(), memberId, decision, kind, recipient, purpose, recordedOn,
                expiresOn, currentUser.userId(), now, today());
        consents.add(consent);
        events.fire(new CaseFileEvents.ConsentRecorded(caseFile.getId(), household.id(), consent.getId(), member.id(),
                decision.name(), kind.name(), now, currentUser.userId()));
        accessLog.record(AccessAction.CREATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return consent;
    }

    @Transactional
    public Consent withdrawConsent(UUID id, UUID consentId, long editedVersion, LocalDate withdrawnOn) {
        CaseFile caseFile = findInScope(id);
        Consent consent = consents.find(consentId).filter(c -> c.getHouseholdId().equals(caseFile.getHouseholdId()))
                .orElseThrow(() -> new NotFoundException("Toestemming", consentId));
        Instant now = clock.instant();
        consent.withdraw(withdrawnOn, currentUser.userId(), editedVersion, today());
        events.fire(new CaseFileEvents.ConsentWithdrawn(caseFile.getId(), caseFile.getHouseholdId(), consent.getId(),
                consent.getMemberId(), consent.getRecipientKind().name(), now, currentUser.userId()));
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseFile));
        return consent;
    }

    private void fireReassigned(CaseFile caseFile, String before, Instant now) {
        String after = caseFile.getRegisseurId();
        if (before == null ? after != null : !before.equals(after)) {
            events.fire(new CaseFileEvents.RegisseurAssigned(caseFile.getId(), caseFile.getHouseholdId(),
                    caseFile.getTeamId(), before, after, now, currentUser.userId()));
        }
    }

    private static List<String> domainCodes(CaseFile caseFile) {
        return codes(caseFile.getDomains().stream().map(DomainAssignment::getDomain).toList());
    }

    /** Care domain codes in the domain's own order, each once: how events list domains. */
    private static List<String> codes(Collection<CareDomain> domains) {
        return domains.stream().distinct().sorted().map(Enum::name).toList();
    }

    private CaseFile findInScope(UUID id) {
        CaseFile caseFile = cases.find(id).orElseThrow(() -> new NotFoundException("Zaak", id));
        currentUser.requireMemberOf(caseFile.getTeamId(), "Zaak", id);
        return caseFile;
    }

    private CaseFileDetails details(CaseFile caseFile) {
        return details(caseFile, households.viewInScope(new HouseholdId(caseFile.getHouseholdId())));
    }

    private CaseFileDetails details(CaseFile caseFile, HouseholdView household) {
        LocalDate today = today();
        List<CaseFileDetails.TransitionOption> transitions = caseFile.getAllowedTransitions().stream().sorted()
                .map(to -> new CaseFileDetails.TransitionOption(to, caseFile.getStatus().isBackStepTo(to),
                        to == CaseStatus.AFGESLOTEN ? null : norms.dueOn(to, today)))
                .toList();
        List<String> people = new java.util.ArrayList<>(caseFile.getInvolvedProfessionals());
        people.add(caseFile.getRegisseurId());
        people.add(caseFile.getOpenedBy());
        List<CaseFileDetails.SignalCaseLink> signalCases = timeline.signalCasesOf(caseFile.getHouseholdId()).stream()
                .map(row -> new CaseFileDetails.SignalCaseLink((UUID) row[0], (Instant) row[1])).toList();
        return new CaseFileDetails(caseFile, household, caseFile.isOverdue(today), transitions,
                professionalNames.namesOf(people), signalCases);
    }

    /** Display names of the given login names (authors, actors): screens never show login names. */
    @Transactional
    public Map<String, String> namesOf(Collection<String> userIds) {
        return professionalNames.namesOf(userIds);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static AccessedSubject subjectOf(CaseFile caseFile) {
        return new AccessedSubject(SubjectType.CASE, caseFile.getId(), caseFile.getTeamId());
    }
}
