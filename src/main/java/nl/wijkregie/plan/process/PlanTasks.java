package nl.wijkregie.plan.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import nl.wijkregie.plan.PlanService;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.TaskSubjects;

/**
 * Labels the plan's tasks in the team's task list with the household. They are completed on the plan tab (the
 * offer's outcome, the agreement, the evaluation form), never with one click in the list.
 */
@ApplicationScoped
public class PlanTasks implements TaskSubjects {

    @Inject
    PlanService plans;

    @Override
    public boolean handles(String processKey) {
        return PlanProcess.KEY.equals(processKey);
    }

    @Override
    public boolean completableFromInbox() {
        return false;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        return plans.taskSubjects(businessKeys);
    }

    @Override
    public void taskCompleted(String businessKey, String taskName) {
        // completed only by PlanService, which logs the update itself
    }
}
