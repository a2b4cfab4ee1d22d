package nl.wijkregie.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkregie.assessment.AssessmentService;
import nl.wijkregie.assessment.Baseline;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.casefile.CaseFileEvents;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.casefile.CaseRef;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.HouseholdView;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.plan.domain.Action;
import nl.wijkregie.plan.domain.ActionStatus;
import nl.wijkregie.plan.domain.AgreementChannel;
import nl.wijkregie.plan.domain.EvaluationDecision;
import nl.wijkregie.plan.domain.FamilyGroupOffer;
import nl.wijkregie.plan.domain.Goal;
import nl.wijkregie.plan.domain.GoalResult;
import nl.wijkregie.plan.domain.PersonKind;
import nl.wijkregie.plan.domain.Plan;
import nl.wijkregie.plan.domain.PlanDraft;
import nl.wijkregie.plan.domain.PlanEvaluation;
import nl.wijkregie.plan.domain.PlanMember;
import nl.wijkregie.plan.domain.PlanPerson;
import nl.wijkregie.plan.domain.PlanPhase;
import nl.wijkregie.plan.domain.PlanVersion;
import nl.wijkregie.plan.persistence.PlanRepository;
import nl.wijkregie.plan.process.PlanProcess;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.TeamDirectory;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.Workflow;
import org.eclipse.microprofile.config.Config;

/**
 * Use cases on the eigen regie plan, one transaction each. The case decides the scope (another team's plan is "not
 * found"); every read and write is access-logged against the case, the PDF as an export. The plan's steps drive
 * bpmn/eigen-regie-plan.bpmn and the case's lifecycle status (ADR 0021): the plan's first step moves the case to
 * PLAN, a vastgestelde first version to UITVOERING, the evaluation timer to EVALUATIE, an evaluation back to
 * UITVOERING or closes the case.
 */
@ApplicationScoped
public class PlanService {

    /** Who the timeline names when the process's timer moved the case (ProfessionalNames shows "Wijkregie"). */
    static final String SYSTEM = "systeem";
    static final String OFFER_DAYS = "wijkregie.plan.offer-days";
    static final String DRAFT_DAYS = "wijkregie.plan.draft-days";
    static final String EVALUATION_MONTHS = "wijkregie.plan.evaluation-months";
    static final String EVALUATION_DAYS = "wijkregie.plan.evaluation-days";

    @Inject
    PlanRepository repository;

    @Inject
    CaseFileService cases;

    @Inject
    HouseholdService households;

    @Inject
    AssessmentService assessments;

    @Inject
    ResidentDirectory residents;

    @Inject
    TeamDirectory teams;

    @Inject
    Workflow workflow;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Object> events;

    @Inject
    Config config;

    @Inject
    Clock clock;

    /** A person as the professional names it; checked against the household and the team by the domain. */
    public record PersonInput(PersonKind kind, UUID memberId, String userId, String name, String relation) {
    }

    public record GoalInput(UUID key, String text, String domain, UUID memberId, Integer targetScore,
                            LocalDate targetDate) {
    }

    public record ActionInput(UUID key, String text, PersonInput carrier, LocalDate dueOn, ActionStatus status) {
    }

    /** The plan of the case, or what the tab needs before it starts. */
    @Transactional
    public PlanView view(CaseId caseId) {
        CaseRef caseRef = cases.caseInScope(caseId);
        Optional<Plan> plan = repository.ofCase(caseRef.caseId());
        accessLog.record(AccessAction.READ, AccessPurpose.CASEWORK, subjectOf(caseRef));
        return view(caseRef, plan.orElse(null));
    }

