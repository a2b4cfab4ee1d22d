package nl.wijkregie.workflow;

import java.util.UUID;

/**
 * What a task is about, for display: the subject's id, a label such as a household name, and the kind of subject so
 * the task list can link to its page (null: the label is shown without a link).
 */
public record TaskSubject(UUID subjectId, String label, Type type) {

    /** The pages a task can lead to. */
    public enum Type { HOUSEHOLD, CASE, SIGNAL_CASE }

    public TaskSubject(UUID subjectId, String label) {
        this(subjectId, label, null);
    }
}
