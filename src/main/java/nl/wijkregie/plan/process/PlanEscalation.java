package nl.wijkregie.plan.process;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.wijkregie.plan.PlanService;
import nl.wijkregie.workflow.ProcessDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Runs when "Plan evalueren" passed its deadline (a timer): the plan is marked escalated so the team lead sees it;
 * the task stays open. Same pattern as the basics escalation.
 */
@Named("planEscalation")
@ProcessDelegate
@ApplicationScoped
public class PlanEscalation implements JavaDelegate {

    @Inject
    PlanService plans;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        executor.submit(() -> plans.escalate(caseId)).get(1, TimeUnit.MINUTES);
    }
}
