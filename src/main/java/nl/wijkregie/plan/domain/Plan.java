package nl.wijkregie.plan.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;

/**
 * The eigen regie plan of one case: "1 gezin, 1 plan, 1 regisseur". It holds its versions (full snapshots) and its
 * evaluations, and keeps the rules of the cycle: the familiegroepsplan offer comes first when the case involves
 * jeugd; a version is vastgesteld only when every member of 12 or older has answered and at least one agrees;
 * changing a vastgesteld version makes a new one; an evaluation judges every goal of the vastgestelde version.
 */
@Entity
@Table(name = "care_plan")
public class Plan {

    /** The assessment domains a goal may point at (the codes of the assessment module). */
    public static final Set<String> DOMAINS = Set.of("FINANCES", "WORK_EDUCATION", "DAYTIME_ACTIVITIES", "HOUSING",
            "DOMESTIC_RELATIONS", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "SUBSTANCE_USE", "BASIC_ADL",
            "INSTRUMENTAL_ADL", "SOCIAL_NETWORK", "COMMUNITY_PARTICIPATION", "JUSTICE");
    public static final int MAX_GOALS = 30;
    public static final int MAX_ACTIONS = 100;

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Column(name = "team_id", nullable = false)
    private UUID teamId;

    @Column(name = "offer_required", nullable = false, updatable = false)
    private boolean offerRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "family_group_offer", length = 15)
    private FamilyGroupOffer familyGroupOffer;

    @Column(name = "offer_recorded_at")
    private Instant offerRecordedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PlanPhase phase;

    @Column(name = "next_evaluation_on")
    private LocalDate nextEvaluationOn;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "plan_id", insertable = false, updatable = false)
    @OrderBy("cycle")
    private List<PlanEvaluation> evaluations = new ArrayList<>();

    protected Plan() {
    }

    /** A new plan for a case; when the case involves jeugd, the familiegroepsplan offer is its first step. */
    public static Plan start(UUID caseId, UUID householdId, UUID teamId, boolean involvesJeugd, Instant now) {
        Plan plan = new Plan();
        plan.id = Ids.newId();
        plan.caseId = caseId;
        plan.householdId = householdId;
        plan.teamId = teamId;
        plan.offerRequired = involvesJeugd;
        plan.phase = involvesJeugd ? PlanPhase.OFFER : PlanPhase.DRAFT;
        plan.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        return plan;
    }

    /** Records the offer's outcome; only before the first version is written, and once. */
    public void recordOffer(FamilyGroupOffer outcome, Instant now) {
        requireOpen();
        if (outcome == null) {
            throw new InvalidFieldException("outcome", "Kies de uitkomst van het aanbod");
        }
        if (familyGroupOffer != null || !versions.isEmpty()) {
            throw new RuleViolationException("offer-recorded",
                    "Het aanbod van een familiegroepsplan is al vastgelegd of er is al een plan geschreven");
        }
        familyGroupOffer = outcome;
        offerRecordedAt = now.truncatedTo(ChronoUnit.MICROS);
        if (phase == PlanPhase.OFFER) {
            phase = PlanPhase.DRAFT;
        }
    }

    /**
     * Writes the content of the plan: into the open draft, or — when the latest version is vastgesteld — into a new
     * version (the vastgestelde stays as agreed). Refused before the offer's outcome when it is required.
     * Returns the version written.
     */
    public PlanVersion write(PlanDraft draft, long editedVersion, String by, Instant now, LocalDate today) {
        requireOpen();
        requireVersion(editedVersion);
        if (offerRequired && familyGroupOffer == null) {
            throw new RuleViolationException("offer-first",
                    "Bied eerst een familiegroepsplan aan en leg de uitkomst vast: de zaak gaat over jeugd");
        }
        checkDraft(draft, today);
        PlanVersion target = latest().filter(v -> !v.isEstablished()).orElse(null);
        if (target == null) {
            target = new PlanVersion(id, versions.size() + 1);
            versions.add(target);
        }
        Map<UUID, Goal> knownGoals = new HashMap<>();
        Map<UUID, Action> knownActions = new HashMap<>();
        versions.forEach(v -> v.getGoals().forEach(g -> knownGoals.put(g.getKey(), g)));
        versions.forEach(v -> v.getActions().forEach(a -> knownActions.put(a.getKey(), a)));
        List<Goal> goals = draft.goals().stream().map(g -> new Goal(
                g.key() != null && knownGoals.containsKey(g.key()) ? g.key() : Ids.newId(), g.text().strip(),
                g.domain(), g.domain() == null ? null : g.memberId(), g.baselineScore(), g.baselineOn(),
                g.targetScore(), g.targetDate())).toList();
        List<Action> actions = (draft.actions() == null ? List.<PlanDraft.ActionInput>of() : draft.actions()).stream().map(a -> new Action(
                a.key() != null && knownActions.containsKey(a.key()) ? a.key() : Ids.newId(), a.text().strip(),
                a.carrier(), a.dueOn(), a.status() == null ? ActionStatus.TE_DOEN : a.status())).toList();
        target.write(blankToNull(draft.strengths()), blankToNull(draft.concerns()), draft.regisseur(), goals,
                actions, draft.nextEvaluationOn(), by, now.truncatedTo(ChronoUnit.MICROS));
        if (phase == PlanPhase.OFFER) {
            phase = PlanPhase.DRAFT;
        }
        return target;
    }

    private static void checkDraft(PlanDraft draft, LocalDate today) {
        if (draft.regisseur() == null) {
            throw new InvalidFieldException("regisseur", "Kies de regisseur van het plan");
        }
        if (draft.regisseur().getKind() == PersonKind.PROVIDER) {
            throw new InvalidFieldException("regisseur.kind",
                    "De regisseur is een professional, een lid van het huishouden of iemand uit het netwerk");
        }
        if (draft.goals() == null || draft.goals().isEmpty()) {
            throw new InvalidFieldException("goals", "Schrijf minstens één doel op");
        }
        if (draft.goals().size() > MAX_GOALS) {
            throw new InvalidFieldException("goals", "Hooguit " + MAX_GOALS + " doelen");
        }
        List<PlanDraft.ActionInput> actions = draft.actions() == null ? List.of() : draft.actions();
        if (actions.size() > MAX_ACTIONS) {
            throw new InvalidFieldException("actions", "Hooguit " + MAX_ACTIONS + " acties");
        }
        if (draft.nextEvaluationOn() == null) {
            throw new InvalidFieldException("nextEvaluationOn", "Kies de datum van de volgende evaluatie");
        }
        if (!draft.nextEvaluationOn().isAfter(today)) {
            throw new InvalidFieldException("nextEvaluationOn", "De volgende evaluatie ligt na vandaag");
        }
        Set<UUID> keys = new HashSet<>();
        for (int i = 0; i < draft.goals().size(); i++) {
            PlanDraft.GoalInput goal = draft.goals().get(i);
            String field = "goals[" + i + "]";
            if (goal.text() == null || goal.text().isBlank()) {
                throw new InvalidFieldException(field + ".text", "Schrijf het doel op in de woorden van het huishouden");
            }
            if (goal.text().strip().length() > Goal.MAX_TEXT) {
                throw new InvalidFieldException(field + ".text", "Hooguit " + Goal.MAX_TEXT + " tekens");
            }
            if (goal.key() != null && !keys.add(goal.key())) {
                throw new InvalidFieldException(field + ".key", "Dit doel staat er twee keer in");
            }
            if (goal.domain() != null && !DOMAINS.contains(goal.domain())) {
                throw new InvalidFieldException(field + ".domain", "Onbekend leefgebied");
            }
            if (goal.targetScore() != null && (goal.targetScore() < 1 || goal.targetScore() > 5)) {
                throw new InvalidFieldException(field + ".targetScore", "Een doelscore is 1 tot en met 5");
            }
            if (goal.targetScore() != null && goal.domain() == null) {
                throw new InvalidFieldException(field + ".domain", "Een doelscore hoort bij een leefgebied");
            }
            if (goal.targetDate() != null && goal.targetDate().isBefore(today)) {
                throw new InvalidFieldException(field + ".targetDate", "De streefdatum ligt niet in het verleden");
            }
        }
        for (int i = 0; i < actions.size(); i++) {
            PlanDraft.ActionInput action = actions.get(i);
            String field = "actions[" + i + "]";
            if (action.text() == null || action.text().isBlank()) {
                throw new InvalidFieldException(field + ".text", "Schrijf op wat er gebeurt");
            }
            if (action.text().strip().length() > Action.MAX_TEXT) {
                throw new InvalidFieldException(field + ".text", "Hooguit " + Action.MAX_TEXT + " tekens");
            }
            if (action.carrier() == null) {
                throw new InvalidFieldException(field + ".carrier", "Kies wie het doet");
            }
            if (action.key() != null && !keys.add(action.key())) {
                throw new InvalidFieldException(field + ".key", "Deze actie staat er twee keer in");
            }
        }
        maxText("strengths", draft.strengths());
        maxText("concerns", draft.concerns());
    }

    private static void maxText(String field, String text) {
        if (text != null && text.strip().length() > PlanVersion.MAX_TEXT) {
            throw new InvalidFieldException(field, "Hooguit " + PlanVersion.MAX_TEXT + " tekens");
        }
    }

    /**
     * Records one member's answer on the open draft. A member under 12 is not asked; the date is not after today.
     * When every member asked has answered and at least one agrees, the version is vastgesteld: returns true then.
     */
    public boolean recordAgreement(UUID memberId, boolean agrees, LocalDate answeredOn, AgreementChannel channel,
                                   String statement, List<PlanMember> members, String by, Instant now,
                                   LocalDate today) {
        requireOpen();
        PlanVersion draft = latest().filter(v -> !v.isEstablished()).orElseThrow(() -> new RuleViolationException(
                "no-draft", "Er is geen conceptversie om akkoord op te geven: wijzig eerst het plan"));
        PlanMember member = members.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("memberId", "Dit lid hoort niet bij het huishouden"));
        if (answeredOn == null) {
            throw new InvalidFieldException("answeredOn", "Vul de datum in");
        }
        if (answeredOn.isAfter(today)) {
            throw new InvalidFieldException("answeredOn", "De datum ligt in de toekomst");
        }
        if (!member.isAskedOn(answeredOn)) {
            throw new InvalidFieldException("memberId", "Een kind jonger dan " + PlanMember.AGREEMENT_AGE
                    + " jaar wordt niet om akkoord gevraagd");
        }
        if (channel == null) {
            throw new InvalidFieldException("channel", "Kies hoe het akkoord is gegeven");
        }
        String own = blankToNull(statement);
        if (own != null && own.length() > Agreement.MAX_STATEMENT) {
            throw new InvalidFieldException("statement", "Hooguit " + Agreement.MAX_STATEMENT + " tekens");
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        draft.answer(new Agreement(memberId, agrees, answeredOn, channel, own, by, at));
        if (!isAgreed(draft, members, today)) {
            return false;
        }
        draft.establish(at);
        if (phase == PlanPhase.DRAFT || phase == PlanPhase.OFFER) {
            phase = PlanPhase.EXECUTION;
            nextEvaluationOn = draft.getNextEvaluationOn();
        }
        return true;
    }

    /** Every member asked on that date answered, and at least one of them agrees. */
    public static boolean isAgreed(PlanVersion version, List<PlanMember> members, LocalDate on) {
        Set<UUID> asked = members.stream().filter(m -> m.isAskedOn(on)).map(PlanMember::id)
                .collect(Collectors.toSet());
        Set<UUID> answered = version.getAgreements().stream().map(Agreement::getMemberId).collect(Collectors.toSet());
        return !asked.isEmpty() && answered.containsAll(asked)
                && version.getAgreements().stream().anyMatch(a -> asked.contains(a.getMemberId()) && a.isAgrees());
    }

    /** Moves an action of the vastgestelde (or, before that, the draft) version: progress, no new version. */
    public void moveAction(UUID actionKey, ActionStatus status) {
        requireOpen();
        if (status == null) {
            throw new InvalidFieldException("status", "Kies te doen, bezig, klaar of vervallen");
        }
        PlanVersion current = current().or(this::latest).orElseThrow(() -> new InvalidFieldException("actionKey",
                "Onbekende actie"));
        if (!current.moveAction(actionKey, status)) {
            throw new InvalidFieldException("actionKey", "Onbekende actie");
        }
    }

    /** The evaluation date came (the timer): the plan waits for its evaluation. Idempotent for a retried job. */
    public boolean evaluationDue() {
        if (phase != PlanPhase.EXECUTION) {
            return false;
        }
        phase = PlanPhase.EVALUATION;
        return true;
    }

    /** The evaluation is overdue (the timer on the task): marks it once; returns whether it did now. */
    public boolean escalate(Instant now) {
        if (phase != PlanPhase.EVALUATION || escalatedAt != null) {
            return false;
        }
        escalatedAt = now.truncatedTo(ChronoUnit.MICROS);
        return true;
    }

    /**
     * Records the evaluation of the vastgestelde version: a result for each of its goals (no other), the three
     * outcome questions, and either the next evaluation date (another cycle) or closing.
     */
    public PlanEvaluation evaluate(LocalDate evaluatedOn, Map<UUID, GoalResult> results, boolean withoutHelp,
                                  boolean problemsReduced, boolean goalsReached, EvaluationDecision decision,
                                  LocalDate nextEvaluation, String by, Instant now, LocalDate today) {
        if (phase != PlanPhase.EVALUATION) {
            throw new RuleViolationException("not-evaluating",
                    "Het plan wordt nu niet geëvalueerd: dat kan vanaf de evaluatiedatum");
        }
        PlanVersion established = current().orElseThrow();
        if (evaluatedOn == null || evaluatedOn.isAfter(today)) {
            throw new InvalidFieldException("evaluatedOn", "De datum van de evaluatie ligt niet in de toekomst");
        }
        if (decision == null) {
            throw new InvalidFieldException("decision", "Kies: nog een ronde of de zaak afsluiten");
        }
        Set<UUID> goalKeys = established.getGoals().stream().map(Goal::getKey).collect(Collectors.toSet());
        if (results == null || !goalKeys.equals(results.keySet()) || results.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidFieldException("goals", "Geef bij elk doel van het plan aan hoe het ervoor staat");
        }
        if (decision == EvaluationDecision.CONTINUE && (nextEvaluation == null || !nextEvaluation.isAfter(today))) {
            throw new InvalidFieldException("nextEvaluationOn", "Kies een volgende evaluatiedatum na vandaag");
        }
        List<GoalEvaluation> goals = established.getGoals().stream()
                .map(g -> new GoalEvaluation(g.getKey(), g.getDomain(), results.get(g.getKey()))).toList();
        PlanEvaluation evaluation = new PlanEvaluation(id, established.getNumber(), evaluations.size() + 1,
                evaluatedOn, withoutHelp, problemsReduced, goalsReached, decision,
                decision == EvaluationDecision.CONTINUE ? nextEvaluation : null, goals, by,
                now.truncatedTo(ChronoUnit.MICROS));
        evaluations.add(evaluation);
        escalatedAt = null;
        if (decision == EvaluationDecision.CONTINUE) {
            phase = PlanPhase.EXECUTION;
            nextEvaluationOn = nextEvaluation;
        } else {
            phase = PlanPhase.CLOSED;
            nextEvaluationOn = null;
        }
        return evaluation;
    }

    /** The case was closed by hand while the plan ran: the plan ends with it. Returns whether it was still open. */
    public boolean closeWithCase() {
        if (phase == PlanPhase.CLOSED) {
            return false;
        }
        phase = PlanPhase.CLOSED;
        nextEvaluationOn = null;
        return true;
    }

    /** The latest vastgestelde version: the plan in force. */
    public Optional<PlanVersion> current() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).isEstablished()) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<PlanVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    private void requireOpen() {
        if (phase == PlanPhase.CLOSED) {
            throw new RuleViolationException("plan-closed", "Het plan is afgesloten en verandert niet meer");
        }
    }

    private void requireVersion(long editedVersion) {
        if (editedVersion != version) {
            throw new StaleVersionException("Plan", id, editedVersion, version);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public boolean isOfferRequired() {
        return offerRequired;
    }

    public FamilyGroupOffer getFamilyGroupOffer() {
        return familyGroupOffer;
    }

    public Instant getOfferRecordedAt() {
        return offerRecordedAt;
    }

    public PlanPhase getPhase() {
        return phase;
    }

    public LocalDate getNextEvaluationOn() {
        return nextEvaluationOn;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<PlanVersion> getVersions() {
        return List.copyOf(versions);
    }

    public List<PlanEvaluation> getEvaluations() {
        return List.copyOf(evaluations);
    }
}
