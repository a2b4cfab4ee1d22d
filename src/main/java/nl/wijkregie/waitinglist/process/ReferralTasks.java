package nl.wijkregie.waitinglist.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import nl.wijkregie.waitinglist.WaitingListService;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.TaskSubjects;

/**
 * Labels the referral's tasks (warning, breach, bridging check-in, unsafe situation) in the task list with the
 * household and links them to the case. The warning, the breach and the unsafe situation are completed with one
 * click once acted upon; the bridging check-in only by its form on the case's referrals tab, which stores its answers.
 */
@ApplicationScoped
public class ReferralTasks implements TaskSubjects {

    @Inject
    WaitingListService service;

    @Override
    public boolean handles(String processKey) {
        return ReferralProcess.KEY.equals(processKey);
    }

    @Override
    public boolean completableFromInbox(String taskKey) {
        return !ReferralProcess.CHECK_IN_TASK.equals(taskKey);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        return service.taskSubjects(businessKeys);
    }

    @Override
    public void taskCompleted(String businessKey, String taskName) {
        service.taskCompleted(businessKey);
    }
}
