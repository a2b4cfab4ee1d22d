package nl.wijkregie.workflow.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "An open task in the task list (werkvoorraad)")
public record TaskDto(String id, String name, String processKey,
                      @Schema(description = "The BPMN id of the user task: its kind") String taskKey,
                      @Schema(description = "The household, case or signal case the task is about") String subjectId,
                      @Schema(enumeration = {"HOUSEHOLD", "CASE", "SIGNAL_CASE"},
                              description = "Which page the subject is on; absent when no module labels the task")
                      String subjectType,
                      String subjectLabel, String teamId, String teamName,
                      @Schema(description = "Login of the professional who took the task on, if anyone")
                      String assignee,
                      Instant createdAt, Instant dueAt) {

    @Schema(name = "TaskKind", description = "A kind of task the list can be filtered on")
    public record TaskKindDto(String processKey, String taskKey, String name) {
    }

    @Schema(name = "TaskPage")
    public record TaskPageDto(List<TaskDto> items, int page, int size,
                              @Schema(description = "Exact number of open tasks matching the filter") long totalItems,
                              List<TaskKindDto> kinds) {
    }
}
