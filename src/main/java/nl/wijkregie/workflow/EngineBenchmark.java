package nl.wijkregie.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Times bare process starts in groups per transaction (one engine command per group, by definition id, with transient
 * start variables, as the signal import does), for the benchmark's baseline; cleans up afterwards. In the root
 * package so that the devtools endpoint reaches it through the module's public face.
 */
@ApplicationScoped
public class EngineBenchmark {

    /** How many starts, how long they took, and the rate. */
    public record Result(int starts, int perTransaction, long millis, double startsPerSecond) {
    }

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    UserTransaction transaction;

    public Result startVroegsignalering(int count, int perTransaction) {
        RuntimeService runtime = bootstrap.engine().getRuntimeService();
        Map<String, Object> variables = Variables.createVariables()
                .putValueTyped("teamId", Variables.stringValue("benchmark-" + Ids.newId(), true))
                .putValueTyped("pickedUp", Variables.booleanValue(true, true))
                .putValueTyped("contactDeadline", Variables.dateValue(
                        new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000), true));
        String definitionId = bootstrap.engine().getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("vroegsignalering").latestVersion().singleResult().getId();
        List<String> started = new ArrayList<>(count);
        long begin = System.nanoTime();
        try {
            for (int done = 0; done < count; ) {
                transaction.begin();
                int inThisTransaction = Math.min(perTransaction, count - done);
                bootstrap.commandExecutor().execute(commandContext -> {
                    for (int i = 0; i < inThisTransaction; i++) {
                        started.add(runtime.startProcessInstanceById(definitionId, Ids.newId().toString(),
                                variables).getId());
                    }
                    return null;
                });
                transaction.commit();
                done += inThisTransaction;
            }
            long millis = (System.nanoTime() - begin) / 1_000_000;
            for (int from = 0; from < started.size(); from += 500) {
                transaction.begin();
                runtime.deleteProcessInstances(started.subList(from, Math.min(started.size(), from + 500)),
                        "benchmark", true, true, true);
                transaction.commit();
            }
            return new Result(count, perTransaction, millis, count * 1000.0 / Math.max(1, millis));
        } catch (Exception e) {
            throw new IllegalStateException("benchmark failed", e);
        }
    }
}
