package nl.wijkregie.workflow;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by each module whose processes put tasks in the inbox, so the workflow module can label tasks without
 * knowing households or cases. Implementations log the access to the personal data they return.
 */
public interface TaskSubjects {

    boolean handles(String processKey);

    /** Labels for the given business keys; keys the module does not know are left out. */
    Map<String, TaskSubject> describe(Collection<String> businessKeys);

    /**
     * Whether the inbox may complete this process's tasks with one click; false when completing needs the module's
     * own form (e.g. an end result), which then completes the task itself.
     */
    default boolean completableFromInbox() {
        return true;
    }

    /** The same per task: a process may mix one-click tasks with tasks that need the module's form. */
    default boolean completableFromInbox(String taskKey) {
        return completableFromInbox();
    }

    /** Records that a task about this subject was completed (an update of the subject's case). */
    void taskCompleted(String businessKey, String taskName);
}
