package nl.wijkregie.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.TeamRef;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;

/**
 * The task list (werkvoorraad): the open tasks offered to the teams of the current user, labelled by the module that owns each
 * process (which also logs the access to the personal data in the label).
 */
@ApplicationScoped
public class TaskInbox {

    @Inject
    Workflow workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<TaskSubjects> subjectModules;

    /**
     * A page of the task list: every open task of the user's teams (or only the user's own), labelled with what it is
     * about. Generic over the engine's user tasks: a new BPMN user task whose candidate group is the team appears here
     * without code; a module that implements {@link TaskSubjects} gives it a label and a link.
     */
    @Transactional
    public TaskListPage openTasks(TaskListQuery query) {
        Map<UUID, String> teamNames = currentUser.teams().stream()
                .collect(Collectors.toMap(TeamRef::id, TeamRef::name));
        Workflow.TaskPage page = workflow.openTasksOf(teamNames.keySet(),
                query.scope() == TaskListQuery.Scope.MINE ? currentUser.userId() : null, query.taskKey(), query.subjectId(),
                query.overdueOnly() ? clock.instant() : null, query.page());
        List<WorkflowTask> tasks = page.tasks();
        Map<String, TaskSubject> subjects = new HashMap<>();
        tasks.stream().collect(Collectors.groupingBy(WorkflowTask::processKey)).forEach((processKey, ofProcess) ->
                subjectsFor(processKey).ifPresent(module -> subjects.putAll(module.describe(
                        ofProcess.stream().map(WorkflowTask::businessKey).filter(Objects::nonNull)
                                .collect(Collectors.toSet())))));
        List<InboxItem> items = tasks.stream()
                .map(task -> new InboxItem(task, subjects.get(task.businessKey()), teamNames.get(task.teamId())))
                .toList();
        return new TaskListPage(items, query.page().page(), query.page().size(), page.total(), workflow.taskKinds());
    }

    /** The user's teams' open tasks past their due date, counted per process and task (the team lead's view). */
    @Transactional
    public List<Workflow.OverdueCount> overdueCounts() {
        return workflow.overdueCounts(currentUser.teamIds(), clock.instant());
    }

    @Transactional
    public void complete(String taskId) {
        WorkflowTask task = workflow.openTaskOf(taskId, currentUser.teamIds())
                .orElseThrow(() -> new NotFoundException("Taak", taskId));
        if (subjectsFor(task.processKey()).filter(module -> !module.completableFromInbox(task.taskKey())).isPresent()) {
            throw new RuleViolationException("complete-in-module",
                    "Deze taak rond je af op de pagina van het onderwerp, niet vanuit de werkvoorraad");
        }
        workflow.complete(taskId);
        subjectsFor(task.processKey()).ifPresent(module -> module.taskCompleted(task.businessKey(), task.name()));
    }

    private Optional<TaskSubjects> subjectsFor(String processKey) {
        return subjectModules.stream().filter(module -> module.handles(processKey)).findFirst();
    }
}
