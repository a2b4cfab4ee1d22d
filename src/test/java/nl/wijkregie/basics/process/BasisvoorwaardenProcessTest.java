package nl.wijkregie.basics.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.wijkregie.basics.BasicsService;
import nl.wijkregie.shared.WorkingDays;
import nl.wijkregie.workflow.EngineOnPostgres;
import nl.wijkregie.workflow.ManagedThreads;
import nl.wijkregie.workflow.Workflow;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of bpmn/basisvoorwaarden.bpmn on a real engine and PostgreSQL, the timer driven by the engine's clock.
 * The production escalation delegate runs on a {@link BasicsService} that records which case it was asked to
 * escalate; starting and ending go through the production {@link Workflow} with the production variables, as
 * {@code BasicsChecks} and {@code BasicsService} call them. What the check decides is BasicsTablesTest's and the
 * integration tests' concern.
 */
class BasisvoorwaardenProcessTest {

    private static final RecordingBasics BASICS = new RecordingBasics();
    private static final ExecutorService MANAGED_THREADS = Executors.newSingleThreadExecutor();

    @RegisterExtension
    static final EngineOnPostgres ENGINE = new EngineOnPostgres().withBean("basicsEscalation", escalation());

    private static ProcessEngine engine;
    private static Workflow workflow;

