package nl.wijkregie.household.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.workflow.EngineOnPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives the one path of bpmn/household-intake.bpmn (start, "Intake plannen" offered to the owning team and due in 14
 * days by the engine's clock, end) on a real engine and database.
 */
class HouseholdIntakeProcessTest {

    @RegisterExtension
    static final EngineOnPostgres ENGINE = new EngineOnPostgres();

    private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    private static ProcessEngine engine;

    @BeforeAll
    static void deploy() {
        ENGINE.deploy("household-intake.bpmn");
        engine = ENGINE.engine();
    }

    @BeforeEach
    void fixEngineClock() {
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
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
        assertThat(task.getDueDate().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(14)));
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
