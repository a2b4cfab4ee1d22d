package nl.wijkregie.workflow;

import java.time.Instant;
import java.util.UUID;

/** An open user task as the inbox shows it; the business key points at the household, case or signal case. */
public record WorkflowTask(String id, String name, String processKey, String businessKey, UUID teamId,
                           Instant createdAt, Instant dueAt) {
}
