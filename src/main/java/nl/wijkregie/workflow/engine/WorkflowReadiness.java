package nl.wijkregie.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the engine has been built and can query its own tables. */
@Readiness
@ApplicationScoped
public class WorkflowReadiness implements HealthCheck {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        if (!bootstrap.isRunning()) {
            return HealthCheckResponse.down("process-engine");
        }
        try {
            long definitions = bootstrap.engine().getRepositoryService().createProcessDefinitionQuery().count();
            return HealthCheckResponse.named("process-engine").up().withData("processDefinitions", definitions).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("process-engine").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
