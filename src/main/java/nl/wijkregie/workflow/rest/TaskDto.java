package nl.wijkregie.workflow.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "An open task in a team's inbox")
public record TaskDto(String id, String name, String processKey, String householdId, String householdName,
                      String teamId, String teamName, Instant createdAt, Instant dueAt) {
}
