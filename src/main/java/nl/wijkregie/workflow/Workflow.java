package nl.wijkregie.workflow;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.workflow.engine.DecisionEngines;
import nl.wijkregie.workflow.engine.JobHold;
import nl.wijkregie.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What modules may ask of the process engine. Convention: the candidate group of a team's task is the team id, and
 * the business key is the id of the household, case or signal case the process is about.
 */
@ApplicationScoped
public class Workflow {

    private static final int STARTS_PER_COMMAND = 50;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    JobHold jobHold;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Parsed tables by decision definition id: a deployed definition never changes, so this never goes stale. */
    private final Map<String, ParsedDecision> parsedDecisions = new ConcurrentHashMap<>();
    private final Map<String, List<TaskKind>> kindsByDefinition = new ConcurrentHashMap<>();

    /** Starts a process in the caller's transaction; variables must be ids or flags, never personal data. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return engine().getRuntimeService()
                .startProcessInstanceByKey(processKey, businessKey, variables)
                .getId();
    }

    /** One process to start: its business key and variables (ids and flags only). */
    public record ProcessStart(String businessKey, Map<String, Object> variables) {
    }

    /**
     * Starts many instances of a process in the caller's transaction, {@value #STARTS_PER_COMMAND} per engine command:
     * the engine then writes their rows in one flush, as JDBC batches, instead of one round of inserts per instance.
     * Not all in one command: every task a command creates registers with it in a list that is searched on each
     * registration, so a command of n starts costs n² comparisons (a tenth of the start time at 330 starts). The
     * latest version is looked up once, not once per start as a start by key would.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void startAll(String processKey, List<ProcessStart> starts) {
        if (starts.isEmpty()) {
            return;
        }
        String definitionId = latestDefinitionId(processKey);
        for (int from = 0; from < starts.size(); from += STARTS_PER_COMMAND) {
            List<ProcessStart> group = starts.subList(from, Math.min(from + STARTS_PER_COMMAND, starts.size()));
            bootstrap.commandExecutor().execute(commandContext -> {
                for (ProcessStart start : group) {
                    engine().getRuntimeService().startProcessInstanceById(definitionId, start.businessKey(),
                            start.variables());
                }
                return null;
            });
        }
    }

    private String latestDefinitionId(String processKey) {
        return engine().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
    }

    /**
     * Evaluates the latest deployed version of a DMN decision table. The caller stores the inputs with the returned
     * outputs and version, so the decision can be explained later. The table is parsed once and evaluated by the DMN
     * engine directly: no command, no engine history (our own table keeps the decision), so bulk triage stays cheap.
     */
    public DecisionResult decide(String decisionKey, Map<String, Object> inputs) {
        ParsedDecision parsed = parsedDecisions.computeIfAbsent(latestDecisionId(decisionKey), this::parse);
        DmnDecisionRuleResult entries = parsed.engine().evaluateDecisionTable(parsed.decision(), inputs)
                .getSingleResult();
        return new DecisionResult(decisionKey, parsed.version(), Map.copyOf(entries.getEntryMap()));
    }

    private record ParsedDecision(DmnEngine engine, DmnDecision decision, int version) {
    }

