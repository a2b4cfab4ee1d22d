package nl.wijkregie.workflow;

/** A task with what it is about and the name of the team it is offered to. */
public record InboxItem(WorkflowTask task, TaskSubject subject, String teamName) {
}
