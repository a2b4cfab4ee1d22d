package nl.wijkregie.basics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.basics.domain.BasicsFact;
import nl.wijkregie.basics.domain.CheckInputs;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.CheckedCase;
import nl.wijkregie.basics.domain.Dimension;
import nl.wijkregie.basics.domain.HouseholdType;
import nl.wijkregie.basics.domain.IncomeNorms;
import nl.wijkregie.basics.domain.Outcome;
import nl.wijkregie.basics.domain.SignalArrears;
import nl.wijkregie.basics.persistence.BasicsRepository;
import nl.wijkregie.basics.process.BasicsProcess;
import nl.wijkregie.household.HouseholdCompositions;
import nl.wijkregie.shared.WorkingDays;
import nl.wijkregie.workflow.DecisionResult;
import nl.wijkregie.workflow.Workflow;

/**
 * The check of many cases at once: the facts, compositions and open signals of a whole chunk in a few queries, then
 * the four DMN tables per case, every result stored with its inputs and table version. A case whose dimension turns
 * "niet op orde" gets priority and, unless one runs, the process with its task; a case where none is left ends its
 * task as solved. The same code serves one case (facts recorded, by hand) and a chunk of a background re-check.
 */
@ApplicationScoped
public class BasicsChecks {

    @Inject
    BasicsRepository repository;

    @Inject
    HouseholdCompositions compositions;

    @Inject
    BasicsPolicy policy;

    @Inject
    Workflow workflow;

    @Inject
    Event<Object> events;

    private final IncomeNorms norms = IncomeNorms.fromClasspath();

    public IncomeNorms norms() {
        return norms;
    }

    /** The versions of the four tables and the threshold now in force, e.g. for deciding whether to re-check. */
    public String rules() {
        CheckInputs unknown = new CheckInputs(Map.of(), HouseholdType.UNKNOWN, norms,
                policy.incomeThresholdPercent(), List.of());
        StringBuilder rules = new StringBuilder();
        for (Dimension dimension : Dimension.values()) {
            rules.append(dimension.decisionKey()).append(':')
                    .append(workflow.decide(dimension.decisionKey(), unknown.variables(dimension)).decisionVersion())
                    .append(',');
        }
        return rules.append("threshold:").append(policy.incomeThresholdPercent()).toString();
    }

    /** Checks the cases (locked or freshly loaded by the caller) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<CheckResult>> check(Collection<CheckedCase> cases, CheckResult.Trigger trigger,
                                              Instant now, LocalDate today, String actorId) {
        Map<UUID, List<CheckResult>> byCase = new LinkedHashMap<>();
        if (cases.isEmpty()) {
            return byCase;
        }
        Set<UUID> households = cases.stream().map(CheckedCase::getHouseholdId).collect(Collectors.toSet());
        Map<UUID, Map<Dimension, BasicsFact>> facts = repository.latestFacts(households);
        Map<UUID, List<HouseholdCompositions.Resident>> members = compositions.compositionsOf(households, today);
        Map<UUID, List<SignalArrears>> signals = repository.openSignalsOf(households);
        List<CheckResult> all = new ArrayList<>();
        List<BasicsEvents.BasicsChecked> checked = new ArrayList<>(cases.size());
        for (CheckedCase checkedCase : cases) {
            UUID household = checkedCase.getHouseholdId();
            CheckInputs inputs = new CheckInputs(facts.getOrDefault(household, Map.of()),
                    IncomeNorms.householdType(members.getOrDefault(household, List.of()).stream()
                            .map(m -> new IncomeNorms.Member(m.role(), m.dateOfBirth())).toList(), today),
                    norms, policy.incomeThresholdPercent(),
                    signals.getOrDefault(household, List.of()).stream()
                            .map(s -> new CheckInputs.OpenSignal(s.creditorTypes(), s.getPriority())).toList());
            List<CheckResult> results = new ArrayList<>(Dimension.values().length);
            for (Dimension dimension : Dimension.values()) {
                results.add(new CheckResult(checkedCase.getCaseId(), household, decide(dimension, inputs), now,
                        trigger));
            }
            all.addAll(results);
            byCase.put(checkedCase.getCaseId(), results);
            boolean hadPriority = checkedCase.hasPriority();
            checkedCase.record(results, now);
            followUp(checkedCase, hadPriority, today, now);
            checked.add(new BasicsEvents.BasicsChecked(checkedCase.getCaseId(), household, checkedCase.getTeamId(),
                    codes(checkedCase.outcomes()), trigger.name(), checkedCase.hasPriority(), now, actorId));
        }
        repository.addAll(all);
        events.fire(new BasicsEvents.CasesChecked(checked));
        return byCase;
    }

    private CheckResult.Decision decide(Dimension dimension, CheckInputs inputs) {
        Map<String, Object> variables = inputs.variables(dimension);
        DecisionResult result = workflow.decide(dimension.decisionKey(), variables);
        return new CheckResult.Decision(dimension, Outcome.valueOf(result.text("outcome")), result.text("reason"),
                Boolean.TRUE.equals(result.outputs().get("threat")), toJson(variables),
                result.decisionKey(), result.decisionVersion(), inputs.factsDate(dimension));
    }

    /**
     * Looked up once: {@code Json.createObjectBuilder()} finds the provider through the ServiceLoader on every call,
     * which was a third of the cost of a check in an import chunk's profile (ADR 0031).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** The inputs as a flat JSON object, keys sorted; JSON-P, so a plain JVM (the engine tests) needs no JSON-B. */
    private static String toJson(Map<String, Object> variables) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        new TreeMap<>(variables).forEach((key, value) -> {
            if (value instanceof Boolean flag) {
                json.add(key, flag);
            } else if (value instanceof Integer number) {
                json.add(key, number);
            } else if (value instanceof Long number) {
                json.add(key, number);
            } else if (value != null) {
                json.add(key, value.toString());
            }
        });
        return json.build().toString();
    }

    /** Starts the task when the case newly has priority, ends it as solved when it no longer has. */
    private void followUp(CheckedCase checkedCase, boolean hadPriority, LocalDate today, Instant now) {
        String caseId = checkedCase.getCaseId().toString();
        if (checkedCase.hasPriority() && !hadPriority) {
            events.fire(new BasicsEvents.PriorityChanged(checkedCase.getCaseId(), checkedCase.getHouseholdId(),
                    checkedCase.getTeamId(), true, now));
            if (!workflow.isRunning(BasicsProcess.KEY, caseId)) {
                int days = checkedCase.isThreat() ? BasicsPolicy.THREAT_WORKING_DAYS : policy.normWorkingDays();
                workflow.start(BasicsProcess.KEY, caseId, BasicsProcess.startVariables(checkedCase.getTeamId(),
                        BasicsProcess.deadlineMoment(WorkingDays.plusWorkingDays(today, days))));
            }
        } else if (!checkedCase.hasPriority() && hadPriority) {
            events.fire(new BasicsEvents.PriorityChanged(checkedCase.getCaseId(), checkedCase.getHouseholdId(),
                    checkedCase.getTeamId(), false, now));
            workflow.completeTask(BasicsProcess.KEY, caseId, BasicsProcess.TASK,
                    BasicsProcess.endVariables(BasicsProcess.SOLVED));
        }
    }

    private static Map<String, String> codes(Map<Dimension, Outcome> outcomes) {
        Map<String, String> codes = new LinkedHashMap<>();
        new EnumMap<>(outcomes).forEach((dimension, outcome) -> codes.put(dimension.name(), outcome.name()));
        return codes;
    }
}
