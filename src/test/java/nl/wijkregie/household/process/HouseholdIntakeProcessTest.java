package nl.wijkregie.household.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.workflow.EngineOnPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Drives the one path of bpmn/household-intake.bpmn on a real engine and database. */
class HouseholdIntakeProcessTest {

    @RegisterExtension
    static final EngineOnPostgres ENGINE = new EngineOnPostgres();

    private static ProcessEngine engine;

    @BeforeAll
    static void deploy() {
        ENGINE.deploy("household-intake.bpmn");
        engine = ENGINE.engine();
    }

    @Test
    void offersIntakePlanningToTheOwningTeamAndEndsWhenDone() {
        String household = UUID.randomUUID().toString();
        String team = UUID.randomUUID().toString();

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(HouseholdIntakeProcess.KEY,
                household, Map.of(HouseholdIntakeProcess.TEAM_ID, team));

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(HouseholdIntakeProcess.PLAN_INTAKE_TASK);
        assertThat(task.getName()).isEqualTo("Intake plannen");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId).containsExactly(team);
        assertThat(Duration.between(Instant.now(), task.getDueDate().toInstant()))
                .isBetween(Duration.ofDays(13), Duration.ofDays(14).plusMinutes(1));
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(UUID.randomUUID().toString())
                .count()).isZero();

        engine.getTaskService().complete(task.getId());

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
                .count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getEndActivityId()).isEqualTo("intakePlanned");
    }

    @Test
    void keepsOnlyIdsInProcessVariables() {
        String household = UUID.randomUUID().toString();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(HouseholdIntakeProcess.KEY,
                household, Map.of(HouseholdIntakeProcess.TEAM_ID, UUID.randomUUID().toString()));

        assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
                .containsExactly(HouseholdIntakeProcess.TEAM_ID);
        assertThat(instance.getBusinessKey()).isEqualTo(household);
    }
}
