package nl.wijkregie.plan.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import nl.wijkregie.plan.PlanService;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.FormCompletedTasks;

/**
 * Labels the plan's tasks in the team's task list with the household. They are completed on the plan tab (the
 * offer's outcome, the agreement, the evaluation form), never with one click in the list.
 */
@ApplicationScoped
public class PlanTasks extends FormCompletedTasks {

    @Inject
    PlanService plans;

    @Override
    public boolean handles(String processKey) {
        return PlanProcess.KEY.equals(processKey);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        return plans.taskSubjects(businessKeys);
    }
}
