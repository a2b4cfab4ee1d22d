package nl.wijkregie.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.util.Map;
import nl.wijkregie.it.container.ContainerDeployment;
import nl.wijkregie.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: a decision table deployed after this node parsed the previous version — as another node does in
 * a rolling update, into the shared database — is used by the very next decision, without a restart. Before, each
 * node kept the version it parsed first until it was restarted, so two nodes decided with different tables.
 */
@ExtendWith(ArquillianExtension.class)
class DecisionVersionContainerIT {

    private static final String TRIAGE = "signal-triage";
    private static final Map<String, Object> FACTS = Map.of("crisis", false, "threat", "GEEN",
            "amountCents", 50_000L, "minimumAmountCents", 10_000L, "creditorCount", 1, "arrearsDays", 30,
            "knownHousehold", true, "vulnerableWijk", false);

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(DecisionVersionContainerIT.class);
    }

    @Inject
    Workflow workflow;

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Inject
    UserTransaction transaction;

    @Test
    void decidesWithATableDeployedAfterTheFirstDecision() throws Exception {
        DecisionResult before = decideInTransaction();
        RepositoryService repository = bootstrap.engine().getRepositoryService();
        DecisionDefinition current = repository.createDecisionDefinitionQuery().decisionDefinitionKey(TRIAGE)
                .latestVersion().singleResult();
        assertEquals(current.getVersion(), before.decisionVersion());

        try (InputStream model = repository.getDecisionModel(current.getId())) {
            repository.createDeployment().name("rolling update on another node")
                    .addInputStream(current.getResourceName(), model).deploy();
        }

        DecisionResult after = decideInTransaction();
        assertEquals(before.decisionVersion() + 1, after.decisionVersion());
        assertEquals(before.outputs(), after.outputs());
        assertEquals(after.decisionVersion(), workflow.decide(TRIAGE, FACTS).decisionVersion(),
                "outside a transaction too");
    }

    private DecisionResult decideInTransaction() throws Exception {
        transaction.begin();
        try {
            DecisionResult first = workflow.decide(TRIAGE, FACTS);
            assertEquals(first.decisionVersion(), workflow.decide(TRIAGE, FACTS).decisionVersion(),
                    "one transaction decides with one version");
            return first;
        } finally {
            transaction.commit();
        }
    }
}
