package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Registering a household puts "Intake plannen" in its team's inbox, and only there. */
class TaskInboxIT {

    private final Api fatima = Api.as("fatima");

    private static Optional<JsonObject> taskFor(Api api, String householdId) {
        JsonArray tasks = (JsonArray) api.get("/api/v1/tasks").structure();
        return tasks.getValuesAs(JsonObject.class).stream()
                .filter(t -> householdId.equals(t.getString("householdId", null))).findFirst();
    }

    @Test
    void offersIntakeToTheOwningTeamUntilCompleted() {
        String household = Households.register(fatima);

        JsonObject task = taskFor(fatima, household).orElseThrow();
        assertThat(task.getString("name")).isEqualTo("Intake plannen");
        assertThat(task.getString("householdName")).isEqualTo("Huishouden Van Dijk");
        assertThat(task.getString("teamName")).isEqualTo("Zaandam-Oost");
        assertThat(task.getString("processKey")).isEqualTo("household-intake");
        assertThat(task.getString("dueAt")).isNotBlank();
        assertThat(taskFor(Api.as("sanne"), household)).isPresent();
        assertThat(taskFor(Api.as("pieter"), household)).isEmpty();

        String taskId = task.getString("id");
        Api.Response byOtherTeam = Api.as("pieter").post("/api/v1/tasks/" + taskId + "/complete", "");
        assertThat(byOtherTeam.status()).isEqualTo(404);
        assertThat(taskFor(fatima, household)).isPresent();

        Api.Response completed = fatima.post("/api/v1/tasks/" + taskId + "/complete", "");
        assertThat(completed.status()).isEqualTo(204);
        assertThat(taskFor(fatima, household)).isEmpty();
        assertThat(fatima.post("/api/v1/tasks/" + taskId + "/complete", "").status()).isEqualTo(404);
    }

    @Test
    void logsTheHouseholdNamesShownInTheInbox() {
        String household = Households.register(fatima);
        long before = TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid "
                + "and purpose = 'TASK_HANDLING'", household);

        fatima.get("/api/v1/tasks");

        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid "
                + "and purpose = 'TASK_HANDLING'", household)).isEqualTo(before + 1);
    }
}
