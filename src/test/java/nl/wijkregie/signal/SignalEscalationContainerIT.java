package nl.wijkregie.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.it.container.ContainerDeployment;
import nl.wijkregie.signal.process.SignalProcess;
import nl.wijkregie.workflow.Workflow;
import nl.wijkregie.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A timer-started delegate, in the container: the deadline timer of the vroegsignalering process runs the escalation
 * delegate with the real beans (its managed thread, its own transaction, the access log). The test executes the
 * timer's job itself, now, instead of moving a devtools clock over HTTP and waiting for the job executor.
 */
@ExtendWith(ArquillianExtension.class)
class SignalEscalationContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(SignalEscalationContainerIT.class, SignalIntakeTransactionContainerIT.class);
    }

    @Inject
    SignalIntake intake;

    @Inject
    Workflow workflow;

    @Inject
    ProcessEngineBootstrap engine;

    @Inject
    UserTransaction transaction;

    @Test
    void theDeadlineTimerEscalatesTheSignalCaseToTheTeamLead() throws Exception {
        transaction.begin();
        UUID caseId = intake.receive(List.of(new SignalIntake.Incoming(SignalIntakeTransactionContainerIT.report(),
                null, null, null)), Actor.system("SignalEscalationContainerIT")).get(0).signalCaseId();
        transaction.commit();
        assertNotNull(caseId);
        assertEquals(0, escalated(caseId));

        String processInstanceId = engine.engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(SignalProcess.KEY).processInstanceBusinessKey(caseId.toString()).singleResult()
                .getId();
        ManagementService management = engine.engine().getManagementService();
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).timers()
                .activityId(SignalProcess.DEADLINE_TIMER).singleResult();
        assertNotNull(timer, "the contact deadline timer is scheduled");
        management.executeJob(timer.getId());

        assertEquals(1, escalated(caseId), "the signal case is marked escalated");
        assertEquals(1, ContainerDeployment.count("select count(*) from wijkregie.access_log where subject_id = ?"
                + " and action = 'UPDATE' and user_id = 'systeem'", caseId), "the escalation is in the access log");
        List<String> finished = workflow.finishedActivities(SignalProcess.KEY, caseId.toString());
        assertTrue(finished.containsAll(List.of("escalateToTeamLead", "escalated")), finished.toString());
        assertTrue(workflow.activeActivities(SignalProcess.KEY, caseId.toString())
                .contains(SignalProcess.MAKE_CONTACT_TASK), "the contact task stays open");
    }

    private static long escalated(UUID caseId) {
        return ContainerDeployment.count("select count(*) from wijkregie.signal_case where id = ? and escalated_at is"
                + " not null", caseId);
    }
}
