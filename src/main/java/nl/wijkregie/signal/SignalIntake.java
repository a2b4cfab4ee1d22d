package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.OpenCaseRef;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory.Resident;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.signal.domain.HouseholdLink;
import nl.wijkregie.signal.domain.Signal;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.persistence.SignalCaseRepository;
import nl.wijkregie.signal.process.SignalProcess;
import nl.wijkregie.workflow.Workflow;

/**
 * Takes in signals, one or thousands at a time, in the caller's transaction: skips what was imported before, stacks
 * signals per address in one signal case, opens a case for a new address (matched by {@link SignalMatching}, sent to
 * a team by {@link SignalRouting}), triages every touched case ({@link SignalTriage}) and starts or reschedules its
 * outreach process. Everything is done per group of rows with a few set-based queries, so a monthly list of 100,000
 * rows imports in under a minute. This class only orchestrates; the rules live in the classes it calls.
 */
@ApplicationScoped
public class SignalIntake {

    static final String MODULE = "signal";

    /** One signal to take in, with how it arrived. */
    public record Incoming(SignalReport report, String partnerAccount, UUID batchId, Integer batchRow) {
    }

    /** What happened to one incoming signal. */
    public record Outcome(Kind kind, UUID signalId, UUID signalCaseId, String reason) {

        public enum Kind { IMPORTED, DUPLICATE, REJECTED }
    }

    /** A case this intake stacked signals on, with what the event about it tells. */
    private record Touched(SignalCase signalCase, boolean opened, List<String> creditorTypes, int received) {
    }

    /** The working state of one call. */
    private static final class Run {
        final List<Incoming> incoming;
        final Outcome[] outcomes;
        final Actor actor;
        final Instant now;
        final LocalDate today;
        final Map<String, Resident> certainMatches = new HashMap<>();
        final Map<String, SignalCase> opened = new HashMap<>();
        final Map<UUID, Touched> touched = new LinkedHashMap<>();
        final Set<UUID> deadlineMoved = new HashSet<>();
        final Set<UUID> householdsToLog = new LinkedHashSet<>();

        Run(List<Incoming> incoming, Actor actor, Instant now, LocalDate today) {
            this.incoming = incoming;
            this.outcomes = new Outcome[incoming.size()];
            this.actor = actor;
            this.now = now;
            this.today = today;
        }

        SignalReport report(int row) {
            return incoming.get(row).report();
        }
    }

    @Inject
    SignalCaseRepository signalCases;

    @Inject
    SignalMatching matching;

    @Inject
    SignalRouting routing;

    @Inject
    SignalTriage triage;

    @Inject
    CaseFileService caseFiles;

    @Inject
    SignalPolicy policy;

    @Inject
    Workflow workflow;

    @Inject
    SignalCaseService signalCaseService;

    @Inject
    AccessLog accessLog;

    @Inject
    Event<SignalCaseEvents.Intake> intakeEvents;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Outcome> receive(List<Incoming> incoming, Actor actor) {
        signalCases.flushOnlyWhenAsked();
        Run run = new Run(incoming, actor, clock.instant(), LocalDate.now(clock));
        Map<String, List<Integer>> byAddress = newSignalsByAddress(run);
        Map<String, SignalCase> open = signalCases.openAt(byAddress.keySet());
        openNewCases(run, byAddress, open);
        stackSignals(run, byAddress, open);
        triageTouched(run);
        fireIntake(run);
        startOrReschedule(run);
        logAccess(run);
        return List.of(run.outcomes);
    }

