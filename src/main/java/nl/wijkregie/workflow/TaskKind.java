package nl.wijkregie.workflow;

/** A kind of user task some deployed process can offer (its BPMN id and name), for the task list's filter. */
public record TaskKind(String processKey, String taskKey, String name) {
}
