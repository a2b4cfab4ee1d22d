package nl.wijkregie.workflow;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import nl.wijkregie.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Camunda engine on a real (embedded) PostgreSQL for process tests: no H2. Deploy models with
 * {@link #deploy(String...)}; each test class gets a fresh database. Like production, expressions reach only the beans
 * registered by name ({@link #withBean}), and {@link #workflow()} is the module-facing {@link Workflow} on this engine,
 * so a test drives a model through the same calls the modules make. The engine's clock ({@code ClockUtil}) is reset
 * after the class, so a test that moves it cannot leak into the next one.
 */
public class EngineOnPostgres implements BeforeAllCallback, AfterAllCallback {

    private final Map<Object, Object> beans = new HashMap<>();
    private EmbeddedPostgres postgres;
    private ProcessEngine engine;

    /** Makes {@code bean} reachable as {@code ${name}} in the models (e.g. a delegate's @Named name). */
    public EngineOnPostgres withBean(String name, Object bean) {
        beans.put(name, bean);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(postgres.getPostgresDatabase());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        configuration.setProcessEngineName("test-" + context.getRequiredTestClass().getSimpleName());
        engine = configuration.buildProcessEngine();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        ClockUtil.reset();
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

    /** The production {@link Workflow} on this engine (its transaction annotations do nothing here: each call commits). */
    public Workflow workflow() {
        Workflow workflow = new Workflow();
        workflow.bootstrap = new ProcessEngineBootstrap() {
            @Override
            public ProcessEngine engine() {
                return engine;
            }

            @Override
            public boolean isRunning() {
                return true;
            }
        };
        return workflow;
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