    /** The rows not received before (nor earlier in this call), grouped per address; the others are duplicates. */
    private Map<String, List<Integer>> newSignalsByAddress(Run run) {
        Set<String> known = signalCases.knownReferences(run.incoming.stream().map(Incoming::report).toList());
        Set<String> seen = new HashSet<>();
        Map<String, List<Integer>> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < run.incoming.size(); i++) {
            SignalReport report = run.report(i);
            String key = report.referenceKey();
            if (known.contains(key) || !seen.add(key)) {
                run.outcomes[i] = new Outcome(Outcome.Kind.DUPLICATE, null, null, "Al eerder ontvangen");
            } else {
                byAddress.computeIfAbsent(report.addressKey(), k -> new ArrayList<>()).add(i);
            }
        }
        return byAddress;
    }

    /** A case for every address without an open one: matched, routed, linked to a repeat within the period. */
    private void openNewCases(Run run, Map<String, List<Integer>> byAddress, Map<String, SignalCase> open) {
        Map<String, List<SignalReport>> fresh = new LinkedHashMap<>();
        byAddress.forEach((address, rows) -> {
            if (!open.containsKey(address)) {
                fresh.put(address, rows.stream().map(run::report).toList());
            }
        });
        if (fresh.isEmpty()) {
            return;
        }
        SignalMatching.Matches matches = matching.match(fresh);
        Map<HouseholdId, OpenCaseRef> openCaseFiles = caseFiles.openCasesOf(matches.certainHouseholds());
        Map<String, UUID> repeats = signalCases.closedSince(fresh.keySet(),
                run.today.minus(policy.repeatPeriod()).atStartOfDay(ClockProducer.ZONE).toInstant());
        SignalRouting.Lookup lookup = routing.lookup();
        for (String address : fresh.keySet()) {
            openCase(run, address, byAddress.get(address), matches, openCaseFiles, repeats.get(address), lookup);
        }
    }

    /** Opens the case for one address, or rejects its rows when no team at all can take it. */
    private void openCase(Run run, String address, List<Integer> rows, SignalMatching.Matches matches,
                          Map<HouseholdId, OpenCaseRef> openCaseFiles, UUID repeatOf, SignalRouting.Lookup lookup) {
        SignalReport first = run.report(rows.get(0));
        var match = matches.of(address);
        var route = SignalRouting.route(match, matches.atNumberOf(first), first.postcode(), lookup);
        HouseholdLink link = null;
        if (match.isCertain()) {
            Resident resident = match.certain();
            run.certainMatches.put(address, resident);
            OpenCaseRef caseFile = openCaseFiles.get(resident.householdId());
            link = new HouseholdLink(resident.householdId().value(), resident.teamId().value(), resident.wijkCode(),
                    caseFile == null ? null : caseFile.caseId().value(), caseFile == null ? null : caseFile.regisseurId());
        }
        if (route.isEmpty()) {
            rows.forEach(i -> run.outcomes[i] = new Outcome(Outcome.Kind.REJECTED, null, null,
                    "Geen wijkteam bekend voor postcode " + first.postcode()));
            return;
        }
        run.opened.put(address, SignalCase.open(address, route.get().teamId(), route.get().wijkCode(), link,
                match.candidates(), repeatOf, run.now, run.today, policy.matchingPeriod()));
    }

    /** Every new signal onto the open or just opened case of its address. */
    private void stackSignals(Run run, Map<String, List<Integer>> byAddress, Map<String, SignalCase> open) {
        byAddress.forEach((address, rows) -> {
            SignalCase signalCase = open.getOrDefault(address, run.opened.get(address));
            if (signalCase == null) {
                return;
            }
            for (int i : rows) {
                Incoming in = run.incoming.get(i);
                Signal signal = signalCase.stack(in.report(), SignalMatching.memberOf(run.certainMatches.get(address),
                        in.report()), new Signal.Receipt(run.actor.userId(), in.partnerAccount(), run.now,
                        in.batchId(), in.batchRow()));
                run.outcomes[i] = new Outcome(Outcome.Kind.IMPORTED, signal.getId(), signalCase.getId(), null);
            }
            boolean opened = run.opened.containsKey(address);
            run.touched.put(signalCase.getId(), new Touched(signalCase, opened, rows.stream()
                    .map(i -> run.report(i).partnerType().ddas()).distinct().toList(), rows.size()));
            if (opened) {
                signalCase.getCandidates().forEach(c -> run.householdsToLog.add(c.householdId()));
            }
            if (signalCase.getHouseholdId() != null) {
                run.householdsToLog.add(signalCase.getHouseholdId());
            }
        });
    }

    /** Triage of every touched case; a new case is stored, an open one whose deadline moved is remembered. */
    private void triageTouched(Run run) {
        for (Touched touched : run.touched.values()) {
            SignalCase signalCase = touched.signalCase();
            LocalDate before = signalCase.getContactDeadline();
            triage.triage(signalCase, run.now, run.today);
            if (touched.opened()) {
                signalCases.add(signalCase);
            } else if (!Objects.equals(before, signalCase.getContactDeadline())) {
                run.deadlineMoved.add(signalCase.getId());
            }
        }
    }

    /** One event for the whole intake, in the order the cases were touched. */
    private void fireIntake(Run run) {
        List<SignalCaseEvents.SignalCaseOpened> opened = new ArrayList<>();
        List<SignalCaseEvents.SignalsStacked> stacked = new ArrayList<>();
        for (Touched touched : run.touched.values()) {
            SignalCase signalCase = touched.signalCase();
            UUID id = signalCase.getId();
            String priority = signalCase.getPriority() == null ? null : signalCase.getPriority().name();
            if (touched.opened()) {
                opened.add(new SignalCaseEvents.SignalCaseOpened(id, signalCase.getTeamId(), signalCase.getWijkCode(),
                        signalCase.getHouseholdId(), touched.creditorTypes(), touched.received(), priority));
            } else {
                stacked.add(new SignalCaseEvents.SignalsStacked(id, signalCase.getTeamId(),
                        signalCase.getHouseholdId(), touched.creditorTypes(), touched.received(), priority));
            }
        }
        intakeEvents.fire(new SignalCaseEvents.Intake(run.now, run.actor.userId(), opened, stacked));
    }

    /** An outreach process for every new case; the timer of an open case moves with its deadline. */
    private void startOrReschedule(Run run) {
        List<Workflow.ProcessStart> starts = new ArrayList<>();
        Map<String, Instant> moved = new HashMap<>();
        for (Touched touched : run.touched.values()) {
            SignalCase signalCase = touched.signalCase();
            if (touched.opened()) {
                starts.add(new Workflow.ProcessStart(signalCase.getId().toString(), SignalProcess.startVariables(
                        signalCase.getTeamId(), signalCase.isPickedUp(), SignalTriage.deadlineMoment(signalCase))));
            } else if (run.deadlineMoved.contains(signalCase.getId())) {
                moved.put(signalCase.getId().toString(), SignalTriage.deadlineMoment(signalCase).toInstant());
            }
        }
        signalCaseService.startCollectingClosures(() -> workflow.startAll(SignalProcess.KEY, starts));
        workflow.rescheduleOpenTasks(SignalProcess.KEY, moved, SignalProcess.DEADLINE_TIMER);
    }

    /** The cases written and the households read for matching, in the access log. */
    private void logAccess(Run run) {
        List<AccessedSubject> cases = run.touched.values().stream().map(t -> new AccessedSubject(
                SubjectType.SIGNAL_CASE, t.signalCase().getId(), t.signalCase().getTeamId())).toList();
        accessLog.recordAll(run.actor, AccessAction.CREATE, AccessPurpose.EARLY_SIGNALLING, cases);
        List<AccessedSubject> households = run.householdsToLog.stream()
                .map(id -> new AccessedSubject(SubjectType.HOUSEHOLD, id, null)).toList();
        accessLog.recordAll(run.actor, AccessAction.READ, AccessPurpose.EARLY_SIGNALLING, households);
    }
}
