package nl.wijkregie.workflow;

/**
 * Task subjects whose tasks only the module's own form completes (an end result, facts found in order, an
 * evaluation): the task list offers no one-click completion, and the module logs the update when its form completes
 * the task.
 */
public abstract class FormCompletedTasks implements TaskSubjects {

    @Override
    public boolean completableFromInbox() {
        return false;
    }

    @Override
    public void taskCompleted(String businessKey, String taskName) {
        // completed only by the module's own service, which logs the update itself
    }
}