    private final UUID team = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-11-30T09:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 11, 30);

    @BeforeAll
    static void deploy() {
        ENGINE.deploy("basisvoorwaarden.bpmn");
        engine = ENGINE.engine();
        workflow = ENGINE.workflow();
    }

    @AfterAll
    static void stopThreads() {
        MANAGED_THREADS.shutdownNow();
    }

    @BeforeEach
    void useThisEngineAndClock() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(now));
        BASICS.escalated.clear();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void offersTheTaskToTheTeamDueAtTheDeadlineWithATimerAtTheSameMoment() {
        Date deadline = BasicsProcess.deadlineMoment(WorkingDays.plusWorkingDays(today, 3));
        ProcessInstance instance = start(UUID.randomUUID(), deadline);

        assertThatInstance(instance).isWaitingAtExactly(BasicsProcess.TASK);
        BpmnAwareTests.assertThat(task(instance)).hasName(BasicsProcess.TASK_NAME)
                .hasCandidateGroup(team.toString()).hasDueDate(deadline).isNotAssigned();
        BpmnAwareTests.assertThat(job(BasicsProcess.DEADLINE_TIMER, instance)).hasDueDate(deadline);
        assertThat(deadline.toInstant()).as("three working days after Monday 30 November: Thursday 3 December ends")
                .isEqualTo(Instant.parse("2026-12-03T23:00:00Z"));
    }

    @Test
    void aCheckSayingOpOrdeEndsTheTaskAsSolvedAndItsTimerWithIt() {
        UUID caseId = UUID.randomUUID();
        ProcessInstance instance = start(caseId, inDays(10));

        assertThat(workflow.completeTask(BasicsProcess.KEY, caseId.toString(), BasicsProcess.TASK,
                BasicsProcess.endVariables(BasicsProcess.SOLVED))).isTrue();

        assertThatInstance(instance).isEnded().hasPassed(BasicsProcess.TASK, "solved")
                .hasNotPassed("notSolvable", "escalateToTeamLead");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .isZero();
        assertThat(workflow.isRunning(BasicsProcess.KEY, caseId.toString())).isFalse();
    }

    @Test
    void aRecordedReasonEndsTheTaskAsNotSolvableNow() {
        UUID caseId = UUID.randomUUID();
        ProcessInstance instance = start(caseId, inDays(10));

        workflow.completeTask(BasicsProcess.KEY, caseId.toString(), BasicsProcess.TASK,
                BasicsProcess.endVariables(BasicsProcess.NOT_SOLVABLE));

        assertThatInstance(instance).isEnded().hasPassed(BasicsProcess.TASK, "notSolvable").hasNotPassed("solved");
        assertThat(BASICS.escalated).isEmpty();
    }

    @Test
    void theTimerIsNotDueBeforeTheDeadlineAndEscalatesOnceItPassedKeepingTheTaskOpen() {
        UUID caseId = UUID.randomUUID();
        Date deadline = inDays(10);
        ProcessInstance instance = start(caseId, deadline);
        String taskId = task(instance).getId();

        ClockUtil.setCurrentTime(new Date(deadline.getTime() - 1000));
        assertThat(dueJobs(instance)).isEmpty();

        ClockUtil.setCurrentTime(new Date(deadline.getTime() + 1000));
        assertThat(dueJobs(instance)).hasSize(1);
        execute(job(instance));

        assertThat(BASICS.escalated).containsExactly(caseId);
        assertThatInstance(instance).hasPassed("escalateToTeamLead", "escalated")
                .isWaitingAtExactly(BasicsProcess.TASK);
        BpmnAwareTests.assertThat(task(instance)).hasId(taskId);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("the timer fires once").isZero();

        workflow.completeTask(BasicsProcess.KEY, caseId.toString(), BasicsProcess.TASK,
                BasicsProcess.endVariables(BasicsProcess.SOLVED));
        assertThatInstance(instance).isEnded().hasPassed("solved");
    }

    @Test
    void endingWhenNoTaskIsOpenReportsSoAndChangesNothing() {
        assertThat(workflow.completeTask(BasicsProcess.KEY, UUID.randomUUID().toString(), BasicsProcess.TASK,
                BasicsProcess.endVariables(BasicsProcess.SOLVED))).isFalse();
    }

    @Test
    void processVariablesHoldIdsADateAndACodeOnly() {
        UUID caseId = UUID.randomUUID();
        ProcessInstance instance = start(caseId, inDays(10));
        assertThatInstance(instance).hasBusinessKey(caseId.toString());
        workflow.completeTask(BasicsProcess.KEY, caseId.toString(), BasicsProcess.TASK,
                BasicsProcess.endVariables(BasicsProcess.NOT_SOLVABLE));

        List<HistoricVariableInstance> stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();
        assertThat(stored).extracting(HistoricVariableInstance::getName).containsExactlyInAnyOrder(
                BasicsProcess.TEAM_ID, BasicsProcess.DEADLINE, BasicsProcess.RESOLUTION);
        assertThat(stored).allSatisfy(variable -> assertThat(variable.getValue()).satisfiesAnyOf(
                value -> assertThat(value).isInstanceOf(Date.class),
                value -> assertThat(value).isIn(BasicsProcess.SOLVED, BasicsProcess.NOT_SOLVABLE),
                value -> assertThat(UUID.fromString((String) value)).isNotNull()));
    }

    private ProcessInstance start(UUID caseId, Date deadline) {
        workflow.start(BasicsProcess.KEY, caseId.toString(), BasicsProcess.startVariables(team, deadline));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseId.toString())
                .singleResult();
    }

    private Date inDays(int days) {
        return Date.from(now.plus(days, ChronoUnit.DAYS));
    }

    private static ProcessInstanceAssert assertThatInstance(ProcessInstance instance) {
        return BpmnAwareTests.assertThat(instance);
    }

    private static List<Job> dueJobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable()
                .list();
    }

    private static BasicsEscalation escalation() {
        BasicsEscalation delegate = new BasicsEscalation();
        delegate.basics = BASICS;
        delegate.executor = managedExecutor();
        return delegate;
    }

    private static ManagedExecutorService managedExecutor() {
        return ManagedThreads.backedBy(MANAGED_THREADS);
    }

    /** Records which case the escalation was asked for. */
    static final class RecordingBasics extends BasicsService {

        final List<UUID> escalated = new CopyOnWriteArrayList<>();

        @Override
        public void escalate(UUID caseId) {
            escalated.add(caseId);
        }
    }
}
