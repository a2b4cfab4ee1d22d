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
import org.camunda.bpm.engine.management.Metrics;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * Engine figures for /metrics: work waiting and the engine's own counters. Each figure is a count over the engine's
 * tables (a fifth of a second with a hundred thousand running instances), so it is computed at most once per
 * {@link #FRESH_FOR}: a scraper polling every second cannot load the database.
 */
@ApplicationScoped
public class WorkflowMetrics {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final Cache<String, Long> figures = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).build();

    @Inject
    ProcessEngineBootstrap bootstrap;

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

    private long fresh(String name, LongSupplier count) {
        return bootstrap.isRunning() ? figures.get(name, key -> count.getAsLong()) : -1;
    }
}
