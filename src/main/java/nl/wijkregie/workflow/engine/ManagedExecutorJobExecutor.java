package nl.wijkregie.workflow.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Runs the engine's job acquisition and jobs on Liberty's managed executor, so job threads get the container's
 * transaction and naming context, and the server controls the thread count.
 */
public class ManagedExecutorJobExecutor extends JobExecutor {

    private final ManagedExecutorService executor;

    public ManagedExecutorJobExecutor(ManagedExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            executor.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }

    @Override
    protected void startExecutingJobs() {
        executor.execute(acquireJobsRunnable);
    }

    @Override
    protected void stopExecutingJobs() {
        // the acquisition runnable stops itself when the executor is shut down by JobExecutor.shutdown()
    }
}
