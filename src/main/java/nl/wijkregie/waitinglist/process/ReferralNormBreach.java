package nl.wijkregie.waitinglist.process;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.wijkregie.waitinglist.WaitingListService;
import nl.wijkregie.workflow.ProcessDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Runs when the norm passed while the household still waits (a timer): records the breach on the referral and
 * tells the monitoring, before the team lead's task is created. As with the basics escalation, the domain step runs
 * on a managed thread in its own transaction, and is idempotent for a retried job.
 */
@Named("referralNormBreach")
@ProcessDelegate
@ApplicationScoped
public class ReferralNormBreach implements JavaDelegate {

    @Inject
    WaitingListService service;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        UUID referralId = UUID.fromString(execution.getProcessBusinessKey());
        executor.submit(() -> service.markBreached(referralId)).get(1, TimeUnit.MINUTES);
    }
}
