package nl.wijkregie.signal.process;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.wijkregie.signal.SignalCaseService;
import nl.wijkregie.workflow.ProcessDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Runs when the contact deadline passed (a timer, so outside any user's request): marks the signal case escalated so
 * it tops the team lead's overview. The contact task stays open: the resident must still be reached. The job
 * executor's thread has no transaction context the container's CDI interceptors accept, so the domain step runs on a
 * managed thread in its own transaction, and the job waits for it (a failure fails the job, which is retried).
 */
@Named("signalEscalation")
@ProcessDelegate
@ApplicationScoped
public class SignalEscalation implements JavaDelegate {

    @Inject
    SignalCaseService signalCases;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        UUID id = UUID.fromString(execution.getProcessBusinessKey());
        executor.submit(() -> signalCases.escalate(id)).get(1, TimeUnit.MINUTES);
    }
}
