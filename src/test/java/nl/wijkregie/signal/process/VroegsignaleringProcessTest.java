package nl.wijkregie.signal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wijkregie.signal.SignalCaseService;
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
 * Every path of bpmn/vroegsignalering.bpmn on a real engine and PostgreSQL, timers driven by the engine's clock
 * instead of waiting. The production delegates run, on a fake {@link SignalCaseService} that records which signal
 * case each step was asked to change: what those steps do to a signal case is the service's business
 * (SignalWorkflowIT), the question here is when the model calls them. Starts use the production start variables,
 * and rescheduling and completion go through the production {@link Workflow}, as the signal module calls them.
 */
class VroegsignaleringProcessTest {

    private static final RecordingSignalCases SIGNAL_CASES = new RecordingSignalCases();
    private static final ExecutorService MANAGED_THREADS = Executors.newSingleThreadExecutor();

    @RegisterExtension
    static final EngineOnPostgres ENGINE = new EngineOnPostgres()
            .withBean("signalNotPickedUp", notPickedUp())
            .withBean("signalEscalation", escalation())
            .withBean("signalDebtHelp", debtHelp());

    private static ProcessEngine engine;
    private static Workflow workflow;

    private final UUID team = UUID.randomUUID();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Date deadline = Date.from(now.plus(Duration.ofDays(14)));