    /** Records the outcome of the familiegroepsplan offer; starts the plan when this is its first step. */
    @Transactional
    public PlanView recordOffer(CaseId caseId, FamilyGroupOffer outcome) {
        CaseRef caseRef = openCase(caseId);
        Plan plan = planOf(caseRef);
        Instant now = clock.instant();
        plan.recordOffer(outcome, now);
        workflow.completeTask(PlanProcess.KEY, key(caseRef), PlanProcess.OFFER_TASK, Map.of());
        events.fire(new PlanEvents.FamilyGroupPlanOffered(plan.getId(), caseRef.caseId(), caseRef.householdId(),
                caseRef.teamId(), outcome.name(), plan.isOfferRequired(), now, currentUser.userId()));
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseRef));
        return view(caseRef, plan);
    }

    /**
     * Writes the plan's content: the open draft, or a new version when the latest is vastgesteld. A goal on an
     * assessment domain takes the member's baseline from the assessment when it is new or its domain or member
     * changed; otherwise it keeps the baseline it had.
     */
    @Transactional
    public PlanView write(CaseId caseId, long editedVersion, String strengths, String concerns, PersonInput regisseur,
                          List<GoalInput> goals, List<ActionInput> actions, LocalDate nextEvaluationOn) {
        CaseRef caseRef = openCase(caseId);
        Plan plan = planOf(caseRef);
        Set<UUID> members = membersOf(caseRef).stream().map(HouseholdView.MemberView::id).collect(Collectors.toSet());
        Set<String> teamMembers = teams.membersOf(caseRef.teamId());
        LocalDate today = today();
        PlanPerson regisseurPerson = regisseur == null ? null : person(regisseur, members, teamMembers, "regisseur");
        Map<UUID, Goal> known = new HashMap<>();
        plan.getVersions().forEach(v -> v.getGoals().forEach(g -> known.put(g.getKey(), g)));
        List<PlanDraft.GoalInput> goalInputs = new ArrayList<>();
        List<GoalInput> givenGoals = goals == null ? List.of() : goals;
        for (int i = 0; i < givenGoals.size(); i++) {
            GoalInput goal = givenGoals.get(i);
            if (goal.domain() != null && goal.memberId() != null && !members.contains(goal.memberId())) {
                throw new nl.wijkregie.shared.InvalidFieldException("goals[" + i + "].memberId",
                        "Dit lid hoort niet bij het huishouden");
            }
            Goal before = goal.key() == null ? null : known.get(goal.key());
            Integer baselineScore = null;
            LocalDate baselineOn = null;
            if (before != null && java.util.Objects.equals(before.getDomain(), goal.domain())
                    && java.util.Objects.equals(before.getMemberId(), goal.memberId())) {
                baselineScore = before.getBaselineScore();
                baselineOn = before.getBaselineOn();
            } else if (goal.domain() != null && goal.memberId() != null && Plan.DOMAINS.contains(goal.domain())) {
                Optional<Baseline> baseline = assessments.baseline(caseId, goal.memberId(), goal.domain(), today);
                baselineScore = baseline.map(Baseline::score).orElse(null);
                baselineOn = baseline.map(Baseline::assessedOn).orElse(null);
            }
            goalInputs.add(new PlanDraft.GoalInput(goal.key(), goal.text(), goal.domain(), goal.memberId(),
                    baselineScore, baselineOn, goal.targetScore(), goal.targetDate()));
        }
        List<PlanDraft.ActionInput> actionInputs = new ArrayList<>();
        List<ActionInput> givenActions = actions == null ? List.of() : actions;
        for (int i = 0; i < givenActions.size(); i++) {
            ActionInput action = givenActions.get(i);
            PlanPerson carrier = action.carrier() == null ? null
                    : person(action.carrier(), members, teamMembers, "actions[" + i + "].carrier");
            actionInputs.add(new PlanDraft.ActionInput(action.key(), action.text(), carrier, action.dueOn(),
                    action.status()));
        }
        plan.write(new PlanDraft(strengths, concerns, regisseurPerson, goalInputs, actionInputs,
                nextEvaluationOn), editedVersion, currentUser.userId(), clock.instant(), today);
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseRef));
        return view(caseRef, plan);
    }

    private static PlanPerson person(PersonInput input, Set<UUID> members, Set<String> teamMembers, String field) {
        return PlanPerson.of(input.kind(), input.memberId(), input.userId(), input.name(), input.relation(), members,
                teamMembers, field);
    }

    /**
     * Records a member's answer on the draft. When it makes the version vastgesteld: the first time, the plan goes
     * into execution (the process waits for the evaluation date, the case moves to UITVOERING); later versions
     * replace the plan in force without moving the cycle.
     */
    @Transactional
    public PlanView recordAgreement(CaseId caseId, UUID memberId, boolean agrees, LocalDate answeredOn,
                                    AgreementChannel channel, String statement) {
        CaseRef caseRef = openCase(caseId);
        Plan plan = repository.ofCase(caseRef.caseId()).orElseThrow(() -> new RuleViolationException("no-plan",
                "Er is nog geen plan om akkoord op te geven"));
        PlanPhase before = plan.getPhase();
        List<PlanMember> members = planMembers(caseRef);
        Instant now = clock.instant();
        boolean established = plan.recordAgreement(memberId, agrees, answeredOn, channel, statement, members,
                currentUser.userId(), now, today());
        if (established) {
            PlanVersion version = plan.current().orElseThrow();
            if (before != PlanPhase.EXECUTION && before != PlanPhase.EVALUATION) {
                repository.flush();
                workflow.completeTask(PlanProcess.KEY, key(caseRef), PlanProcess.DRAFT_TASK,
                        cycleVariables(plan, version, null));
                cases.followPlan(caseId, "UITVOERING", null, null, null, currentUser.userId());
            }
            fireAgreed(caseRef, plan, version, members, now);
        }
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseRef));
        return view(caseRef, plan);
    }

    private Map<String, Object> cycleVariables(Plan plan, PlanVersion version, String decision) {
        LocalDate next = plan.getNextEvaluationOn();
        String evaluator = version.getRegisseur().getKind() == PersonKind.PROFESSIONAL
                ? version.getRegisseur().getUserId() : null;
        return PlanProcess.cycleVariables(next, next == null ? null : next.plusDays(evaluationDays()), evaluator,
                decision);
    }

    private void fireAgreed(CaseRef caseRef, Plan plan, PlanVersion version, List<PlanMember> members, Instant now) {
        LocalDate on = today();
        Set<UUID> asked = members.stream().filter(m -> m.isAskedOn(on)).map(PlanMember::id)
                .collect(Collectors.toSet());
        Map<PersonKind, Long> byCarrier = version.getActions().stream()
                .collect(Collectors.groupingBy(a -> a.getCarrier().getKind(), Collectors.counting()));
        events.fire(new PlanEvents.PlanAgreed(plan.getId(), caseRef.caseId(), caseRef.householdId(),
                caseRef.teamId(), version.getNumber(), asked.size(),
                (int) version.getAgreements().stream().filter(a -> a.isAgrees() && asked.contains(a.getMemberId()))
                        .count(),
                version.getGoals().size(), (int) version.getGoals().stream().filter(g -> g.getDomain() != null)
                        .count(),
                byCarrier.getOrDefault(PersonKind.MEMBER, 0L).intValue(),
                byCarrier.getOrDefault(PersonKind.NETWORK, 0L).intValue(),
                byCarrier.getOrDefault(PersonKind.PROFESSIONAL, 0L).intValue(),
                byCarrier.getOrDefault(PersonKind.PROVIDER, 0L).intValue(),
                plan.getNextEvaluationOn(), now, currentUser.userId()));
    }

    /** Moves an action of the plan in force: progress, no new version. */
    @Transactional
    public PlanView moveAction(CaseId caseId, UUID actionKey, ActionStatus status) {
        CaseRef caseRef = openCase(caseId);
        Plan plan = repository.ofCase(caseRef.caseId()).orElseThrow(() -> new RuleViolationException("no-plan",
                "Er is nog geen plan"));
        plan.moveAction(actionKey, status);
        accessLog.record(AccessAction.UPDATE, AccessPurpose.CASEWORK, subjectOf(caseRef));
        return view(caseRef, plan);
    }

    /**
     * Records the evaluation: every goal's result, the three outcome questions, and either the next evaluation date
     * (the case goes back to UITVOERING and the process waits again) or closing the case with a reason and summary.
     */
    @Transactional
    public PlanView evaluate(CaseId caseId, LocalDate evaluatedOn, Map<UUID, GoalResult> results,
                             boolean withoutHelp, boolean problemsReduced, boolean goalsReached,
                             EvaluationDecision decision, LocalDate nextEvaluationOn, String closingReason,
                             String outcomeSummary) {
        CaseRef caseRef = openCase(caseId);
        Plan plan = repository.ofCase(caseRef.caseId()).orElseThrow(() -> new RuleViolationException("no-plan",
                "Er is nog geen plan"));
        if (decision == EvaluationDecision.CLOSE && (outcomeSummary == null || outcomeSummary.isBlank())) {
            throw new nl.wijkregie.shared.InvalidFieldException("outcomeSummary",
                    "Vat de uitkomst kort samen: de zaak wordt afgesloten");
        }
        Instant now = clock.instant();
        PlanEvaluation evaluation = plan.evaluate(evaluatedOn, results, withoutHelp, problemsReduced, goalsReached,
                decision, nextEvaluationOn, currentUser.userId(), now, today());
        PlanVersion version = plan.current().orElseThrow();
        repository.flush();
        String actor = currentUser.userId();
        if (decision == EvaluationDecision.CLOSE) {
            cases.followPlan(caseId, "AFGESLOTEN", closingReason != null ? closingReason
                    : goalsReached ? "DOELEN_BEREIKT" : "OVERIG", outcomeSummary.strip(), null, actor);
        } else {
            cases.followPlan(caseId, "UITVOERING", null, null, "Volgende ronde van het plan na de evaluatie",
                    actor);
        }
        workflow.completeTask(PlanProcess.KEY, key(caseRef), PlanProcess.EVALUATION_TASK,
                cycleVariables(plan, version, decision.name()));
        Map<UUID, Goal> goals = version.getGoals().stream().collect(Collectors.toMap(Goal::getKey, g -> g));
        evaluation.getGoals().forEach(result -> events.fire(new PlanEvents.GoalEvaluated(plan.getId(),
                caseRef.caseId(), caseRef.householdId(), caseRef.teamId(), result.getGoalKey(), result.getDomain(),
                goals.get(result.getGoalKey()).getBaselineScore(), goals.get(result.getGoalKey()).getTargetScore(),
                result.getResult().name(), evaluation.getEvaluatedOn(), evaluation.getCycle())));
        events.fire(new PlanEvents.EvaluationRecorded(plan.getId(), caseRef.caseId(), caseRef.householdId(),
                caseRef.teamId(), evaluation.getVersionNumber(), evaluation.getCycle(), evaluation.getEvaluatedOn(),
                withoutHelp, problemsReduced, goalsReached, decision.name(), evaluation.getNextEvaluationOn(), now,
                actor));
        accessLog.record(AccessAction.CREATE, AccessPurpose.CASEWORK, subjectOf(caseRef));
        return view(caseRef, plan);
    }

    /** The evaluation date came (the timer, no user): the plan waits for its evaluation, the case is EVALUATIE. */
    @Transactional
    public void evaluationDue(UUID caseId) {
        repository.ofCaseForUpdate(caseId).ifPresent(plan -> {
            LocalDate due = plan.getNextEvaluationOn();
            if (plan.evaluationDue()) {
                cases.followPlan(new CaseId(caseId), "EVALUATIE", null, null, null, SYSTEM);
                events.fire(new PlanEvents.EvaluationDue(plan.getId(), caseId, plan.getHouseholdId(),
                        plan.getTeamId(), due.plusDays(evaluationDays()), clock.instant()));
            }
        });
    }

    /** The evaluation passed its deadline (the timer): idempotent, so a retried job does no harm. */
    @Transactional
    public void escalate(UUID caseId) {
        repository.ofCaseForUpdate(caseId).ifPresent(plan -> {
            Instant now = clock.instant();
            if (plan.escalate(now)) {
                events.fire(new PlanEvents.EvaluationEscalated(plan.getId(), caseId, plan.getHouseholdId(),
                        plan.getTeamId(), now));
            }
        });
    }

    /** A case closed by hand ends its plan and the plan's process; the plan's own closing already did. */
    void caseClosed(@Observes CaseFileEvents.CaseClosed closed) {
        repository.ofCase(closed.caseId()).ifPresent(plan -> {
            if (plan.closeWithCase()) {
                workflow.cancel(PlanProcess.KEY, closed.caseId().toString(), "De zaak is afgesloten");
            }
        });
    }

    /** The plan as a PDF for the household, in plain Dutch; logged as an export. */
    @Transactional
    public byte[] pdf(CaseId caseId) {
        CaseRef caseRef = cases.caseInScope(caseId);
        Plan plan = repository.ofCase(caseRef.caseId()).filter(p -> p.latest().isPresent())
                .orElseThrow(() -> new nl.wijkregie.shared.NotFoundException("Plan", caseRef.caseId()));
        PlanView view = view(caseRef, plan);
        byte[] document = PlanPdf.render(view, households.viewInScope(new HouseholdId(caseRef.householdId())));
        accessLog.record(AccessAction.EXPORT, AccessPurpose.CASEWORK, subjectOf(caseRef));
        return document;
    }

    /** Labels for the task list (subject: the household) and the access-log entries for showing them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> taskSubjects(Collection<String> caseIds) {
        List<Plan> plans = repository.ofCases(caseIds.stream().map(UUID::fromString).toList());
        Map<HouseholdId, String> labels = residents.labelsOf(plans.stream()
                .map(p -> new HouseholdId(p.getHouseholdId())).toList());
        Map<String, TaskSubject> subjects = new HashMap<>();
        for (Plan plan : plans) {
            String label = labels.get(new HouseholdId(plan.getHouseholdId()));
            if (label != null) {
                subjects.put(plan.getCaseId().toString(),
                        new TaskSubject(plan.getCaseId(), label, TaskSubject.Type.CASE));
            }
        }
        accessLog.recordAll(AccessAction.READ, AccessPurpose.TASK_HANDLING, plans.stream()
                .map(p -> new AccessedSubject(SubjectType.CASE, p.getCaseId(), p.getTeamId())).toList());
        return subjects;
    }

    private CaseRef openCase(CaseId caseId) {
        CaseRef caseRef = cases.caseInScope(caseId);
        if (!caseRef.open()) {
            throw new RuleViolationException("case-closed", "De zaak is afgesloten: het plan verandert niet meer");
        }
        return caseRef;
    }

    /** The case's plan; the first step on a case starts it, its process, and moves the case to PLAN. */
    private Plan planOf(CaseRef caseRef) {
        Optional<Plan> existing = repository.ofCase(caseRef.caseId());
        if (existing.isPresent()) {
            return existing.get();
        }
        CaseId caseId = new CaseId(caseRef.caseId());
        boolean jeugd = cases.involves(caseId, "JEUGD");
        Plan plan = Plan.start(caseRef.caseId(), caseRef.householdId(), caseRef.teamId(), jeugd, clock.instant());
        repository.add(plan);
        repository.flush();
        LocalDate today = today();
        workflow.start(PlanProcess.KEY, key(caseRef), PlanProcess.startVariables(caseRef.teamId(), jeugd,
                today.plusDays(config.getOptionalValue(OFFER_DAYS, Integer.class).orElse(14)),
                today.plusDays(config.getOptionalValue(DRAFT_DAYS, Integer.class).orElse(28))));
        cases.followPlan(caseId, "PLAN", null, null, null, currentUser.userId());
        return plan;
    }

    private PlanView view(CaseRef caseRef, Plan plan) {
        LocalDate today = today();
        List<HouseholdView.MemberView> members = membersOf(caseRef);
        boolean offerRequired = plan != null ? plan.isOfferRequired()
                : cases.involves(new CaseId(caseRef.caseId()), "JEUGD");
        Set<String> professionals = new LinkedHashSet<>();
        if (plan != null) {
            // everything the mapper reads, loaded here: it maps after this transaction
            plan.getEvaluations().forEach(PlanEvaluation::getGoals);
            for (PlanVersion version : plan.getVersions()) {
                version.getGoals();
                Stream.concat(Stream.of(version.getRegisseur()), version.getActions().stream().map(Action::getCarrier))
                        .filter(p -> p != null && p.getKind() == PersonKind.PROFESSIONAL)
                        .forEach(p -> professionals.add(p.getUserId()));
                professionals.add(version.getWrittenBy());
                version.getAgreements().forEach(a -> professionals.add(a.getRecordedBy()));
            }
            plan.getEvaluations().forEach(e -> professionals.add(e.getRecordedBy()));
        }
        List<String> teamMembers = teams.membersOf(caseRef.teamId()).stream().sorted().toList();
        professionals.addAll(teamMembers);
        professionals.remove(null);
        return new PlanView(plan, offerRequired, today, today.plusMonths(evaluationMonths()),
                members.stream().map(m -> new PlanView.Member(m.id(), nameOf(m), m.dateOfBirth(),
                        new PlanMember(m.id(), m.dateOfBirth()).isAskedOn(today))).toList(),
                teamMembers, cases.namesOf(professionals), caseRef.open());
    }

    private static String nameOf(HouseholdView.MemberView member) {
        return Stream.of(member.firstName(), member.surnamePrefix(), member.surname())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    private List<HouseholdView.MemberView> membersOf(CaseRef caseRef) {
        return households.viewInScope(new HouseholdId(caseRef.householdId())).members().stream()
                .filter(m -> m.leftOn() == null).toList();
    }

    private List<PlanMember> planMembers(CaseRef caseRef) {
        return membersOf(caseRef).stream().map(m -> new PlanMember(m.id(), m.dateOfBirth())).toList();
    }

    private int evaluationMonths() {
        return config.getOptionalValue(EVALUATION_MONTHS, Integer.class).orElse(3);
    }

    private int evaluationDays() {
        return config.getOptionalValue(EVALUATION_DAYS, Integer.class).orElse(14);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String key(CaseRef caseRef) {
        return caseRef.caseId().toString();
    }

    private static AccessedSubject subjectOf(CaseRef caseRef) {
        return new AccessedSubject(SubjectType.CASE, caseRef.caseId(), caseRef.teamId());
    }
}
