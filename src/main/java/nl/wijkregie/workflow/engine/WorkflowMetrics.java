package nl.wijkregie.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.management.Metrics;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** Engine figures for /metrics: work waiting and the engine's own counters. */
@ApplicationScoped
public class WorkflowMetrics {

    @Inject
    ProcessEngineBootstrap bootstrap;

    /** Gauges are registered when the bean is created: create it at start-up, after the engine. */
    void registerAtStartup(@Observes @Priority(ProcessEngineBootstrap.STARTUP_ORDER + 1)
                           @Initialized(ApplicationScoped.class) Object event) {
        bootstrap.isRunning();
    }

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
