package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.OpenCaseRef;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.HouseholdView;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;
import nl.wijkregie.security.TeamDirectory;
import nl.wijkregie.security.TeamId;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.WorkingDays;
import nl.wijkregie.signal.domain.ContactKind;
import nl.wijkregie.signal.domain.EndResult;
import nl.wijkregie.signal.domain.HouseholdLink;
import nl.wijkregie.signal.domain.MatchCandidate;
import nl.wijkregie.signal.domain.MatchStatus;
import nl.wijkregie.signal.domain.PartOfDay;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.domain.SignalCsvFormat;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.persistence.SignalCaseRepository;
import nl.wijkregie.signal.persistence.SignalQueries;
import nl.wijkregie.signal.process.SignalProcess;
import nl.wijkregie.workflow.Workflow;

/**
 * Use cases on signal cases, one transaction each, need-to-know first: a case outside the user's teams is "not
 * found". Every read and write of a signal case leaves an access-log entry in the same transaction. Process steps
 * (closing what is not picked up, escalating, starting debt help) come in through the delegates.
 */
@ApplicationScoped
public class SignalCaseService {

    /** The closures of the process starts running on this thread, while {@link #startCollectingClosures} runs. */
    private static final ThreadLocal<List<SignalCaseEvents.EndResultRecorded>> CLOSED_WHILE_STARTING =
            new ThreadLocal<>();

    @Inject
    SignalCaseRepository signalCases;

    @Inject
    SignalQueries queries;

    @Inject
    SignalIntake intake;

    @Inject
    SignalPartners partners;

    @Inject
    ResidentDirectory residents;

    @Inject
    HouseholdService households;

    @Inject
    CaseFileService caseFiles;

    @Inject
    Workflow workflow;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    TeamDirectory teams;

    @Inject
    Event<Object> events;

    @Inject
    Clock clock;

    /**
     * One signal from a partner's system or entered by a professional. A partner account's own organisation and type
     * replace whatever the report says; a professional must name the partner.
     */
    @Transactional
    public SignalIntake.Outcome receive(SignalReport received) {
        String account = currentUser.hasRole(Roles.SIGNAL_PARTNER) ? currentUser.userId() : null;
        SignalReport report = received;
        if (account != null) {
            SignalCsvFormat.Partner partner = partners.callingPartner();
            report = received.fromPartner(partner.type(), partner.organisation());
        } else if (received.partnerType() == null || received.partnerOrganisation() == null) {
            throw new RuleViolationException("partner-missing", "Vul het soort en de naam van de signaalpartner in");
        }
        SignalIntake.Outcome outcome = intake.receive(List.of(new SignalIntake.Incoming(report, account, null, null)),
                requestActor()).get(0);
        if (outcome.kind() == SignalIntake.Outcome.Kind.REJECTED) {
            throw new RuleViolationException("no-team", outcome.reason());
        }
        return outcome;
    }

    @Transactional
    public SignalCaseDetails get(UUID id) {
        SignalCase signalCase = findInScope(id);
        log(AccessAction.READ, signalCase);
        return details(signalCase);
    }

    /**
     * A page of the open signal cases of the user's teams (or of one of them), overdue first, then by priority and
     * deadline, filtered; every listed case is access-logged.
     */
    @Transactional
    public SignalInboxPage inbox(SignalInboxQuery query) {
        Set<UUID> teams = currentUser.teamIds();
        if (query.team().isPresent()) {
            currentUser.requireMemberOf(query.team().get(), "Team", query.team().get());
            teams = Set.of(query.team().get());
        }
        SignalInboxPage page = queries.inbox(teams, query, LocalDate.now(clock));
        List<SignalInboxItem> items = withVisibleMatchStatus(page.items());
        accessLog.recordAll(AccessAction.READ, AccessPurpose.EARLY_SIGNALLING, items.stream()
                .map(item -> new AccessedSubject(SubjectType.SIGNAL_CASE, item.id(), item.teamId())).toList());
        return new SignalInboxPage(items, page.page(), page.size(), page.totalItems(), page.totalIsLowerBound());
    }

