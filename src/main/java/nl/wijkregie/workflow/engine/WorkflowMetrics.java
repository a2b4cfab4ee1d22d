package nl.wijkregie.workflow.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.LongSupplier;
import nl.wijkregie.shared.ThisNode;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * Engine figures for /metrics: work waiting, the engine's own counters, and the job executor's counters of this node
 * (each node reports its own; a scraper labels them by instance). Each figure is a count over the engine's
 * tables (a fifth of a second with a hundred thousand running instances), so it is computed at most once per
 * {@link #FRESH_FOR}: a scraper polling every second cannot load the database.
 */
@ApplicationScoped
public class WorkflowMetrics {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final Cache<String, Long> figures = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build();

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    ThisNode thisNode;

    /** Gauges are registered when the bean is created: create it at start-up, after the engine. */
    void registerAtStartup(@Observes @Priority(ProcessEngineBootstrap.STARTUP_ORDER + 1)
                           @Initialized(ApplicationScoped.class) Object event) {
        bootstrap.isRunning();
    }

    @Gauge(name = "workflow.open.tasks", unit = "none", absolute = true, description = "Open user tasks")
    public long openTasks() {
        return fresh("openTasks", () -> bootstrap.engine().getTaskService().createTaskQuery().active().count());
    }

    @Gauge(name = "workflow.running.process.instances", unit = "none", absolute = true,
            description = "Running process instances")
    public long runningInstances() {
        return fresh("runningInstances", () -> bootstrap.engine().getRuntimeService().createProcessInstanceQuery()
                .count());
    }

    @Gauge(name = "workflow.failed.jobs", unit = "none", absolute = true, description = "Jobs without retries left")
    public long failedJobs() {
        return fresh("failedJobs", () -> bootstrap.engine().getManagementService().createJobQuery().noRetriesLeft()
                .count());
    }

    @Gauge(name = "workflow.activity.instances.started", unit = "none", absolute = true,
            description = "Activity instances started since the engine's metrics began")
    public long activityInstancesStarted() {
        return fresh("activityInstancesStarted", () -> bootstrap.engine().getManagementService().createMetricsQuery()
                .name(Metrics.ACTIVTY_INSTANCE_START).sum());
    }

    @Gauge(name = "workflow.jobs.acquisition.attempts", unit = "none", absolute = true,
            description = "Times this node's job executor asked the database for due jobs")
    public long jobAcquisitionAttempts() {
        return ofThisNode(Metrics.JOB_ACQUISITION_ATTEMPT);
    }

    @Gauge(name = "workflow.jobs.acquired", unit = "none", absolute = true, description = "Jobs this node locked")
    public long jobsAcquired() {
        return ofThisNode(Metrics.JOB_ACQUIRED_SUCCESS);
    }

    @Gauge(name = "workflow.jobs.acquisition.conflicts", unit = "none", absolute = true,
            description = "Jobs this node tried to lock while another node locked them first")
    public long jobAcquisitionConflicts() {
        return ofThisNode(Metrics.JOB_ACQUIRED_FAILURE);
    }

    @Gauge(name = "workflow.jobs.executed", unit = "none", absolute = true,
            description = "Jobs this node ran successfully")
    public long jobsExecuted() {
        return ofThisNode(Metrics.JOB_SUCCESSFUL);
    }

    @Gauge(name = "workflow.jobs.failed", unit = "none", absolute = true,
            description = "Job runs on this node that failed (the engine retries them)")
    public long jobsFailed() {
        return ofThisNode(Metrics.JOB_FAILED);
    }

    @Gauge(name = "workflow.jobs.rejected", unit = "none", absolute = true,
            description = "Acquired jobs this node's executor had no thread for (handed back)")
    public long jobsRejected() {
        return ofThisNode(Metrics.JOB_EXECUTION_REJECTED);
    }

    /**
     * A job counter of this node since its figures began: what the engine already wrote to its meter log under this
     * node's name (every quarter of an hour, and at shutdown) plus what it counted in memory since.
     */
    private long ofThisNode(String meter) {
        if (!bootstrap.isRunning()) {
            return -1;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) bootstrap.engine()
                .getProcessEngineConfiguration();
        long reported = fresh("reported." + meter, () -> bootstrap.engine().getManagementService()
                .createMetricsQuery().name(meter).reporter(thisNode.name()).sum());
        Meter counting = configuration.getMetricsRegistry().getDbMeterByName(meter);
        return reported + (counting == null ? 0 : counting.get());
    }

    private long fresh(String name, LongSupplier count) {
        return bootstrap.isRunning() ? figures.get(name, key -> count.getAsLong()) : -1;
    }
}
