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
 * Runs when the evaluation date came (a timer): the plan waits for its evaluation and the case moves to EVALUATIE.
 * As with the other timers, the domain step runs on a managed thread in its own transaction, and is idempotent.
 */
@Named("planEvaluationDue")
@ProcessDelegate
@ApplicationScoped
public class PlanEvaluationDue implements JavaDelegate {

    @Inject
    PlanService plans;

    @Resource
    ManagedExecutorService executor;

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        UUID caseId = UUID.fromString(execution.getProcessBusinessKey());
        executor.submit(() -> plans.evaluationDue(caseId)).get(1, TimeUnit.MINUTES);
    }
}