    /**
     * Hands the outreach to a member of the case's team (or frees it): the case shows who, and the engine's open
     * contact task is assigned to them, so it is in their own task list.
     */
    @Transactional
    public SignalCaseDetails assign(UUID id, long editedVersion, String assignee) {
        SignalCase signalCase = findInScope(id);
        if (assignee != null && !teams.isMember(signalCase.getTeamId(), assignee)) {
            throw new RuleViolationException("assignee-not-in-team",
                    "Kies een professional uit het team van deze signaalzaak");
        }
        signalCase.assign(assignee, editedVersion);
        signalCases.flush();
        workflow.assignOpenTasks(SignalProcess.KEY, id.toString(), assignee);
        log(AccessAction.UPDATE, signalCase);
        return details(signalCase);
    }

    /** A note on the case, written by the current user; logged as an update of the case. */
    @Transactional
    public SignalCaseDetails addNote(UUID id, String text) {
        SignalCase signalCase = findInScope(id);
        signalCase.addNote(text, currentUser.userId(), clock.instant());
        signalCases.flush();
        log(AccessAction.UPDATE, signalCase);
        return details(signalCase);
    }

    @Transactional
    public SignalCaseDetails recordAttempt(UUID id, ContactKind kind, boolean reached, LocalDate attemptedOn,
                                           PartOfDay partOfDay) {
        SignalCase signalCase = findInScope(id);
        Instant now = clock.instant();
        signalCase.recordAttempt(kind, reached, attemptedOn, partOfDay,
                currentUser.userId(), now, LocalDate.now(clock));
        events.fire(new SignalCaseEvents.ContactAttemptRecorded(id, signalCase.getTeamId(), kind.name(), reached,
                attemptedOn, now, currentUser.userId()));
        log(AccessAction.UPDATE, signalCase);
        return details(signalCase);
    }

    /** Records the end result; the process then opens or extends the case file when help was accepted. */
    @Transactional
    public SignalCaseDetails close(UUID id, long editedVersion, EndResult result) {
        SignalCase signalCase = findInScope(id);
        signalCase.close(result, currentUser.userId(), clock.instant(), editedVersion);
        signalCases.flush();
        fireEndResult(signalCase);
        workflow.completeTask(SignalProcess.KEY, id.toString(), SignalProcess.MAKE_CONTACT_TASK,
                SignalProcess.endVariables(result.helpAccepted()));
        log(AccessAction.UPDATE, signalCase);
        return details(signalCase);
    }

    /** Links the case to a known household: a candidate, or one the professional registered or found. */
    @Transactional
    public SignalCaseDetails confirmHousehold(UUID id, long editedVersion, UUID householdId) {
        SignalCase signalCase = findInScope(id);
        boolean candidate = visibleCandidates(signalCase).stream().anyMatch(c -> c.householdId().equals(householdId));
        HouseholdView household = candidate ? null : households.viewInScope(new HouseholdId(householdId));
        UUID teamId = household != null ? household.teamId()
                : households.teamOf(new HouseholdId(householdId)).map(TeamId::value)
                        .orElseThrow(() -> new NotFoundException("Huishouden", householdId));
        OpenCaseRef openCase = caseFiles.openCasesOf(List.of(new HouseholdId(householdId)))
                .get(new HouseholdId(householdId));
        UUID before = signalCase.getTeamId();
        signalCase.confirmHousehold(new HouseholdLink(householdId, teamId, household == null ? null
                : household.wijkCode(), openCase == null ? null : openCase.caseId().value(),
                openCase == null ? null : openCase.regisseurId()), editedVersion);
        if (!before.equals(teamId)) {
            workflow.offerToTeam(SignalProcess.KEY, id.toString(), SignalProcess.TEAM_ID, teamId);
            workflow.assignOpenTasks(SignalProcess.KEY, id.toString(), null);
        }
        signalCases.flush();
        events.fire(new SignalCaseEvents.SignalMatchedToHousehold(id, teamId, householdId, clock.instant(),
                currentUser.userId()));
        log(AccessAction.UPDATE, signalCase);
        accessLog.record(AccessAction.READ, AccessPurpose.EARLY_SIGNALLING,
                new AccessedSubject(SubjectType.HOUSEHOLD, householdId, teamId));
        return details(signalCase);
    }

    @Transactional
    public SignalCaseDetails rejectCandidates(UUID id, long editedVersion) {
        SignalCase signalCase = findInScope(id);
        if (visibleCandidates(signalCase).isEmpty()) {
            throw new RuleViolationException("no-candidates", "Er zijn geen kandidaten om af te wijzen");
        }
        signalCase.rejectCandidates(editedVersion);
        signalCases.flush();
        log(AccessAction.UPDATE, signalCase);
        return details(signalCase);
    }

