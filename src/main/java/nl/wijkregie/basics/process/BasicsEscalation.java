package nl.wijkregie.basics.process;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.wijkregie.basics.BasicsService;
import nl.wijkregie.workflow.ProcessDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Runs when the deadline of "Basis op orde brengen" passed (a timer): marks the case escalated so it tops the team
 * lead's view. The task stays open. As with the signal escalation, the domain step runs on a managed thread in its own
 * transaction (the job executor's thread has none the container accepts), and it is idempotent for a retried job.
 */
@Named("basicsEscalation")
@ProcessDelegate
@ApplicationScoped
public class BasicsEscalation implements JavaDelegate {

    @Inject
    BasicsService basics;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        executor.submit(() -> basics.escalate(caseId)).get(1, TimeUnit.MINUTES);
    }
}