    @BeforeAll
    static void deploy() {
        ENGINE.deploy("vroegsignalering.bpmn");
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
        SIGNAL_CASES.clear();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void closesWhatTriageDidNotPickUpWithoutATaskOrTimer() {
        UUID signalCase = UUID.randomUUID();

        ProcessInstance instance = start(signalCase, false);

        assertThatInstance(instance).isEnded()
                .hasPassed("closeNotPickedUp", "notPickedUp")
                .hasNotPassed(SignalProcess.MAKE_CONTACT_TASK, "escalateToTeamLead", "startDebtHelp");
        assertThat(SIGNAL_CASES.closedNotPickedUp).containsExactly(signalCase);
        assertThat(SIGNAL_CASES.escalated).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .isZero();
    }

    @Test
    void aCaseNotPickedUpWithoutADeadlineEndsInItsStartLeavingNoTimerAndASingleExecution() {
        UUID signalCase = UUID.randomUUID();

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(SignalProcess.KEY,
                signalCase.toString(), SignalProcess.startVariables(team, false, null));

        assertThatInstance(instance).isEnded().hasPassed("closeNotPickedUp", "notPickedUp");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .isZero();
        assertThat(SIGNAL_CASES.escalated).isEmpty();
    }

    @Test
    void aPickedUpCaseWaitsInOneExecutionPerInstance() {
        ProcessInstance instance = start(UUID.randomUUID(), true);

        assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(1);
        BpmnAwareTests.assertThat(job(SignalProcess.DEADLINE_TIMER, instance)).hasDueDate(deadline);
    }

    @Test
    void offersThePickedUpCaseToItsTeamDueAtTheDeadlineWithATimerAtTheSameMoment() {
        ProcessInstance instance = start(UUID.randomUUID(), true);

        assertThatInstance(instance).isWaitingAtExactly(SignalProcess.MAKE_CONTACT_TASK)
                .hasNotPassed("closeNotPickedUp");
        BpmnAwareTests.assertThat(task(instance)).hasDefinitionKey(SignalProcess.MAKE_CONTACT_TASK)
                .hasName("Contact leggen").hasCandidateGroup(team.toString()).hasDueDate(deadline).isNotAssigned();
        BpmnAwareTests.assertThat(job(SignalProcess.DEADLINE_TIMER, instance)).hasDueDate(deadline);
        assertThat(SIGNAL_CASES.closedNotPickedUp).isEmpty();
    }

    @Test
    void theTimerIsNotDueBeforeTheDeadlineAndEscalatesOnceItPassedKeepingTheContactTaskOpen() {
        UUID signalCase = UUID.randomUUID();
        ProcessInstance instance = start(signalCase, true);
        String contactTask = task(instance).getId();

        ClockUtil.setCurrentTime(new Date(deadline.getTime() - 1000));
        assertThat(dueJobs(instance)).isEmpty();

        ClockUtil.setCurrentTime(new Date(deadline.getTime() + 1000));
        assertThat(dueJobs(instance)).extracting(Job::getId).containsExactly(job(instance).getId());
        execute(job(instance));

        assertThat(SIGNAL_CASES.escalated).containsExactly(signalCase);
        assertThatInstance(instance).hasPassed("escalateToTeamLead", "escalated")
                .isWaitingAtExactly(SignalProcess.MAKE_CONTACT_TASK);
        BpmnAwareTests.assertThat(task(instance)).hasId(contactTask);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("the timer fires once").isZero();

        complete(signalCase, true);

        assertThatInstance(instance).isEnded().hasPassed("startDebtHelp", "helpStarted");
        assertThat(SIGNAL_CASES.escalated).containsExactly(signalCase);
    }

    @Test
    void aFailingEscalationFailsTheJobWhichIsRetriedAndLeavesTheCaseWaiting() {
        UUID signalCase = UUID.randomUUID();
        ProcessInstance instance = start(signalCase, true);
        ClockUtil.setCurrentTime(new Date(deadline.getTime() + 1000));
        SIGNAL_CASES.failNextEscalation.set(true);

        assertThatThrownBy(() -> execute(job(instance))).hasRootCauseMessage("database unavailable");

        BpmnAwareTests.assertThat(job(instance)).hasRetries(2).hasExceptionMessage();
        assertThatInstance(instance).isWaitingAtExactly(SignalProcess.MAKE_CONTACT_TASK)
                .hasNotPassed("escalateToTeamLead");
        assertThat(SIGNAL_CASES.escalated).isEmpty();

        execute(job(instance));

        assertThat(SIGNAL_CASES.escalated).containsExactly(signalCase);
        assertThatInstance(instance).hasPassed("escalated").isWaitingAtExactly(SignalProcess.MAKE_CONTACT_TASK);
    }

    @Test
    void aDeadlineBroughtForwardMovesTheTaskAndTheTimerOfThatCaseOnly() {
        UUID signalCase = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ProcessInstance instance = start(signalCase, true);
        ProcessInstance otherInstance = start(other, true);
        Date earlier = Date.from(now.plus(Duration.ofDays(3)));

        workflow.rescheduleOpenTasks(SignalProcess.KEY, Map.of(signalCase.toString(), earlier.toInstant()),
                SignalProcess.DEADLINE_TIMER);

        BpmnAwareTests.assertThat(task(instance)).hasDueDate(earlier);
        BpmnAwareTests.assertThat(job(instance)).hasDueDate(earlier);
        BpmnAwareTests.assertThat(task(otherInstance)).hasDueDate(deadline);
        BpmnAwareTests.assertThat(job(otherInstance)).hasDueDate(deadline);

        ClockUtil.setCurrentTime(new Date(earlier.getTime() + 1000));
        assertThat(dueJobs(instance)).hasSize(1);
        assertThat(dueJobs(otherInstance)).isEmpty();
        execute(job(instance));

        assertThat(SIGNAL_CASES.escalated).containsExactly(signalCase);
        assertThatInstance(instance).hasPassed("escalated");
        assertThatInstance(otherInstance).hasNotPassed("escalateToTeamLead");
    }

    @Test
    void reschedulingPassesOverCasesWhoseProcessEnded() {
        UUID ended = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        ProcessInstance endedInstance = start(ended, false);
        ProcessInstance openInstance = start(open, true);
        Date earlier = Date.from(now.plus(Duration.ofDays(3)));

        workflow.rescheduleOpenTasks(SignalProcess.KEY, Map.of(ended.toString(), earlier.toInstant(),
                open.toString(), earlier.toInstant()), SignalProcess.DEADLINE_TIMER);

        assertThatInstance(endedInstance).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(endedInstance.getId()).count())
                .isZero();
        BpmnAwareTests.assertThat(task(openInstance)).hasDueDate(earlier);
        BpmnAwareTests.assertThat(job(openInstance)).hasDueDate(earlier);
    }

    @Test
    void anEndResultWithHelpAcceptedStartsDebtHelpAndEndsWithoutEscalating() {
        UUID signalCase = UUID.randomUUID();
        ProcessInstance instance = start(signalCase, true);

        assertThat(complete(signalCase, true)).isTrue();

        assertThatInstance(instance).isEnded()
                .hasPassedInOrder(SignalProcess.MAKE_CONTACT_TASK, "startDebtHelp", "helpStarted")
                .hasNotPassed("closed", "escalateToTeamLead", "closeNotPickedUp");
        assertThat(SIGNAL_CASES.debtHelpStarted).containsExactly(signalCase);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .as("completing the task cancels its deadline timer").isZero();

        ClockUtil.setCurrentTime(new Date(deadline.getTime() + 1000));
        assertThat(engine.getManagementService().createJobQuery().executable().processInstanceId(instance.getId())
                .count()).isZero();
        assertThat(SIGNAL_CASES.escalated).isEmpty();
    }

