package nl.wijkregie.basics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.basics.domain.BasicsFact;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.CheckedCase;
import nl.wijkregie.basics.domain.Dimension;
import nl.wijkregie.basics.domain.HousingSituation;
import nl.wijkregie.basics.domain.Outcome;
import nl.wijkregie.basics.domain.RecheckRun;
import nl.wijkregie.basics.domain.SignalArrears;
import nl.wijkregie.basics.domain.Source;
import nl.wijkregie.basics.persistence.BasicsRepository;
import nl.wijkregie.basics.process.BasicsProcess;
import nl.wijkregie.household.HouseholdCompositions;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.workflow.EngineOnPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new version of a table re-checks every open case in the background, chunk by chunk, and keeps the old results:
 * on a real engine on PostgreSQL, the tables deployed as at start-up and a changed wonen table deployed as a new
 * version (a release), with the module's tables held in memory by a stand-in repository. A fresh {@code Workflow}
 * stands for the restart that brings the new table.
 */
class BasicsRecheckTest {

    @RegisterExtension
    static final EngineOnPostgres ENGINE = new EngineOnPostgres();

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final int CHUNK = 2;

    private final InMemoryBasics repository = new InMemoryBasics();
    private final List<Object> events = new ArrayList<>();
    private final List<AccessedSubject> logged = new ArrayList<>();

    @BeforeAll
    static void deployAsAtStartUp() {
        ENGINE.deploy("basisvoorwaarden.bpmn", "basics-housing.dmn", "basics-income.dmn", "basics-debts.dmn",
                "basics-safety.dmn");
    }

    @Test
    void aNewTableVersionRechecksEveryOpenCaseInChunksAndKeepsTheOldResults() throws IOException {
        List<CheckedCase> open = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            open.add(repository.openCase());
        }
        CheckedCase closed = repository.openCase();
        closed.close();
        CheckedCase unsuitable = open.get(3);
        repository.facts.put(unsuitable.getHouseholdId(), new EnumMap<>(Map.of(Dimension.HOUSING, BasicsFact.housing(
                new BasicsFact.Provenance(unsuitable.getHouseholdId(), TODAY, Source.RESIDENT, "fatima", NOW), TODAY,
                HousingSituation.STABLE_UNSUITABLE))));

        BasicsRecheck recheck = recheck();
        UUID first = recheck.startIfRulesChanged().orElseThrow();
        recheck.runToEnd(first);

        assertThat(repository.results).hasSize(5 * 4);
        assertThat(repository.results).allSatisfy(r -> assertThat(r.getDecisionVersion()).isEqualTo(1));
        assertThat(repository.results).noneMatch(r -> r.getCaseId().equals(closed.getCaseId()));
        assertThat(outcomeOf(unsuitable)).isEqualTo(Outcome.AT_RISK);
        assertThat(recheck.startIfRulesChanged()).as("the same rules: nothing to re-check").isEmpty();

        deployWonenVersion2();
        BasicsRecheck afterRelease = recheck();
        UUID second = afterRelease.startIfRulesChanged().orElseThrow();
        afterRelease.runToEnd(second);

        assertThat(repository.results).as("old results kept, new ones added").hasSize(5 * 4 * 2);
        assertThat(repository.results.subList(0, 20)).allSatisfy(r -> assertThat(r.getDecisionVersion()).isEqualTo(1));
        assertThat(repository.results.subList(20, 40)).filteredOn(r -> r.getDimension() == Dimension.HOUSING)
                .hasSize(5).allSatisfy(r -> {
                    assertThat(r.getDecisionVersion()).isEqualTo(2);
                    assertThat(r.getTrigger()).isEqualTo(CheckResult.Trigger.NEW_RULES);
                });
        assertThat(outcomeOf(unsuitable)).isEqualTo(Outcome.NOT_IN_ORDER);
        assertThat(unsuitable.hasPriority()).isTrue();
        assertThat(ENGINE.workflow().isRunning(BasicsProcess.KEY, unsuitable.getCaseId().toString()))
                .as("the case that turned 'niet op orde' got its task").isTrue();
        assertThat(events).filteredOn(BasicsEvents.PriorityChanged.class::isInstance).hasSize(1);