    /**
     * The status of the calling partner's own signals, newest first. Telling a partner whether a resident's signal
     * was picked up discloses personal data outside the municipality, so every signal case in the answer is logged
     * with the partner as the actor and purpose {@link AccessPurpose#PARTNER_FEEDBACK}.
     */
    @Transactional
    public List<PartnerSignalStatus> partnerStatus(Optional<String> reference) {
        partners.callingPartner();
        List<SignalQueries.PartnerStatusRow> rows = queries.partnerStatus(currentUser.userId(),
                reference.orElse(null));
        Map<UUID, AccessedSubject> disclosed = new LinkedHashMap<>();
        rows.forEach(row -> disclosed.putIfAbsent(row.signalCaseId(),
                new AccessedSubject(SubjectType.SIGNAL_CASE, row.signalCaseId(), row.teamId())));
        accessLog.recordAll(AccessAction.READ, AccessPurpose.PARTNER_FEEDBACK, List.copyOf(disclosed.values()));
        return rows.stream().map(SignalQueries.PartnerStatusRow::status).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closeNotPickedUp(UUID id) {
        SignalCase signalCase = signalCases.find(id).orElseThrow(() -> new NotFoundException("Signaalzaak", id));
        signalCase.closeNotPickedUp(clock.instant());
        SignalCaseEvents.EndResultRecorded closed = endResult(signalCase);
        List<SignalCaseEvents.EndResultRecorded> collecting = CLOSED_WHILE_STARTING.get();
        if (collecting != null) {
            collecting.add(closed);
        } else {
            events.fire(new SignalCaseEvents.EndResultsRecorded(List.of(closed)));
        }
    }

    /**
     * Runs {@code starts} (process starts on this thread, whose processes close what triage did not pick up through
     * {@link #closeNotPickedUp}) and announces those closures in one event afterwards.
     */
    void startCollectingClosures(Runnable starts) {
        List<SignalCaseEvents.EndResultRecorded> closed = new ArrayList<>();
        CLOSED_WHILE_STARTING.set(closed);
        try {
            starts.run();
        } finally {
            CLOSED_WHILE_STARTING.remove();
        }
        if (!closed.isEmpty()) {
            events.fire(new SignalCaseEvents.EndResultsRecorded(closed));
        }
    }

    /**
     * Called by the timer of the process, on a job-executor thread, where the transaction the engine began is not one
     * the container's CDI interceptors accept: so this runs in its own. Marking escalated is idempotent, so a job that
     * is retried after a failure does no harm.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void escalate(UUID id) {
        Instant now = clock.instant();
        signalCases.find(id).filter(c -> c.escalate(now)).ifPresent(c -> {
            accessLog.recordAll(Actor.system("vroegsignalering: termijn verstreken"), AccessAction.UPDATE,
                    AccessPurpose.EARLY_SIGNALLING, List.of(subjectOf(c)));
            events.fire(new SignalCaseEvents.Escalated(c.getId(), c.getTeamId(), now));
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void startDebtHelp(UUID id) {
        SignalCase signalCase = signalCases.find(id).orElseThrow(() -> new NotFoundException("Signaalzaak", id));
        caseFiles.startDebtHelp(new HouseholdId(signalCase.getHouseholdId()), new TeamId(signalCase.getTeamId()),
                signalCase.getClosedBy(), SignalIntake.MODULE, signalCase.getId());
    }

    private void fireEndResult(SignalCase signalCase) {
        events.fire(endResult(signalCase));
    }

    private static SignalCaseEvents.EndResultRecorded endResult(SignalCase signalCase) {
        return new SignalCaseEvents.EndResultRecorded(signalCase.getId(), signalCase.getTeamId(),
                signalCase.getHouseholdId(), signalCase.getEndResult().name(), signalCase.getEndResult().helpAccepted(),
                signalCase.getClosedAt(), signalCase.getClosedBy());
    }

    /** Loads what the page shows while the transaction is open (the REST layer maps it after the commit). */
    private SignalCaseDetails details(SignalCase signalCase) {
        signalCase.getSignals().size();
        signalCase.getDecisions().size();
        signalCase.getAttempts().size();
        signalCase.getNotes().size();
        List<MatchCandidate> candidates = visibleCandidates(signalCase);
        List<HouseholdId> labelled = new ArrayList<>(candidates.stream().map(c -> new HouseholdId(c.householdId()))
                .toList());
        if (signalCase.getHouseholdId() != null) {
            labelled.add(new HouseholdId(signalCase.getHouseholdId()));
        }
        Map<HouseholdId, String> labels = residents.labelsOf(labelled);
        if (!candidates.isEmpty()) {
            accessLog.recordAll(AccessAction.READ, AccessPurpose.EARLY_SIGNALLING, candidates.stream()
                    .map(c -> new AccessedSubject(SubjectType.HOUSEHOLD, c.householdId(), null)).toList());
        }
        LocalDate today = LocalDate.now(clock);
        Integer daysLeft = signalCase.getContactDeadline() == null ? null
                : WorkingDays.workingDaysUntil(today, signalCase.getContactDeadline());
        return new SignalCaseDetails(signalCase, labels.get(HouseholdId.of(signalCase.getHouseholdId())), candidates,
                candidates.stream().collect(Collectors.toMap(MatchCandidate::householdId,
                        c -> labels.getOrDefault(new HouseholdId(c.householdId()), "?"), (a, b) -> a)),
                visibleMatchStatus(signalCase.getMatchStatus(), !candidates.isEmpty()), daysLeft,
                signalCase.isOverdue(today));
    }

    /**
     * The candidates whose household belongs to one of the user's teams. Intake routes a case to the team of a
     * candidate household at its address, so this is a second line of defence: a candidate of another team (the same
     * person at an address elsewhere, or a case from before that routing) is not shown, counted or accepted.
     */
    private List<MatchCandidate> visibleCandidates(SignalCase signalCase) {
        if (signalCase.getCandidates().isEmpty()) {
            return List.of();
        }
        Set<HouseholdId> visible = residents.ownedBy(signalCase.getCandidates().stream()
                .map(c -> new HouseholdId(c.householdId())).collect(Collectors.toSet()), myTeams());
        return signalCase.getCandidates().stream().filter(c -> visible.contains(new HouseholdId(c.householdId())))
                .toList();
    }

    private List<TeamId> myTeams() {
        return currentUser.teamIds().stream().map(TeamId::new).toList();
    }

    /** UNCERTAIN without a visible candidate looks UNKNOWN, so the status does not reveal that hidden ones exist. */
    private static MatchStatus visibleMatchStatus(MatchStatus status, boolean anyVisibleCandidate) {
        return status == MatchStatus.UNCERTAIN && !anyVisibleCandidate ? MatchStatus.UNKNOWN : status;
    }

    private List<SignalInboxItem> withVisibleMatchStatus(List<SignalInboxItem> items) {
        List<UUID> uncertain = items.stream().filter(i -> i.matchStatus() == MatchStatus.UNCERTAIN)
                .map(SignalInboxItem::id).toList();
        if (uncertain.isEmpty()) {
            return items;
        }
        Map<UUID, List<UUID>> candidates = queries.candidatesOf(uncertain);
        Set<HouseholdId> visible = residents.ownedBy(candidates.values().stream().flatMap(List::stream)
                .map(HouseholdId::new).collect(Collectors.toSet()), myTeams());
        return items.stream().map(item -> item.matchStatus() != MatchStatus.UNCERTAIN ? item
                : item.withMatchStatus(visibleMatchStatus(item.matchStatus(), candidates
                        .getOrDefault(item.id(), List.of()).stream().map(HouseholdId::new)
                        .anyMatch(visible::contains)))).toList();
    }

    private SignalCase findInScope(UUID id) {
        SignalCase signalCase = signalCases.find(id).orElseThrow(() -> new NotFoundException("Signaalzaak", id));
        currentUser.requireMemberOf(signalCase.getTeamId(), "Signaalzaak", id);
        return signalCase;
    }

    private void log(AccessAction action, SignalCase signalCase) {
        accessLog.record(action, AccessPurpose.EARLY_SIGNALLING, subjectOf(signalCase));
    }

    private Actor requestActor() {
        return new Actor(currentUser.userId(), currentUser.actingRole(), currentUser.requestSource());
    }

    static AccessedSubject subjectOf(SignalCase signalCase) {
        return new AccessedSubject(SubjectType.SIGNAL_CASE, signalCase.getId(), signalCase.getTeamId());
    }
}
