package nl.wijkregie.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * An open user task as the inbox shows it; the business key points at the household, case or signal case. The task
 * key is the BPMN id of the user task (its kind); the assignee is the professional who picked it up, if anyone.
 */
public record WorkflowTask(String id, String name, String processKey, String taskKey, String businessKey,
                           UUID teamId, String assignee, Instant createdAt, Instant dueAt) {
}