        RecheckRun run = repository.runs.get(second);
        assertThat(run.getChecked()).isEqualTo(5);
        assertThat(run.getFinishedAt()).isEqualTo(NOW);
        assertThat(run.getRules()).contains("basics-housing:2").contains("threshold:110");
        assertThat(repository.largestChunkAsked.get()).as("streamed in chunks").isEqualTo(CHUNK);
        assertThat(logged).hasSize(10).allSatisfy(subject -> assertThat(subject.id()).isNotEqualTo(closed.getCaseId()));
    }

    private Outcome outcomeOf(CheckedCase checkedCase) {
        return checkedCase.outcomes().get(Dimension.HOUSING);
    }

    private static void deployWonenVersion2() throws IOException {
        try (InputStream in = BasicsRecheckTest.class.getClassLoader().getResourceAsStream("bpmn/basics-housing.dmn")) {
            String rule6 = "<outputEntry id=\"rule6_out0\"><text>";
            String table = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(rule6 + "\"AT_RISK\"", rule6 + "\"NOT_IN_ORDER\"")
                    .replace("\"Stabiele maar ongeschikte woning\"", "\"Ongeschikte woning\"");
            assertThat(table).contains("Ongeschikte woning\"");
            ENGINE.engine().getRepositoryService().createDeployment().addString("basics-housing.dmn", table).deploy();
        }
    }

    private BasicsRecheck recheck() {
        BasicsPolicy policy = new BasicsPolicy();
        policy.incomeThresholdPercent = 110;
        policy.normWorkingDays = 10;
        policy.recheckChunkSize = CHUNK;
        BasicsChecks checks = new BasicsChecks();
        checks.repository = repository;
        checks.policy = policy;
        checks.workflow = ENGINE.workflow();
        checks.compositions = new HouseholdCompositions() {
            @Override
            public Map<UUID, List<Resident>> compositionsOf(Collection<UUID> householdIds, LocalDate on) {
                Map<UUID, List<Resident>> compositions = new HashMap<>();
                householdIds.forEach(id -> compositions.put(id, List.of(new Resident("PARENT",
                        LocalDate.of(1980, 1, 1)))));
                return compositions;
            }
        };
        checks.events = recordingEvents();
        BasicsRecheck recheck = new BasicsRecheck();
        recheck.repository = repository;
        recheck.checks = checks;
        recheck.policy = policy;
        recheck.workflow = checks.workflow;
        recheck.clock = Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
        recheck.self = recheck;
        recheck.accessLog = new AccessLog() {
            @Override
            public void recordAll(Actor actor, AccessAction action, AccessPurpose purpose,
                                  List<AccessedSubject> subjects) {
                logged.addAll(subjects);
            }
        };
        return recheck;
    }

    @SuppressWarnings("unchecked")
    private Event<Object> recordingEvents() {
        return (Event<Object>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Event.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("fire")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    events.add(args[0]);
                    return null;
                });
    }

    /** The module's tables, as far as a re-check uses them. */
    static final class InMemoryBasics extends BasicsRepository {

        final TreeMap<UUID, CheckedCase> cases = new TreeMap<>();
        final Map<UUID, Map<Dimension, BasicsFact>> facts = new HashMap<>();
        final List<CheckResult> results = new ArrayList<>();
        final Map<UUID, RecheckRun> runs = new HashMap<>();
        final AtomicInteger largestChunkAsked = new AtomicInteger();

        CheckedCase openCase() {
            CheckedCase checkedCase = new CheckedCase(Ids.newId(), UUID.randomUUID(), UUID.randomUUID());
            cases.put(checkedCase.getCaseId(), checkedCase);
            return checkedCase;
        }

        @Override
        public void add(Object entity) {
            RecheckRun run = (RecheckRun) entity;
            runs.put(run.getId(), run);
        }

        @Override
        public void addAll(Collection<?> entities) {
            entities.forEach(entity -> results.add((CheckResult) entity));
        }

        @Override
        public void flush() {
        }

        @Override
        public List<CheckedCase> openCasesAfter(UUID after, int limit) {
            largestChunkAsked.accumulateAndGet(limit, Math::max);
            return (after == null ? cases.values() : cases.tailMap(after, false).values()).stream()
                    .filter(CheckedCase::isOpen).limit(limit).toList();
        }

        @Override
        public long countOpenCases() {
            return cases.values().stream().filter(CheckedCase::isOpen).count();
        }

        @Override
        public Map<UUID, Map<Dimension, BasicsFact>> latestFacts(Collection<UUID> householdIds) {
            return facts;
        }

        @Override
        public Map<UUID, List<SignalArrears>> openSignalsOf(Collection<UUID> householdIds) {
            return Map.of();
        }

        @Override
        public Optional<RecheckRun> runForUpdate(UUID id) {
            return Optional.ofNullable(runs.get(id));
        }

        @Override
        public Optional<RecheckRun> run(UUID id) {
            return Optional.ofNullable(runs.get(id));
        }

        @Override
        public Optional<RecheckRun> latestRun() {
            return runs.values().stream().max(java.util.Comparator.comparing(RecheckRun::getId));
        }
    }
}
