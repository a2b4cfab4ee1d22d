package nl.wijkregie.workflow;

import java.util.UUID;

/** What a task is about, for display: the subject's id and a label such as a household name. */
public record TaskSubject(UUID subjectId, String label) {
}