    @Test
    void anEndResultWithoutHelpEndsTheCaseWithoutDebtHelp() {
        UUID signalCase = UUID.randomUUID();
        ProcessInstance instance = start(signalCase, true);

        complete(signalCase, false);

        assertThatInstance(instance).isEnded().hasPassed(SignalProcess.MAKE_CONTACT_TASK, "closed")
                .hasNotPassed("startDebtHelp", "helpStarted", "escalateToTeamLead");
        assertThat(SIGNAL_CASES.debtHelpStarted).isEmpty();
    }

    @Test
    void completingWhenNoContactTaskIsOpenReportsSoAndChangesNothing() {
        UUID signalCase = UUID.randomUUID();
        ProcessInstance instance = start(signalCase, false);

        assertThat(complete(signalCase, true)).isFalse();

        assertThatInstance(instance).hasNotPassed("startDebtHelp");
        assertThat(SIGNAL_CASES.debtHelpStarted).isEmpty();
    }

    @Test
    void processVariablesHoldIdsAndFlagsOnly() {
        UUID signalCase = UUID.randomUUID();
        UUID otherTeam = UUID.randomUUID();
        ProcessInstance instance = start(signalCase, true);

        assertThatInstance(instance).hasBusinessKey(signalCase.toString()).hasNoVariables();

        workflow.offerToTeam(SignalProcess.KEY, signalCase.toString(), SignalProcess.TEAM_ID, otherTeam);
        BpmnAwareTests.assertThat(task(instance)).hasCandidateGroup(otherTeam.toString());
        ClockUtil.setCurrentTime(new Date(deadline.getTime() + 1000));
        execute(job(instance));
        complete(signalCase, true);

        List<HistoricVariableInstance> stored = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).list();
        assertThat(stored).extracting(HistoricVariableInstance::getName)
                .containsExactlyInAnyOrder(SignalProcess.TEAM_ID, SignalProcess.HELP_ACCEPTED);
        assertThat(stored).allSatisfy(variable -> assertThat(variable.getValue()).satisfiesAnyOf(
                value -> assertThat(value).isInstanceOf(Boolean.class),
                value -> assertThat(UUID.fromString((String) value)).isNotNull()));
    }

    private ProcessInstance start(UUID signalCase, boolean pickedUp) {
        return engine.getRuntimeService().startProcessInstanceByKey(SignalProcess.KEY, signalCase.toString(),
                SignalProcess.startVariables(team, pickedUp, deadline));
    }

    private boolean complete(UUID signalCase, boolean helpAccepted) {
        return workflow.completeTask(SignalProcess.KEY, signalCase.toString(), SignalProcess.MAKE_CONTACT_TASK,
                SignalProcess.endVariables(helpAccepted));
    }

    private static ProcessInstanceAssert assertThatInstance(ProcessInstance instance) {
        return BpmnAwareTests.assertThat(instance);
    }

    private static List<Job> dueJobs(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable()
                .list();
    }

    private static SignalNotPickedUp notPickedUp() {
        SignalNotPickedUp delegate = new SignalNotPickedUp();
        delegate.signalCases = SIGNAL_CASES;
        return delegate;
    }

    private static SignalEscalation escalation() {
        SignalEscalation delegate = new SignalEscalation();
        delegate.signalCases = SIGNAL_CASES;
        delegate.executor = managedExecutor();
        return delegate;
    }

    private static SignalDebtHelp debtHelp() {
        SignalDebtHelp delegate = new SignalDebtHelp();
        delegate.signalCases = SIGNAL_CASES;
        return delegate;
    }

    private static ManagedExecutorService managedExecutor() {
        return ManagedThreads.backedBy(MANAGED_THREADS);
    }

    /** Records which signal case each process step was asked to change. */
    static final class RecordingSignalCases extends SignalCaseService {

        final List<UUID> closedNotPickedUp = new CopyOnWriteArrayList<>();
        final List<UUID> escalated = new CopyOnWriteArrayList<>();
        final List<UUID> debtHelpStarted = new CopyOnWriteArrayList<>();
        final AtomicBoolean failNextEscalation = new AtomicBoolean();

        @Override
        public void closeNotPickedUp(UUID id) {
            closedNotPickedUp.add(id);
        }

        @Override
        public void escalate(UUID id) {
            if (failNextEscalation.getAndSet(false)) {
                throw new IllegalStateException("database unavailable");
            }
            escalated.add(id);
        }

        @Override
        public void startDebtHelp(UUID id) {
            debtHelpStarted.add(id);
        }

        void clear() {
            closedNotPickedUp.clear();
            escalated.clear();
            debtHelpStarted.clear();
            failNextEscalation.set(false);
        }
    }
}
