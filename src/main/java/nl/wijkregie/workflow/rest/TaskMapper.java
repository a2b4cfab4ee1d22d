package nl.wijkregie.workflow.rest;

import java.util.List;
import nl.wijkregie.workflow.InboxItem;
import nl.wijkregie.workflow.TaskKind;
import nl.wijkregie.workflow.TaskListPage;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface TaskMapper {

    @Mapping(target = "id", source = "task.id")
    @Mapping(target = "name", source = "task.name")
    @Mapping(target = "processKey", source = "task.processKey")
    @Mapping(target = "taskKey", source = "task.taskKey")
    @Mapping(target = "subjectId", source = "subject.subjectId")
    @Mapping(target = "subjectType", source = "subject.type")
    @Mapping(target = "subjectLabel", source = "subject.label")
    @Mapping(target = "teamId", source = "task.teamId")
    @Mapping(target = "teamName", source = "teamName")
    @Mapping(target = "assignee", source = "task.assignee")
    @Mapping(target = "createdAt", source = "task.createdAt")
    @Mapping(target = "dueAt", source = "task.dueAt")
    TaskDto toDto(InboxItem item);

    List<TaskDto> toDtos(List<InboxItem> items);

    TaskDto.TaskKindDto toDto(TaskKind kind);

    TaskDto.TaskPageDto toDto(TaskListPage page);
}
