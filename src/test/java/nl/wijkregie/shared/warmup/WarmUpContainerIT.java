package nl.wijkregie.shared.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import nl.wijkregie.it.container.ContainerDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The warm-up's steps write for real inside their transaction (so they exercise the hot paths) and leave nothing
 * behind: no signal, signal case, process instance or access-log entry survives a round.
 */
@ExtendWith(ArquillianExtension.class)
class WarmUpContainerIT {

    private static final String SIGNALS = "select count(*) from wijkregie.signal where partner_reference like 'WU-%'";
    private static final List<String> TABLES = List.of("select count(*) from wijkregie.signal",
            "select count(*) from wijkregie.signal_case", "select count(*) from wijkregie.access_log",
            "select count(*) from camunda.act_hi_procinst", "select count(*) from camunda.act_ru_execution");

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(WarmUpContainerIT.class);
    }

    @Inject
    WarmUp warmUp;

    @Inject
    UserTransaction transaction;

    @Test
    void theIntakeStepStartsProcessesInsideItsTransaction() throws Exception {
        WarmUpStep intake = warmUp.steps().stream().filter(s -> s.name().equals("signal-intake")).findFirst()
                .orElseThrow();
        String executions = "select count(*) from camunda.act_ru_execution";
        long before = ContainerDeployment.count(executions);
        transaction.begin();
        try {
            intake.run(0);
            assertTrue(ContainerDeployment.count(executions) > before, "processes started for the synthetic cases");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aRoundLeavesNoDataAndNoAccessLogEntriesBehind() {
        List<Long> before = TABLES.stream().map(ContainerDeployment::count).toList();

        Map<String, String> failed = warmUp.runRound(warmUp.steps(), 0);

        assertEquals(Map.of(), failed, "failed steps");
        assertTrue(warmUp.steps().size() >= 2, "steps registered: " + warmUp.steps());
        assertEquals(before, TABLES.stream().map(ContainerDeployment::count).toList(), String.join(", ", TABLES));
        assertEquals(0, ContainerDeployment.count(SIGNALS));
        assertEquals(0, ContainerDeployment.count(
                "select count(*) from wijkregie.access_log where source = 'warm-up'"));
    }
}
