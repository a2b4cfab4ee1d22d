package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.household.ResidentDirectory.Resident;
import nl.wijkregie.security.TeamDirectory;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.signal.domain.DeadlineKind;
import nl.wijkregie.signal.domain.HouseholdLink;
import nl.wijkregie.signal.domain.HouseholdMatcher;
import nl.wijkregie.signal.domain.MatchCandidate;
import nl.wijkregie.signal.domain.Priority;
import nl.wijkregie.signal.domain.Signal;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.domain.TriageFacts;
import nl.wijkregie.signal.domain.TriageOutcome;
import nl.wijkregie.signal.persistence.SignalCaseRepository;
import nl.wijkregie.signal.process.SignalProcess;
import nl.wijkregie.workflow.DecisionResult;
import nl.wijkregie.workflow.Workflow;

/**
 * Takes in signals, one or thousands at a time, in the caller's transaction: skips what was imported before, stacks
 * signals per address in one signal case, matches new cases to known households (a new case goes to the team of the
 * matched household, else of a candidate household at the address, else of the postcode area's wijk), triages every
 * touched case with the DMN table (storing inputs, outputs and table version) and starts or reschedules its outreach
 * process. Everything is done per group of rows with a few set-based queries, so a monthly list of 100,000 rows
 * imports in under a minute.
 */
@ApplicationScoped
public class SignalIntake {

    static final String MODULE = "signal";
    private static final Jsonb JSON = JsonbBuilder.create();

    /** One signal to take in, with how it arrived. */
    public record Incoming(SignalReport report, String partnerAccount, UUID batchId, Integer batchRow) {
    }

    /** What happened to one incoming signal. */
    public record Outcome(Kind kind, UUID signalId, UUID signalCaseId, String reason) {

        public enum Kind { IMPORTED, DUPLICATE, REJECTED }
    }

    @Inject
    SignalCaseRepository signalCases;

    @Inject
    ResidentDirectory residents;

    @Inject
    AreaCatalogue areas;

    @Inject
    CaseFileService caseFiles;

    @Inject
    SignalPolicy policy;

    @Inject
    TeamDirectory teams;

    @Inject
    Workflow workflow;

    @Inject
    AccessLog accessLog;

