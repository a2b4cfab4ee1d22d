package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status lifecycle of a case: every allowed step, every refused one, closing, and two writers at once. */
class CaseLifecycleIT {

    static final List<String> STATUSES = List.of("AANGEMELD", "INTAKE", "PLAN", "UITVOERING", "EVALUATIE",
            "AFGESLOTEN");
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "AANGEMELD", Set.of("INTAKE", "AFGESLOTEN"),
            "INTAKE", Set.of("PLAN", "AFGESLOTEN"),
            "PLAN", Set.of("UITVOERING", "AFGESLOTEN"),
            "UITVOERING", Set.of("EVALUATIE", "AFGESLOTEN"),
            "EVALUATIE", Set.of("UITVOERING", "PLAN", "AFGESLOTEN"),
            "AFGESLOTEN", Set.of());
    /** How to get a new case into each status. */
    static final Map<String, List<String>> PATH_TO = Map.of(
            "AANGEMELD", List.of(),
            "INTAKE", List.of("INTAKE"),
            "PLAN", List.of("INTAKE", "PLAN"),
            "UITVOERING", List.of("INTAKE", "PLAN", "UITVOERING"),
            "EVALUATIE", List.of("INTAKE", "PLAN", "UITVOERING", "EVALUATIE"));

    private final Api fatima = Api.as("fatima");

    @Test
    void runsTheWholeLifecycleIncludingAnotherRoundAfterEvaluation() {
        JsonObject caseFile = Cases.newCase(fatima);
        assertThat(caseFile.getString("status")).isEqualTo("AANGEMELD");
        assertThat(caseFile.getString("regisseurId")).isEqualTo("fatima");
        assertThat(caseFile.getString("dueOn")).isNotBlank();

        caseFile = Cases.walk(fatima, caseFile, "INTAKE", "PLAN", "UITVOERING", "EVALUATIE", "UITVOERING",
                "EVALUATIE", "PLAN", "UITVOERING", "EVALUATIE");
        Api.Response closed = Cases.close(fatima, caseFile);

        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("AFGESLOTEN");
        assertThat(closed.json().getString("closingReason")).isEqualTo("DOELEN_BEREIKT");
        assertThat(closed.json().getString("outcomeSummary")).isEqualTo("Doelen bereikt");
        assertThat(closed.json().getJsonArray("allowedTransitions")).isEmpty();
        assertThat(closed.json().containsKey("dueOn")).isFalse();
    }

    @Test
    void reportsTheAllowedTransitionsOfEachStatus() {
        JsonObject caseFile = Cases.newCase(fatima);
        for (String status : List.of("INTAKE", "PLAN", "UITVOERING", "EVALUATIE")) {
            caseFile = Cases.walk(fatima, caseFile, status);
            assertThat(caseFile.getJsonArray("allowedTransitions").getValuesAs(JsonString.class))
                    .extracting(JsonString::getString).containsExactlyInAnyOrderElementsOf(ALLOWED.get(status));
        }
    }

    static Stream<Arguments> statusesWithTheirRefusedTargets() {
        return STATUSES.stream().map(from -> Arguments.of(from,
                STATUSES.stream().filter(to -> !ALLOWED.get(from).contains(to)).toList()));
    }

    @ParameterizedTest(name = "from {0} refuses {1}")
    @MethodSource("statusesWithTheirRefusedTargets")
    void refusesEveryTransitionThatIsNotAllowed(String from, List<String> refused) {
        JsonObject caseFile = Cases.newCase(fatima);
        if (from.equals("AFGESLOTEN")) {
            Api.Response closed = Cases.close(fatima, caseFile);
            assertThat(closed.status()).isEqualTo(200);
            caseFile = closed.json();
        } else {
            caseFile = Cases.walk(fatima, caseFile, PATH_TO.get(from).toArray(String[]::new));
        }

        for (String to : refused) {
            Api.Response response = Cases.transition(fatima, caseFile, to);
            assertThat(response.status()).as(from + " → " + to + ": " + response).isEqualTo(422);
            assertThat(response.isProblem()).isTrue();
            String detail = response.json().getString("detail");
            assertThat(detail).contains(from).contains(to);
            ALLOWED.get(from).forEach(allowed -> assertThat(detail).contains(allowed));
        }
        assertThat(Cases.get(fatima, caseFile.getString("id")).getString("status")).isEqualTo(from);
    }

    @Test
    void closingNeedsAReasonAndASummary() {
        JsonObject caseFile = Cases.newCase(fatima);

        Api.Response withoutReason = Cases.transition(fatima, caseFile, "AFGESLOTEN");

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withoutReason.json().getString("detail")).contains("reden");
    }

    @Test
    void anUnknownStatusIsABadRequestNamingTheField() {
        JsonObject caseFile = Cases.newCase(fatima);

        Api.Response response = Cases.transition(fatima, caseFile, "KLAAR");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("to");
    }

    @Test
    void givesTheSecondOfTwoWritersWithTheSameVersionAConflict() {
        JsonObject caseFile = Cases.newCase(fatima);

        Api.Response first = Cases.transition(fatima, caseFile, "INTAKE");
        Api.Response second = Cases.transition(fatima, caseFile, "AFGESLOTEN");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
        assertThat(Cases.get(fatima, caseFile.getString("id")).getString("status")).isEqualTo("INTAKE");
    }

    @Test
    void letsExactlyOneOfTwoSimultaneousWritersWin() throws Exception {
        JsonObject caseFile = Cases.newCase(fatima);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String target : List.of("INTAKE", "AFGESLOTEN_WITH_REASON")) {
                Callable<Integer> writer = () -> {
                    start.await();
                    return target.equals("INTAKE") ? Cases.transition(fatima, caseFile, "INTAKE").status()
                            : Cases.close(fatima, caseFile).status();
                };
                results.add(pool.submit(writer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void movingToIntakeCompletesTheIntakeTaskInTheInbox() {
        String householdId = Households.register(fatima);
        assertThat(fatima.get("/api/v1/tasks?subject=" + householdId).body()).contains(householdId);

        Cases.walk(fatima, Cases.caseOfHousehold(fatima, householdId), "INTAKE");

        assertThat(fatima.get("/api/v1/tasks?subject=" + householdId).body()).doesNotContain(householdId);
    }

    @Test
    void completingTheIntakeTaskInTheInboxMovesTheCaseToIntake() {
        String householdId = Households.register(fatima);
        JsonObject task = fatima.get("/api/v1/tasks?subject=" + householdId).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(t -> householdId.equals(t.getString("subjectId", null)))
                .findFirst().orElseThrow();

        Api.Response completed = fatima.post("/api/v1/tasks/" + task.getString("id") + "/complete", "");

        assertThat(completed.status()).as(completed.toString()).isLessThan(300);
        assertThat(Cases.caseOfHousehold(fatima, householdId).getString("status")).isEqualTo("INTAKE");
    }

    @Test
    void opensANewCaseOnlyWhenTheHouseholdHasNoOpenOne() {
        String householdId = Households.register(fatima);
        String body = "{\"householdId\": \"" + householdId + "\"}";

        assertThat(fatima.post("/api/v1/cases", body).status()).isEqualTo(422);

        Cases.close(fatima, Cases.caseOfHousehold(fatima, householdId));
        Api.Response reopened = fatima.post("/api/v1/cases", body);

        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(201);
        assertThat(reopened.json().getString("status")).isEqualTo("AANGEMELD");
        assertThat(fatima.get("/api/v1/cases?household=" + householdId).json().getJsonArray("items")).hasSize(2);
    }
}
