package nl.wijkregie.basics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.basics.domain.BasicsFact;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.CheckedCase;
import nl.wijkregie.basics.domain.NewFacts;
import nl.wijkregie.basics.domain.NotSolvable;
import nl.wijkregie.basics.persistence.BasicsRepository;
import nl.wijkregie.basics.process.BasicsProcess;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.Workflow;

/**
 * What the REST layer and the process ask of the basics module. Every method is one transaction that checks the
 * case's team (another team's case is "not found") and writes the access-log entry for the case it touched.
 */
@ApplicationScoped
public class BasicsService {

    public static final int HISTORY_LIMIT = 200;
    public static final int OVERVIEW_LIMIT = 500;

    @Inject
    BasicsRepository repository;

    @Inject
    BasicsChecks checks;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    ResidentDirectory residents;

    @Inject
    Workflow workflow;

    @Inject
    Event<Object> events;

    @Inject
    Clock clock;

    @Transactional
    public BasicsStatus status(UUID caseId) {
        CheckedCase checkedCase = inScope(caseId, false);
        log(AccessAction.READ, checkedCase);
        return statusOf(checkedCase);
    }

    /** Records the facts and checks the case at once (the facts changed). */
    @Transactional
    public BasicsStatus recordFacts(UUID caseId, NewFacts newFacts) {
        CheckedCase checkedCase = inScope(caseId, true);
        if (newFacts.isEmpty()) {
            throw new RuleViolationException("no-facts", "Vul minstens één onderdeel in");
        }
        Instant now = clock.instant();
        List<BasicsFact> facts = newFacts.toFacts(checkedCase.getHouseholdId(), currentUser.userId(), now, today());
        repository.addAll(facts);
        repository.flush();
        events.fire(new BasicsEvents.FactsRecorded(checkedCase.getHouseholdId(), caseId,
                facts.stream().map(f -> f.getDimension().name()).toList(), now, currentUser.userId()));
        checks.check(List.of(checkedCase), CheckResult.Trigger.FACTS, now, today(), currentUser.userId());
        log(AccessAction.CREATE, checkedCase);
        return statusOf(checkedCase);
    }

    @Transactional
    public BasicsStatus checkByHand(UUID caseId) {
        CheckedCase checkedCase = inScope(caseId, true);
        checks.check(List.of(checkedCase), CheckResult.Trigger.BY_HAND, clock.instant(), today(),
                currentUser.userId());
        log(AccessAction.UPDATE, checkedCase);
        return statusOf(checkedCase);
    }

    @Transactional
    public List<CheckResult> history(UUID caseId) {
        CheckedCase checkedCase = inScope(caseId, false);
        log(AccessAction.READ, checkedCase);
        return repository.history(caseId, HISTORY_LIMIT);
    }

    /** Ends the open task "Basis op orde brengen" with the reason why the basics cannot be put in order now. */
    @Transactional
    public BasicsStatus recordNotSolvable(UUID caseId, String reason) {
        CheckedCase checkedCase = inScope(caseId, true);
        if (!workflow.isRunning(BasicsProcess.KEY, caseId.toString())) {
            throw new RuleViolationException("no-basics-task", "Er staat geen taak 'Basis op orde brengen' open");
        }
        Instant now = clock.instant();
        repository.add(new NotSolvable(checkedCase, reason, currentUser.userId(), now));
        workflow.completeTask(BasicsProcess.KEY, caseId.toString(), BasicsProcess.TASK,
                BasicsProcess.endVariables(BasicsProcess.NOT_SOLVABLE));
        events.fire(new BasicsEvents.NotSolvableRecorded(caseId, checkedCase.getHouseholdId(), now,
                currentUser.userId()));
        log(AccessAction.UPDATE, checkedCase);
        return statusOf(checkedCase);
    }

    /** The team lead's view: the open cases of their teams with a dimension "niet op orde", longest first. */
    @Transactional
    public List<NotInOrderCase> notInOrder() {
        List<CheckedCase> cases = repository.notInOrder(currentUser.teamIds(), OVERVIEW_LIMIT);
        Map<HouseholdId, String> labels = residents.labelsOf(cases.stream()
                .map(c -> new HouseholdId(c.getHouseholdId())).toList());
        accessLog.recordAll(AccessAction.READ, AccessPurpose.CASEWORK, cases.stream()
                .map(c -> new AccessedSubject(SubjectType.CASE, c.getCaseId(), c.getTeamId())).toList());
        return cases.stream().map(c -> new NotInOrderCase(c, labels.get(new HouseholdId(c.getHouseholdId()))))
                .toList();
    }

    /** The timer of the task fired: idempotent, so a retried job does no harm. */
    @Transactional
    public void escalate(UUID caseId) {
        repository.checkedCaseForUpdate(caseId).ifPresent(checkedCase -> {
            if (checkedCase.getEscalatedAt() == null) {
                Instant now = clock.instant();
                checkedCase.escalate(now);
                events.fire(new BasicsEvents.Escalated(caseId, checkedCase.getTeamId(), now));
            }
        });
    }

    /** Labels for the task list (subject: the household) and the access-log entries for showing them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> taskSubjects(Collection<String> caseIds) {
        Map<String, TaskSubject> subjects = new HashMap<>();
        List<CheckedCase> cases = new ArrayList<>();
        for (String key : caseIds) {
            repository.checkedCase(UUID.fromString(key)).ifPresent(cases::add);
        }
        Map<HouseholdId, String> labels = residents.labelsOf(cases.stream()
                .map(c -> new HouseholdId(c.getHouseholdId())).toList());
        for (CheckedCase checkedCase : cases) {
            String label = labels.get(new HouseholdId(checkedCase.getHouseholdId()));
            if (label != null) {
                subjects.put(checkedCase.getCaseId().toString(),
                        new TaskSubject(checkedCase.getCaseId(), label, TaskSubject.Type.CASE));
            }
        }
        accessLog.recordAll(AccessAction.READ, AccessPurpose.TASK_HANDLING, cases.stream()
                .map(c -> new AccessedSubject(SubjectType.CASE, c.getCaseId(), c.getTeamId())).toList());
        return subjects;
    }

    private BasicsStatus statusOf(CheckedCase checkedCase) {
        UUID household = checkedCase.getHouseholdId();
        Set<String> creditors = new TreeSet<>();
        repository.openSignalsOf(List.of(household)).getOrDefault(household, List.of())
                .forEach(signal -> creditors.addAll(signal.creditorTypes()));
        return new BasicsStatus(checkedCase, repository.latestResults(checkedCase.getCaseId()),
                repository.latestFacts(List.of(household)).getOrDefault(household, Map.of()),
                creditors,
                workflow.isRunning(BasicsProcess.KEY, checkedCase.getCaseId().toString()),
                repository.latestNotSolvable(checkedCase.getCaseId()).orElse(null));
    }

    private CheckedCase inScope(UUID caseId, boolean forUpdate) {
        CheckedCase checkedCase = (forUpdate ? repository.checkedCaseForUpdate(caseId)
                : repository.checkedCase(caseId)).orElseThrow(() -> new NotFoundException("Zaak", caseId));
        currentUser.requireMemberOf(checkedCase.getTeamId(), "Zaak", caseId);
        if (forUpdate && !checkedCase.isOpen()) {
            throw new RuleViolationException("case-closed", "De zaak is afgesloten");
        }
        return checkedCase;
    }

    private void log(AccessAction action, CheckedCase checkedCase) {
        accessLog.record(action, AccessPurpose.CASEWORK,
                new AccessedSubject(SubjectType.CASE, checkedCase.getCaseId(), checkedCase.getTeamId()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
