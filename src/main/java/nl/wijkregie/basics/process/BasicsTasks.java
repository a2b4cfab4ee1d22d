package nl.wijkregie.basics.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import nl.wijkregie.basics.BasicsService;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.FormCompletedTasks;

/**
 * Labels "Basis op orde brengen" tasks in the team's task list with the household, and keeps the list from completing
 * them with one click: the task ends when a check says "op orde" or the professional records why it cannot be solved
 * now, both on the case page.
 */
@ApplicationScoped
public class BasicsTasks extends FormCompletedTasks {

    @Inject
    BasicsService basics;

    @Override
    public boolean handles(String processKey) {
        return BasicsProcess.KEY.equals(processKey);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        return basics.taskSubjects(businessKeys);
    }
}
