package nl.wijkregie.workflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Camunda engine on a real (embedded) PostgreSQL for process tests: no H2. Deploy models with
 * {@link #deploy(String...)}; each test class gets a fresh database.
 */
public class EngineOnPostgres implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;
    private ProcessEngine engine;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(postgres.getPostgresDatabase());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("test-" + context.getRequiredTestClass().getSimpleName());
        engine = configuration.buildProcessEngine();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (engine != null) {
            engine.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }

    /** Deploys models from the project's bpmn/ folder (on the test classpath under bpmn/). */
    public void deploy(String... models) {
        var deployment = engine.getRepositoryService().createDeployment().enableDuplicateFiltering(true);
        for (String model : models) {
            deployment.addClasspathResource("bpmn/" + model);
        }
        deployment.deploy();
    }
}
