package nl.wijkregie.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.management.Metrics;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** Engine figures for /metrics: work waiting and the engine's own counters. */
@ApplicationScoped
public class WorkflowMetrics {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Gauge(name = "workflow.open.tasks", unit = "none", absolute = true, description = "Open user tasks")
    public long openTasks() {
        return bootstrap.isRunning() ? bootstrap.engine().getTaskService().createTaskQuery().active().count() : -1;
    }

    @Gauge(name = "workflow.running.process.instances", unit = "none", absolute = true,
            description = "Running process instances")
    public long runningInstances() {
        return bootstrap.isRunning() ? bootstrap.engine().getRuntimeService().createProcessInstanceQuery().count() : -1;
    }

    @Gauge(name = "workflow.failed.jobs", unit = "none", absolute = true, description = "Jobs without retries left")
    public long failedJobs() {
        return bootstrap.isRunning()
                ? bootstrap.engine().getManagementService().createJobQuery().noRetriesLeft().count() : -1;
    }

    @Gauge(name = "workflow.activity.instances.started", unit = "none", absolute = true,
            description = "Activity instances started since the engine's metrics began")
    public long activityInstancesStarted() {
        return bootstrap.isRunning()
                ? bootstrap.engine().getManagementService().createMetricsQuery().name(Metrics.ACTIVTY_INSTANCE_START).sum()
                : -1;
    }
}