    @Inject
    Event<SignalCaseEvents.Intake> intakeEvents;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> receive(List<Incoming> incoming, Actor actor) {
        signalCases.flushOnlyWhenAsked();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Outcome[] outcomes = new Outcome[incoming.size()];
        Map<String, List<Integer>> byAddress = new LinkedHashMap<>();
        Set<String> known = signalCases.knownReferences(incoming.stream().map(Incoming::report).toList());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < incoming.size(); i++) {
            SignalReport report = incoming.get(i).report();
            String key = report.referenceKey();
            if (known.contains(key) || !seen.add(key)) {
                outcomes[i] = new Outcome(Outcome.Kind.DUPLICATE, null, null, "Al eerder ontvangen");
            } else {
                byAddress.computeIfAbsent(report.addressKey(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, SignalCase> open = signalCases.openAt(byAddress.keySet());
        Map<String, Resident> certainMatches = new HashMap<>();
        Map<String, SignalCase> opened = openNewCases(incoming, byAddress, open, outcomes, certainMatches, now,
                today);

        Map<UUID, SignalCase> touched = new LinkedHashMap<>();
        Map<UUID, String> householdsToLog = new HashMap<>();
        Map<UUID, List<String>> creditorTypes = new HashMap<>();
        Map<UUID, Integer> received = new HashMap<>();
        for (Map.Entry<String, List<Integer>> group : byAddress.entrySet()) {
            SignalCase signalCase = open.getOrDefault(group.getKey(), opened.get(group.getKey()));
            if (signalCase == null) {
                continue;
            }
            for (int i : group.getValue()) {
                Incoming in = incoming.get(i);
                Signal signal = signalCase.stack(in.report(), memberOf(certainMatches.get(group.getKey()), in.report()),
                        new Signal.Receipt(actor.userId(), in.partnerAccount(), now, in.batchId(), in.batchRow()));
                outcomes[i] = new Outcome(Outcome.Kind.IMPORTED, signal.getId(), signalCase.getId(), null);
            }
            creditorTypes.put(signalCase.getId(), group.getValue().stream()
                    .map(i -> incoming.get(i).report().partnerType().ddas()).distinct().toList());
            received.put(signalCase.getId(), group.getValue().size());
            touched.put(signalCase.getId(), signalCase);
            if (opened.containsKey(group.getKey())) {
                signalCase.getCandidates().forEach(c -> householdsToLog.put(c.householdId(), null));
            }
            if (signalCase.getHouseholdId() != null) {
                householdsToLog.put(signalCase.getHouseholdId(), null);
            }
        }
        Set<UUID> openedIds = opened.values().stream().map(SignalCase::getId).collect(Collectors.toSet());
        Set<UUID> movedForward = new HashSet<>();
        for (SignalCase signalCase : touched.values()) {
            LocalDate before = signalCase.getContactDeadline();
            triage(signalCase, now, today);
            if (!openedIds.contains(signalCase.getId()) && !Objects.equals(before, signalCase.getContactDeadline())) {
                movedForward.add(signalCase.getId());
            }
            if (openedIds.contains(signalCase.getId())) {
                signalCases.add(signalCase);
            }
        }
        List<Workflow.ProcessStart> starts = new ArrayList<>();
        Map<String, Instant> moved = new HashMap<>();
        for (SignalCase signalCase : touched.values()) {
            if (openedIds.contains(signalCase.getId())) {
                starts.add(new Workflow.ProcessStart(signalCase.getId().toString(), SignalProcess.startVariables(
                        signalCase.getTeamId(), signalCase.isPickedUp(), deadlineMoment(signalCase))));
            } else if (movedForward.contains(signalCase.getId())) {
                moved.put(signalCase.getId().toString(), deadlineMoment(signalCase).toInstant());
            }
        }
        fireIntake(touched.values(), openedIds, creditorTypes, received, now, actor);
        workflow.startAll(SignalProcess.KEY, starts);
        workflow.rescheduleOpenTasks(SignalProcess.KEY, moved, SignalProcess.DEADLINE_TIMER);
        List<AccessedSubject> subjects = new ArrayList<>();
        touched.values().forEach(c -> subjects.add(new AccessedSubject(SubjectType.SIGNAL_CASE, c.getId(),
                c.getTeamId())));
        accessLog.recordAll(actor, AccessAction.CREATE, AccessPurpose.EARLY_SIGNALLING, subjects);
        List<AccessedSubject> households = householdsToLog.keySet().stream()
                .map(id -> new AccessedSubject(SubjectType.HOUSEHOLD, id, null)).toList();
        accessLog.recordAll(actor, AccessAction.READ, AccessPurpose.EARLY_SIGNALLING, households);
        return List.of(outcomes);
    }

    /** One event for the whole intake, in the order the cases were touched. */
    private void fireIntake(Collection<SignalCase> touched, Set<UUID> openedIds, Map<UUID, List<String>> creditorTypes,
                            Map<UUID, Integer> received, Instant now, Actor actor) {
        List<SignalCaseEvents.SignalCaseOpened> opened = new ArrayList<>();
        List<SignalCaseEvents.SignalsStacked> stacked = new ArrayList<>();
        for (SignalCase signalCase : touched) {
            UUID id = signalCase.getId();
            String priority = signalCase.getPriority() == null ? null : signalCase.getPriority().name();
            if (openedIds.contains(id)) {
                opened.add(new SignalCaseEvents.SignalCaseOpened(id, signalCase.getTeamId(), signalCase.getWijkCode(),
                        signalCase.getHouseholdId(), creditorTypes.get(id), received.get(id), priority));
            } else {
                stacked.add(new SignalCaseEvents.SignalsStacked(id, signalCase.getTeamId(),
                        signalCase.getHouseholdId(), creditorTypes.get(id), received.get(id), priority));
            }
        }
        intakeEvents.fire(new SignalCaseEvents.Intake(now, actor.userId(), opened, stacked));
    }

    /**
     * Triage over all stacked signals; the decision is stored on the case with its inputs. The deadline counts from
     * {@code today}, the day the signal is received, whatever its signal date.
     */
    void triage(SignalCase signalCase, Instant now, LocalDate today) {
        TriageFacts facts = signalCase.triageFacts(today, policy.isVulnerable(signalCase.getWijkCode()),
                policy.minimumAmountCents());
        DecisionResult result = workflow.decide(SignalProcess.TRIAGE_DECISION, facts.asVariables());
        TriageOutcome outcome = new TriageOutcome(Priority.valueOf(result.text("priority")),
                DeadlineKind.valueOf(result.text("deadline")), result.text("reason"), result.decisionKey(),
                result.decisionVersion());
        LocalDate deadline = outcome.deadlineKind().deadline(today, SignalPolicy.THREAT_WORKING_DAYS,
                policy.normWorkingDays());
        signalCase.decide(outcome, deadline, JSON.toJson(facts.asVariables()), now);
    }

    private Map<String, SignalCase> openNewCases(List<Incoming> incoming, Map<String, List<Integer>> byAddress,
                                                 Map<String, SignalCase> open, Outcome[] outcomes,
                                                 Map<String, Resident> certainMatches, Instant now,
                                                 LocalDate today) {
        Map<String, List<Integer>> fresh = new LinkedHashMap<>(byAddress);
        fresh.keySet().removeAll(open.keySet());
        if (fresh.isEmpty()) {
            return Map.of();
        }
        List<SignalReport> reports = fresh.values().stream().flatMap(List::stream)
                .map(i -> incoming.get(i).report()).toList();
        List<Resident> atAddresses = residents.residentsAt(
                reports.stream().map(SignalReport::postcode).collect(Collectors.toSet()),
                reports.stream().map(SignalReport::houseNumber).collect(Collectors.toSet()));
        Map<String, List<Resident>> residentsByNumber = atAddresses.stream()
                .collect(Collectors.groupingBy(r -> r.postcode() + "-" + r.houseNumber()));
        Map<String, HouseholdMatcher.Match> matches = new HashMap<>();
        Set<LocalDate> unmatchedBirthDates = new HashSet<>();
        for (Map.Entry<String, List<Integer>> group : fresh.entrySet()) {
            HouseholdMatcher.Match match = matchGroup(group.getValue(), incoming, residentsByNumber, Map.of());
            matches.put(group.getKey(), match);
            if (!match.isCertain()) {
                group.getValue().forEach(i -> unmatchedBirthDates.add(incoming.get(i).report().dateOfBirth()));
            }
        }
        if (!unmatchedBirthDates.isEmpty()) {
            Map<LocalDate, List<Resident>> bornOn = residents.residentsBornOn(unmatchedBirthDates).stream()
                    .collect(Collectors.groupingBy(Resident::dateOfBirth));
            for (Map.Entry<String, List<Integer>> group : fresh.entrySet()) {
                if (!matches.get(group.getKey()).isCertain()) {
                    matches.put(group.getKey(), matchGroup(group.getValue(), incoming, residentsByNumber, bornOn));
                }
            }
        }
        Map<UUID, OpenCaseRef> openCaseFiles = caseFiles.openCasesOf(matches.values().stream()
                .filter(HouseholdMatcher.Match::isCertain).map(m -> m.certain().householdId())
                .collect(Collectors.toSet()));
        Map<String, UUID> repeats = signalCases.closedSince(fresh.keySet(),
                today.minus(policy.repeatPeriod()).atStartOfDay(ClockProducer.ZONE).toInstant());
        Map<String, SignalCase> opened = new HashMap<>();
        Map<String, String> wijkByArea = new HashMap<>();
        for (Map.Entry<String, List<Integer>> group : fresh.entrySet()) {
            HouseholdMatcher.Match match = matches.get(group.getKey());
            SignalReport first = incoming.get(group.getValue().get(0)).report();
            HouseholdLink link = null;
            Resident here = householdHere(match, residentsByNumber.getOrDefault(
                    first.postcode() + "-" + first.houseNumber(), List.of()));
            String wijk;
            UUID team;
            if (match.isCertain()) {
                Resident resident = match.certain();
                certainMatches.put(group.getKey(), resident);
                OpenCaseRef caseFile = openCaseFiles.get(resident.householdId());
                link = new HouseholdLink(resident.householdId(), resident.teamId(), resident.wijkCode(),
                        caseFile == null ? null : caseFile.caseId(), caseFile == null ? null : caseFile.regisseurId());
                wijk = resident.wijkCode();
                team = resident.teamId();
            } else if (here != null) {
                wijk = here.wijkCode();
                team = here.teamId();
            } else {
                wijk = wijkByArea.computeIfAbsent(first.postcode().substring(0, 4),
                        area -> residents.wijkOfPostcodeArea(first.postcode()).orElse(""));
                wijk = wijk.isEmpty() ? null : wijk;
                team = wijk == null ? null : areas.teamServing(wijk).orElse(null);
                if (team == null) {
                    team = policy.intakeTeam().map(name -> teams.idsByName().get(name)).orElse(null);
                }
            }
            if (team == null) {
                group.getValue().forEach(i -> outcomes[i] = new Outcome(Outcome.Kind.REJECTED, null, null,
                        "Geen wijkteam bekend voor postcode " + first.postcode()));
                continue;
            }
            opened.put(group.getKey(), SignalCase.open(group.getKey(), team, wijk, link, match.candidates(),
                    repeats.get(group.getKey()), now, today, policy.matchingPeriod()));
        }
        return opened;
    }

    /**
     * A candidate household that lives at the signal's address (any addition), in the matcher's order. The case goes
     * to its team rather than to the team of the postcode area: that team knows the address, and a team that may not
     * see the household must not be shown it as a candidate.
     */
    private static Resident householdHere(HouseholdMatcher.Match match, List<Resident> atNumber) {
        for (MatchCandidate candidate : match.candidates()) {
            for (Resident resident : atNumber) {
                if (resident.householdId().equals(candidate.householdId())) {
                    return resident;
                }
            }
        }
        return null;
    }

    private static HouseholdMatcher.Match matchGroup(List<Integer> rows, List<Incoming> incoming,
                                                     Map<String, List<Resident>> residentsByNumber,
                                                     Map<LocalDate, List<Resident>> bornOn) {
        HouseholdMatcher.Match best = null;
        for (int i : rows) {
            SignalReport report = incoming.get(i).report();
            List<Resident> here = residentsByNumber.getOrDefault(report.postcode() + "-" + report.houseNumber(),
                    List.of());
            HouseholdMatcher.Match match = HouseholdMatcher.match(report, here,
                    bornOn.getOrDefault(report.dateOfBirth(), List.of()));
            if (match.isCertain()) {
                return match;
            }
            if (best == null || match.candidates().size() > best.candidates().size()) {
                best = match;
            }
        }
        return best;
    }

    private static UUID memberOf(Resident certain, SignalReport report) {
        return certain != null && HouseholdMatcher.isSamePerson(report, certain) ? certain.memberId() : null;
    }

    static Date deadlineMoment(SignalCase signalCase) {
        LocalDate deadline = signalCase.getContactDeadline();
        return deadline == null ? null
                : Date.from(deadline.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant());
    }
}