    /**
     * The id of the latest deployed version of a decision, looked up in the database once per transaction (a bulk
     * triage asks it per row): every node then decides with the latest table as soon as it is deployed, also after a
     * rolling update deployed it from another node, and one transaction never mixes two versions.
     */
    private String latestDecisionId(String decisionKey) {
        boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
        String memoKey = "wijkregie.decision." + decisionKey;
        if (inTransaction && transactions.getResource(memoKey) instanceof String known) {
            return known;
        }
        DecisionDefinition definition = engine().getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("No decision table deployed with key " + decisionKey);
        }
        if (inTransaction) {
            transactions.putResource(memoKey, definition.getId());
        }
        return definition.getId();
    }

    private ParsedDecision parse(String definitionId) {
        DecisionDefinition definition = engine().getRepositoryService().getDecisionDefinition(definitionId);
        DmnEngine dmn = DecisionEngines.TABLES;
        try (InputStream model = engine().getRepositoryService().getDecisionModel(definitionId)) {
            return new ParsedDecision(dmn, dmn.parseDecision(definition.getKey(), model), definition.getVersion());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    /**
     * Moves the due date of open user tasks and of the timer at {@code timerActivityId} in their process instances
     * (e.g. the escalation on a contact task), for many instances at once: three queries and one batch of updates
     * in one engine command, not three queries per instance.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescheduleOpenTasks(String processKey, Map<String, Instant> dueByBusinessKey,
                                    String timerActivityId) {
        if (dueByBusinessKey.isEmpty()) {
            return;
        }
        bootstrap.commandExecutor().execute(commandContext -> {
            List<Task> tasks = engine().getTaskService().createTaskQuery().processDefinitionKey(processKey)
                    .processInstanceBusinessKeyIn(dueByBusinessKey.keySet().toArray(String[]::new)).active().list();
            if (tasks.isEmpty()) {
                return null;
            }
            Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            Map<String, Date> dueByInstance = new HashMap<>();
            engine().getRuntimeService().createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(instance -> dueByInstance.put(instance.getId(),
                            Date.from(dueByBusinessKey.get(instance.getBusinessKey()))));
            Set<String> timerDefinitions = engine().getManagementService().createJobDefinitionQuery()
                    .processDefinitionKey(processKey).activityIdIn(timerActivityId).list().stream()
                    .map(JobDefinition::getId).collect(Collectors.toSet());
            // Not .activityId(...) on this query: with processInstanceIds it renders SQL without an "and" (7.24).
            engine().getManagementService().createJobQuery().processInstanceIds(instanceIds).timers().list().stream()
                    .filter(job -> timerDefinitions.contains(job.getJobDefinitionId()))
                    .forEach(job -> engine().getManagementService().setJobDuedate(job.getId(),
                            dueByInstance.get(job.getProcessInstanceId())));
            tasks.forEach(task -> {
                task.setDueDate(dueByInstance.get(task.getProcessInstanceId()));
                engine().getTaskService().saveTask(task);
            });
            return null;
        });
    }

    /** Offers the open tasks of the process to another team (the work moved, e.g. a household of another team). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerToTeam(String processKey, String businessKey, String teamVariable, UUID teamId) {
        for (ProcessInstance instance : instancesOf(processKey, businessKey)) {
            engine().getRuntimeService().setVariable(instance.getId(), teamVariable, teamId.toString());
            for (Task task : engine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .active().list()) {
                engine().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> link.getGroupId() != null)
                        .forEach(link -> engine().getTaskService().deleteCandidateGroup(task.getId(),
                                link.getGroupId()));
                engine().getTaskService().addCandidateGroup(task.getId(), teamId.toString());
            }
        }
    }

    /** Completes the open user task {@code taskKey} of the process with these variables (ids and flags only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean completeTask(String processKey, String businessKey, String taskKey, Map<String, Object> variables) {
        List<Task> open = engine().getTaskService().createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).active().list();
        open.forEach(task -> engine().getTaskService().complete(task.getId(), variables));
        return !open.isEmpty();
    }

    /** Ends the running instances of the process with this business key (its subject ended elsewhere). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(String processKey, String businessKey, String reason) {
        instancesOf(processKey, businessKey).forEach(instance -> engine().getRuntimeService()
                .deleteProcessInstance(instance.getId(), reason));
    }

    /**
     * Delivers a message to the running instance(s) of the process with this business key (e.g. "care started" to a
     * waiting referral); returns whether one was waiting for it. Variables: ids and flags only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean correlate(String processKey, String businessKey, String messageName, Map<String, Object> variables) {
        boolean delivered = false;
        try {
            for (ProcessInstance instance : instancesOf(processKey, businessKey)) {
                delivered |= !engine().getRuntimeService().createMessageCorrelation(messageName)
                        .processInstanceId(instance.getId()).setVariables(variables).correlateAllWithResult()
                        .isEmpty();
            }
        } catch (OptimisticLockingException e) {
            // a timer of the same instance fired at this moment: a conflict (409) to send again, not a failure
            throw new OptimisticLockException("Het proces werd op hetzelfde moment bijgewerkt; probeer het opnieuw.",
                    e);
        }
        return delivered;
    }

    /**
     * Moves the timers of the process with this business key to new moments, by the timer's activity id, and sets
     * the process variables the model reads them from (e.g. a pause moved a norm). Timers that already fired are
     * not moved. One engine command.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTimers(String processKey, String businessKey, Map<String, Instant> dueByActivity,
                           Map<String, Object> variables) {
        bootstrap.commandExecutor().execute(commandContext -> {
            for (ProcessInstance instance : instancesOf(processKey, businessKey)) {
                engine().getRuntimeService().setVariables(instance.getId(), variables);
                Map<String, String> activityByDefinition = new HashMap<>();
                engine().getManagementService().createJobDefinitionQuery().processDefinitionKey(processKey).list()
                        .forEach(definition -> activityByDefinition.put(definition.getId(),
                                definition.getActivityId()));
                engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list()
                        .forEach(job -> {
                            Instant due = dueByActivity.get(activityByDefinition.get(job.getJobDefinitionId()));
                            if (due != null) {
                                engine().getManagementService().setJobDuedate(job.getId(), Date.from(due));
                            }
                        });
            }
            return null;
        });
    }

    /** How many open tasks of one kind (process and task) are past their due date. */
    public record OverdueCount(String processKey, String taskKey, String taskName, long count) {
    }

    /**
     * The open tasks offered to any of the teams whose due date passed before {@code now}, counted per process and
     * task: generic over every deployed process, so a new task with a due date is counted without code. One count
     * query per kind of task (a handful), never a list of all overdue tasks.
     */
    @Transactional
    public List<OverdueCount> overdueCounts(Collection<UUID> teamIds, Instant now) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<String> groups = teamIds.stream().map(UUID::toString).toList();
        List<OverdueCount> result = new ArrayList<>();
        for (TaskKind kind : taskKinds()) {
            long count = engine().getTaskService().createTaskQuery().taskCandidateGroupIn(groups)
                    .includeAssignedTasks().active().processDefinitionKey(kind.processKey())
                    .taskDefinitionKey(kind.taskKey()).dueBefore(Date.from(now)).count();
            if (count > 0) {
                result.add(new OverdueCount(kind.processKey(), kind.taskKey(), kind.name(), count));
            }
        }
        return result;
    }

    /** The ids of the activities the process with this business key is waiting in (for tests and diagnosis). */
    @Transactional
    public List<String> activeActivities(String processKey, String businessKey) {
        List<String> activities = new ArrayList<>();
        for (ProcessInstance instance : instancesOf(processKey, businessKey)) {
            activities.addAll(engine().getRuntimeService().getActiveActivityIds(instance.getId()));
        }
        return activities;
    }

    /** When the open user tasks and timers of the process with this business key are due, by activity id. */
    @Transactional
    public Map<String, Instant> dueDates(String processKey, String businessKey) {
        Map<String, Instant> due = new TreeMap<>();
        for (ProcessInstance instance : instancesOf(processKey, businessKey)) {
            engine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).active().list().stream()
                    .filter(task -> task.getDueDate() != null)
                    .forEach(task -> due.put(task.getTaskDefinitionKey(), task.getDueDate().toInstant()));
            engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list()
                    .forEach(job -> due.put(engine().getManagementService().createJobDefinitionQuery()
                            .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId(),
                            job.getDuedate().toInstant()));
        }
        return due;
    }

    /** The ids of the end events the finished process with this business key went through. */
    @Transactional
    public List<String> finishedActivities(String processKey, String businessKey) {
        return engine().getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(historicInstanceId(processKey, businessKey)).finished()
                .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private String historicInstanceId(String processKey, String businessKey) {
        return engine().getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().desc().list().stream()
                .findFirst().map(HistoricProcessInstance::getId).orElse("none");
    }

    private List<ProcessInstance> instancesOf(String processKey, String businessKey) {
        return engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list();
    }

    /** A page of the open tasks offered to any of the teams, with the exact count of all that match. */
    public record TaskPage(List<WorkflowTask> tasks, long total) {
    }

    /**
     * The open tasks offered to any of the teams (including those a professional picked up), optionally only those
     * assigned to {@code assignee}, of one task key, about one business key, or due before {@code dueBefore}; most
     * urgent first: by due date (none last), then the oldest. The count is exact: open tasks are few compared to
     * cases, and the task list promises an honest total.
     */
    @Transactional
    public TaskPage openTasksOf(Collection<UUID> teamIds, String assignee, String taskKey, String businessKey,
                                Instant dueBefore, PageRequest page) {
        if (teamIds.isEmpty()) {
            return new TaskPage(List.of(), 0);
        }
        List<String> groups = teamIds.stream().map(UUID::toString).toList();
        TaskQuery query = engine().getTaskService().createTaskQuery().taskCandidateGroupIn(groups)
                .includeAssignedTasks().active();
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        if (taskKey != null) {
            query.taskDefinitionKey(taskKey);
        }
        if (businessKey != null) {
            query.processInstanceBusinessKey(businessKey);
        }
        if (dueBefore != null) {
            query.dueBefore(Date.from(dueBefore));
        }
        long total = query.count();
        List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(page.offset(), page.size());
        Set<String> teams = Set.copyOf(groups);
        return new TaskPage(toWorkflowTasks(tasks, task -> engine().getTaskService()
                .getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(teams::contains).findFirst().map(UUID::fromString)
                .orElse(null)), total);
    }

    /** The user tasks of the latest version of every deployed process: what the task list can be filtered on. */
    @Transactional
    public List<TaskKind> taskKinds() {
        List<TaskKind> kinds = new ArrayList<>();
        for (ProcessDefinition definition : engine().getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().orderByProcessDefinitionKey().asc().list()) {
            kinds.addAll(kindsByDefinition.computeIfAbsent(definition.getId(), id -> engine().getRepositoryService()
                    .getBpmnModelInstance(id).getModelElementsByType(UserTask.class).stream()
                    .map(task -> new TaskKind(definition.getKey(), task.getId(), task.getName())).toList()));
        }
        return kinds;
    }

    /** Assigns the open user tasks of the process with this business key to a user, or frees them (null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assignOpenTasks(String processKey, String businessKey, String assignee) {
        engine().getTaskService().createTaskQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).active().list()
                .forEach(task -> engine().getTaskService().setAssignee(task.getId(), assignee));
    }

    /** The open task, if it is offered to one of the teams. */
    @Transactional
    public Optional<WorkflowTask> openTaskOf(String taskId, Collection<UUID> teamIds) {
        for (UUID teamId : teamIds) {
            Task task = engine().getTaskService().createTaskQuery().taskId(taskId)
                    .taskCandidateGroup(teamId.toString()).includeAssignedTasks().active().singleResult();
            if (task != null) {
                return toWorkflowTasks(List.of(task), t -> teamId).stream().findFirst();
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

    /**
     * Starts or stops this node's job executor (devtools: a test lets a node that runs without one take part in the
     * timers, to prove that each job runs once across nodes). Returns whether it runs now.
     */
    public boolean runJobs(boolean active) {
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration())
                .getJobExecutor();
        if (active && !executor.isActive()) {
            executor.start();
        } else if (!active && executor.isActive()) {
            executor.shutdown();
        }
        return executor.isActive();
    }

    /**
     * Devtools: from now on this node holds the job of the instance {@code businessKey} right after its service task
     * {@code activityId} ran, before the job commits, until {@link #releaseHeldJobs()} (a test kills the node
     * meanwhile). Only where devtools are on.
     */
    public void holdJobsAfter(String activityId, String businessKey) {
        jobHold.arm(activityId, businessKey);
    }

    public void releaseHeldJobs() {
        jobHold.release();
    }

    /** The activity jobs are held after (null when none) and the business keys of the jobs held now. */
    public record HeldJobs(String activityId, List<String> businessKeys) {
    }

    public HeldJobs heldJobs() {
        return new HeldJobs(jobHold.armedActivity(), jobHold.held());
    }

    /**
     * Runs the engine's history cleanup now instead of in its nightly window (devtools: tests, and catching up after
     * an outage). It runs on the job executor; returns the id of the cleanup job.
     */
    @Transactional
    public String cleanUpHistoryNow() {
        try {
            return engine().getHistoryService().cleanUpHistoryAsync(true).getId();
        } catch (OptimisticLockingException e) {
            // the job executor moved the same cleanup job at this moment: a conflict (409) to ask again, not a failure
            throw new OptimisticLockException("De opschoning van de procesgeschiedenis liep al; probeer het opnieuw.", e);
        }
    }

    /** Whether a process instance with this business key is running (for tests and health of the link). */
    @Transactional
    public boolean isRunning(String processKey, String businessKey) {
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count() > 0;
    }

    private List<WorkflowTask> toWorkflowTasks(List<Task> tasks, Function<Task, UUID> teamOf) {
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
            return new WorkflowTask(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
                    instance == null ? null : instance.getBusinessKey(), teamOf.apply(task), task.getAssignee(),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
        }).toList();
    }

    private ProcessEngine engine() {
        return bootstrap.engine();
    }
}
