package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The task list (werkvoorraad): every open task of the user's teams — intake and signal contact alike — with what it
 * is about and its deadline, most urgent first, filterable, paged with an exact total.
 */
class TaskInboxIT {

    private final Api fatima = Api.as("fatima");

    private static List<JsonObject> tasksAbout(Api api, String subjectId, String query) {
        Api.Response response = api.get("/api/v1/tasks?subject=" + subjectId + (query.isEmpty() ? "" : "&" + query));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> taskFor(Api api, String subjectId) {
        return tasksAbout(api, subjectId, "").stream().filter(t -> subjectId.equals(t.getString("subjectId", null)))
                .findFirst();
    }

    @Test
    void offersIntakeToTheOwningTeamUntilCompleted() {
        String household = Households.register(fatima);

        JsonObject task = taskFor(fatima, household).orElseThrow();
        assertThat(task.getString("name")).isEqualTo("Intake plannen");
        assertThat(task.getString("subjectLabel")).isEqualTo("Huishouden Van Dijk");
        assertThat(task.getString("subjectType")).isEqualTo("HOUSEHOLD");
        assertThat(task.getString("teamName")).isEqualTo("Zaandam-Oost");
        assertThat(task.getString("processKey")).isEqualTo("household-intake");
        assertThat(task.getString("taskKey")).isEqualTo("planIntake");
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

    /** A signal contact task is listed like any other, labelled by its address and leading to its signal case. */
    @Test
    void listsTheSignalContactTaskWithItsAddressDeadlineAndKind() {
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR",
                Households.uniquePostcode(), 7, "Lia", null, "Taaklijst", "1980-03-03", 150_000, false,
                "HUISUITZETTING"));
        String caseId = signalCase.getString("id");

        JsonObject task = taskFor(fatima, caseId).orElseThrow();
        assertThat(task.getString("name")).isEqualTo("Contact leggen");
        assertThat(task.getString("taskKey")).isEqualTo("makeContact");
        assertThat(task.getString("subjectType")).isEqualTo("SIGNAL_CASE");
        assertThat(task.getString("subjectLabel")).startsWith("Vroegsignaal ").doesNotContain("-");
        assertThat(Instant.parse(task.getString("dueAt"))).isAfter(Instant.now());

        JsonObject page = fatima.get("/api/v1/tasks?kind=makeContact&size=5").json();
        assertThat(page.getJsonNumber("totalItems").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(t -> assertThat(t.getString("taskKey")).isEqualTo("makeContact"));
        assertThat(page.getJsonArray("kinds").getValuesAs(JsonObject.class))
                .extracting(k -> k.getString("taskKey")).contains("makeContact", "planIntake");
        assertThat(tasksAbout(fatima, caseId, "kind=planIntake")).isEmpty();
        assertThat(tasksAbout(fatima, caseId, "overdue=true")).isEmpty();
    }

    @Test
    void mineHoldsTheTasksOfSignalCasesAssignedToMe() {
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 8, "Toegewezen"));
        String caseId = signalCase.getString("id");
        assertThat(tasksAbout(fatima, caseId, "scope=mine")).isEmpty();

        Api.Response assigned = fatima.put("/api/v1/signal-cases/" + caseId + "/assignee",
                "{\"version\":%d,\"assignee\":\"fatima\"}".formatted(signalCase.getJsonNumber("version").longValue()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().getString("assignedTo")).isEqualTo("fatima");

        List<JsonObject> mine = tasksAbout(fatima, caseId, "scope=mine");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getString("assignee")).isEqualTo("fatima");
        assertThat(tasksAbout(Api.as("sanne"), caseId, "")).hasSize(1);
        assertThat(tasksAbout(Api.as("sanne"), caseId, "scope=mine")).isEmpty();
    }

    @Test
    void pagesWithAnExactTotalMostUrgentFirst() {
        for (int i = 0; i < 3; i++) {
            Households.register(fatima);
        }
        JsonObject first = fatima.get("/api/v1/tasks?size=2&page=0").json();
        JsonObject second = fatima.get("/api/v1/tasks?size=2&page=1").json();
        long total = first.getJsonNumber("totalItems").longValue();

        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(second.getJsonNumber("totalItems").longValue()).isGreaterThanOrEqualTo(total);
        List<JsonObject> firstItems = first.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(firstItems.get(0).getString("dueAt", "9999")).isLessThanOrEqualTo(
                firstItems.get(1).getString("dueAt", "9999"));
        assertThat(fatima.get("/api/v1/tasks?size=0").status()).isEqualTo(400);
        assertThat(fatima.get("/api/v1/tasks?scope=everyone").status()).isEqualTo(400);
    }

    @Test
    void logsTheHouseholdNamesShownInTheInbox() {
        String household = Households.register(fatima);
        long before = TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid "
                + "and purpose = 'TASK_HANDLING'", household);

        fatima.get("/api/v1/tasks?subject=" + household);

        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid "
                + "and purpose = 'TASK_HANDLING'", household)).isEqualTo(before + 1);
    }
}
