package nl.wijkregie.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import nl.wijkregie.workflow.ProcessDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import nl.wijkregie.shared.ThisNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the embedded Camunda engine once the schema is migrated, and deploys the models from bpmn/. The engine uses
 * the application's DataSource and the container's TransactionManager with externally managed transactions, so a
 * domain write and a process step commit or roll back together. Expressions can reach only beans marked
 * {@link ProcessDelegate}.
 * <p>
 * History is cleaned by the engine's own cleanup job: every history row gets a removal time when its process ends
 * (end time plus the model's {@code historyTimeToLive}), and the job deletes what is past it, in batches, inside a
 * nightly window (server time, Europe/Amsterdam). It is one job in the shared database, so in a cluster one node at a
 * time runs it.
 */
@ApplicationScoped
public class ProcessEngineBootstrap {

    public static final int STARTUP_ORDER = 200;
    static final String ENGINE_NAME = "wijkregie";
    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = "jdbc/wijkregie")
    DataSource dataSource;

    @Resource(lookup = "concurrent/jobExecutor")
    ManagedExecutorService jobExecutorService;

    @Inject
    BeanManager beanManager;

    @Inject
    ThisNode thisNode;

    @Inject
    @ConfigProperty(name = "wijkregie.workflow.job-executor.active", defaultValue = "true")
    boolean jobExecutorActive;

    @Inject
    JobHold jobHold;

    @Inject
    @ConfigProperty(name = "wijkregie.workflow.history-cleanup.window-start", defaultValue = "01:00")
    String historyCleanupWindowStart;

    @Inject
    @ConfigProperty(name = "wijkregie.workflow.history-cleanup.window-end", defaultValue = "05:00")
    String historyCleanupWindowEnd;

    @Inject
    @ConfigProperty(name = "wijkregie.workflow.history-cleanup.batch-size", defaultValue = "500")
    int historyCleanupBatchSize;

    private volatile ProcessEngine engine;

    void start(@Observes @Priority(STARTUP_ORDER) @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(lookupTransactionManager());
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDatabaseSchema("camunda");
        configuration.setDatabaseTablePrefix("camunda.");
        configuration.setCustomHistoryLevels(List.of(new AuditHistoryWithoutInstantSteps()));
        configuration.setHistory(AuditHistoryWithoutInstantSteps.NAME);
        configuration.setJobExecutor(new ManagedExecutorJobExecutor(jobExecutorService));
        configuration.setJobExecutorActivate(jobExecutorActive);
        // Acquisition by due date over an index instead of a scan of every open timer (ADR 0021): every job gets a
        // due date, so the query is a range on DUEDATE_ that the partial index below answers in order.
        configuration.setJobExecutorAcquireByDueDate(true);
        configuration.setEnsureJobDueDateNotNull(true);
        configuration.setMetricsEnabled(true);
        // this node's name on its job log and metrics, so that /metrics reports the jobs this node ran (ADR 0020)
        configuration.setHostname(thisNode.name());
        configuration.setMetricsReporterIdProvider(processEngine -> thisNode.name());
        configuration.setBeans(allowListedDelegates());
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
        configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        configuration.setHistoryCleanupBatchWindowStartTime(historyCleanupWindowStart);
        configuration.setHistoryCleanupBatchWindowEndTime(historyCleanupWindowEnd);
        configuration.setHistoryCleanupBatchSize(historyCleanupBatchSize);
        configuration.setHistoryCleanupDegreeOfParallelism(1);
        configuration.setIdGenerator(new TimeOrderedIdGenerator());
        // armed only through the devtools endpoint; unarmed, one volatile read per service task
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(jobHold.parseListener())));
        engine = configuration.buildProcessEngine();
        addMissingIndexes();
        deployModels();
        LOG.info(() -> "Process engine started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    public ProcessEngine engine() {
        if (engine == null) {
            throw new IllegalStateException("the process engine is not running");
        }
        return engine;
    }

    /** The engine's transaction-joining command executor, to run several API calls as one command. */
    public CommandExecutor commandExecutor() {
        return ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    public boolean isRunning() {
        return engine != null;
    }

    /** The allow-list: every @Named bean that carries @ProcessDelegate, by name. */
    private Map<Object, Object> allowListedDelegates() {
        Map<Object, Object> beans = new HashMap<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getName() != null && bean.getBeanClass().isAnnotationPresent(ProcessDelegate.class)) {
                Object reference = beanManager.getReference(bean, bean.getBeanClass(),
                        beanManager.createCreationalContext(bean));
                beans.put(bean.getName(), reference);
            }
        }
        LOG.info(() -> "Beans reachable from process expressions: " + beans.keySet());
        return beans;
    }

    /**
     * An index the engine's schema lacks for how we use it: completing or deleting a task looks for its subtasks by
     * PARENT_TASK_ID_, which has none, so every completion scanned all open tasks (~30 ms with the 170,000 open
     * contact tasks a few monthly lists leave). Idempotent; an engine upgrade leaves an extra index alone.
     */
    private void addMissingIndexes() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists wijkregie_task_parent on camunda.ACT_RU_TASK"
                    + " (PARENT_TASK_ID_) where PARENT_TASK_ID_ is not null");
            // The job executor's acquisition (ADR 0021): due jobs in due-date order, without reading the hundreds of
            // thousands of future timers (plan evaluations, signal deadlines). Jobs written before every job had a
            // due date get one, or the acquisition (which no longer asks for "no due date") would never see them.
            statement.execute("create index if not exists wijkregie_job_acquisition on camunda.ACT_RU_JOB"
                    + " (DUEDATE_) where RETRIES_ > 0 and SUSPENSION_STATE_ = 1");
            statement.execute("update camunda.ACT_RU_JOB set DUEDATE_ = now() where DUEDATE_ is null");
        } catch (SQLException e) {
            throw new IllegalStateException("could not add the engine's missing indexes", e);
        }
    }

    private void deployModels() {
        ClassLoader classLoader = ProcessEngineBootstrap.class.getClassLoader();
        List<String> models = BpmnResources.list(classLoader);
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("wijkregie").source("bpmn/").enableDuplicateFiltering(true);
        for (String model : models) {
            InputStream stream = classLoader.getResourceAsStream(BpmnResources.FOLDER + model);
            deployment.addInputStream(model, stream);
        }
        deployment.deploy();
        LOG.info(() -> "Deployed process models " + models);
    }

    private static TransactionManager lookupTransactionManager() {
        try {
            return (TransactionManager) new InitialContext().lookup("java:comp/TransactionManager");
        } catch (NamingException e) {
            throw new IllegalStateException("the container's TransactionManager is not available", e);
        }
    }
}
