package nl.wijkregie.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkregie.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * What modules may ask of the process engine. Convention: the candidate group of a team's task is the team id, and
 * the business key is the id of the household, case or signal case the process is about.
 */
@ApplicationScoped
public class Workflow {

    public static final int INBOX_LIMIT = 200;

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** Starts a process in the caller's transaction; variables must be ids or flags, never personal data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return engine().getRuntimeService()
                .startProcessInstanceByKey(processKey, businessKey, variables)
                .getId();
    }

    /** Open tasks offered to any of the teams, newest first, at most {@link #INBOX_LIMIT}. */
    @Transactional
    public List<WorkflowTask> openTasksOf(Collection<UUID> teamIds) {
        List<WorkflowTask> tasks = new ArrayList<>();
        for (UUID teamId : teamIds) {
            List<Task> offered = engine().getTaskService().createTaskQuery()
                    .taskCandidateGroup(teamId.toString()).active()
                    .orderByTaskCreateTime().desc().listPage(0, INBOX_LIMIT);
            tasks.addAll(toWorkflowTasks(offered, teamId));
        }
        return tasks.stream().sorted(Comparator.comparing(WorkflowTask::createdAt).reversed())
                .limit(INBOX_LIMIT).toList();
    }

    /** The open task, if it is offered to one of the teams. */
    @Transactional
    public Optional<WorkflowTask> openTaskOf(String taskId, Collection<UUID> teamIds) {
        for (UUID teamId : teamIds) {
            Task task = engine().getTaskService().createTaskQuery().taskId(taskId)
                    .taskCandidateGroup(teamId.toString()).active().singleResult();
            if (task != null) {
                return toWorkflowTasks(List.of(task), teamId).stream().findFirst();
            }
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(String taskId) {
        engine().getTaskService().complete(taskId);
    }

    /** Completes whatever user tasks are open in the process instance(s) with this business key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completeOpenTasks(String processKey, String businessKey) {
        engine().getTaskService().createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).active().list()
                .forEach(task -> engine().getTaskService().complete(task.getId()));
    }

    /** Whether a process instance with this business key is running (for tests and health of the link). */
    @Transactional
    public boolean isRunning(String processKey, String businessKey) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count() > 0;
    }

    private List<WorkflowTask> toWorkflowTasks(List<Task> tasks, UUID teamId) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return tasks.stream().map(task -> {
            ProcessInstance instance = instances.get(task.getProcessInstanceId());
            String processKey = task.getProcessDefinitionId().split(":")[0];
            return new WorkflowTask(task.getId(), task.getName(), processKey,
                    instance == null ? null : instance.getBusinessKey(), teamId,
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
        }).toList();
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
