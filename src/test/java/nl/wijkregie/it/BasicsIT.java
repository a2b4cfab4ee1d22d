package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The basics of a case over HTTP: facts recorded → the check with its reason → the task "Basis op orde brengen" in
 * the team's task list → solved by a check "op orde" or ended with a reason; history kept; re-checks when a member
 * leaves and when signals stack; team scope, roles and access logging; bad input refused with nothing stored.
 */
class BasicsIT {

    private final Api fatima = Api.as("fatima");

    private static String basics(String caseId) {
        return "/api/v1/cases/" + caseId + "/basics";
    }

    private static JsonObject dimension(JsonObject basics, String dimension) {
        return basics.getJsonArray("dimensions").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("dimension").equals(dimension)).findFirst().orElseThrow();
    }

    /** The open task "Basis op orde brengen" of a case in the user's task list (it links to the case). */
    private static Optional<JsonObject> basicsTask(Api api, String caseId) {
        JsonArray tasks = api.get("/api/v1/tasks?size=100&subject=" + caseId).json().getJsonArray("items");
        return tasks.getValuesAs(JsonObject.class).stream()
                .filter(t -> caseId.equals(t.getString("subjectId", null)) && "CASE".equals(t.getString("subjectType")))
                .filter(t -> "Basis op orde brengen".equals(t.getString("name"))).findFirst();
    }

    private static long facts(String householdId) {
        return TestDatabase.count("select count(*) from wijkregie.basics_fact where household_id = ?::uuid",
                householdId);
    }

    private static long results(String caseId) {
        return TestDatabase.count("select count(*) from wijkregie.basics_check where case_id = ?::uuid", caseId);
    }

    @Test
    void aCaseStartsUnknownEverywhereAndNothingIsMandatory() {
        JsonObject caseFile = Cases.newCase(fatima);

        Api.Response response = fatima.get(basics(caseFile.getString("id")));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().getJsonArray("dimensions")).hasSize(4).allSatisfy(d -> {
            assertThat(d.asJsonObject().getString("outcome")).isEqualTo("UNKNOWN");
            assertThat(d.asJsonObject().getString("trigger")).isEqualTo("CASE_OPENED");
        });
        assertThat(response.json().getBoolean("priority")).isFalse();

        Api.Response unknown = fatima.post(basics(caseFile.getString("id")) + "/facts", """
                {"housing": {"situation": "UNKNOWN"}, "income": {}, "debts": {}, "safety": {}}""");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(201);
        assertThat(unknown.json().getJsonArray("facts")).hasSize(4);
    }

    @Test
    void notInOrderRaisesPriorityAndGivesTheTeamATaskWhichEndsWhenACheckSaysOpOrde() {
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");
        String householdId = caseFile.getString("householdId");

        Api.Response red = fatima.post(basics(caseId) + "/facts", """
                {"housing": {"observedOn": "2026-11-02", "source": "RESIDENT", "situation": "EVICTION_THREATENED"},
                 "safety": {"source": "PROFESSIONAL", "concern": "NO", "veiligThuisReport": "NO"}}""");

        assertThat(red.status()).as(red.toString()).isEqualTo(201);
        JsonObject wonen = dimension(red.json(), "HOUSING");
        assertThat(wonen.getString("outcome")).isEqualTo("NOT_IN_ORDER");
        assertThat(wonen.getString("reason")).isEqualTo("Dreigende uitzetting");
        assertThat(wonen.getString("factsDate")).isEqualTo("2026-11-02");
        assertThat(wonen.getString("decisionKey")).isEqualTo("basics-housing");
        assertThat(wonen.getJsonObject("inputs").getString("housingSituation")).isEqualTo("EVICTION_THREATENED");
        assertThat(dimension(red.json(), "SAFETY").getString("outcome")).isEqualTo("IN_ORDER");
        assertThat(red.json().getBoolean("priority")).isTrue();
        assertThat(red.json().getBoolean("taskOpen")).isTrue();
        JsonObject task = basicsTask(fatima, caseId).orElseThrow();
        assertThat(task.getString("processKey")).isEqualTo("basisvoorwaarden");
        assertThat(task.getString("dueAt")).isNotBlank();
        assertThat(basicsTask(Api.as("pieter"), caseId)).isEmpty();
        assertThat(fatima.post("/api/v1/tasks/" + task.getString("id") + "/complete", "").status())
                .as("ended by a check or a reason, not by one click").isNotEqualTo(204);

        Api.Response green = fatima.post(basics(caseId) + "/facts", """
                {"housing": {"source": "DOCUMENT", "situation": "STABLE"}}""");

        assertThat(dimension(green.json(), "HOUSING").getString("outcome")).isEqualTo("IN_ORDER");
        assertThat(green.json().getBoolean("priority")).isFalse();
        assertThat(green.json().getBoolean("taskOpen")).isFalse();
        assertThat(basicsTask(fatima, caseId)).isEmpty();

        JsonArray history = (JsonArray) fatima.get(basics(caseId) + "/checks").structure();
        assertThat(history).hasSize(3 * 4);
        assertThat(history.getValuesAs(JsonObject.class)).filteredOn(c -> c.getString("dimension").equals("HOUSING"))
                .extracting(c -> c.getString("outcome")).containsExactly("IN_ORDER", "NOT_IN_ORDER", "UNKNOWN");
    }

    @Test
    void aReasonWhyItCannotBeSolvedNowEndsTheTaskAndStaysWithTheCase() {
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");
        assertThat(fatima.post(basics(caseId) + "/not-solvable", "{\"reason\": \"Nog niets\"}").status())
                .as("no task open").isEqualTo(422);
        fatima.post(basics(caseId) + "/facts", "{\"safety\": {\"veiligThuisReport\": \"YES\"}}");

        Api.Response ended = fatima.post(basics(caseId) + "/not-solvable",
                "{\"reason\": \"Wacht op uitspraak van de rechter\"}");

        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().getBoolean("taskOpen")).isFalse();
        assertThat(ended.json().getBoolean("priority")).as("still not in order").isTrue();
        assertThat(ended.json().getJsonObject("notSolvable").getString("reason"))
                .isEqualTo("Wacht op uitspraak van de rechter");
        assertThat(basicsTask(fatima, caseFile.getString("id"))).isEmpty();
    }

    @Test
    void aMemberLeavingRechecksTheIncomeAgainstTheNormOfTheNewHouseholdType() {
        Api.Response created = fatima.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":7,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Aya","surname":"Bakker","dateOfBirth":"1984-05-01","role":"PARENT"},
                            {"firstName":"Tom","surname":"Bakker","dateOfBirth":"1983-02-01","role":"PARTNER"}]}
                """.formatted(Households.uniqueStreet()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String householdId = created.json().getString("id");
        String partnerId = created.json().getJsonArray("members").getJsonObject(1).getString("id");
        String caseId = Cases.caseOfHousehold(fatima, householdId).getString("id");
        JsonObject couple = fatima.post(basics(caseId) + "/facts", """
                {"income": {"source": "DOCUMENT", "sources": ["WAGES"], "netMonthlyIncomeCents": 160000}}""").json();
        assertThat(dimension(couple, "INCOME").getString("outcome")).isEqualTo("NOT_IN_ORDER");
        assertThat(dimension(couple, "INCOME").getJsonObject("inputs").getString("householdType"))
                .isEqualTo("COUPLE");

        Api.Response left = fatima.post("/api/v1/households/" + householdId + "/members/" + partnerId
                + "/departure", "{\"version\": %d, \"leftOn\": \"%s\"}"
                .formatted(created.json().getJsonNumber("version").longValue(), java.time.LocalDate.now()));
        assertThat(left.status()).as(left.toString()).isEqualTo(200);

        JsonObject inkomen = dimension(fatima.get(basics(caseId)).json(), "INCOME");
        assertThat(inkomen.getString("trigger")).isEqualTo("COMPOSITION");
        assertThat(inkomen.getJsonObject("inputs").getString("householdType")).isEqualTo("SINGLE");
        assertThat(inkomen.getString("outcome")).isEqualTo("IN_ORDER");
    }

    @Test
    void signalsStackingOnTheHouseholdRecheckTheDebts() {
        String postcode = Households.uniquePostcode();
        String surname = "Basis" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = fatima.post("/api/v1/households",
                Households.jsonAt(postcode, 9, "Jan", null, surname, null));
        String householdId = created.json().getString("id");
        String caseId = Cases.caseOfHousehold(fatima, householdId).getString("id");

        for (String creditor : List.of("HUUR", "ENERGIE", "ZORG")) {
            Api.Response signal = fatima.post("/api/v1/signals", Signals.json("Partner " + creditor, creditor,
                    postcode, 9, "Jan", null, surname, "1985-02-03", 45_000, false, "GEEN"));
            assertThat(signal.status()).as(signal.toString()).isEqualTo(201);
        }

        JsonObject status = fatima.get(basics(caseId)).json();
        JsonObject schulden = dimension(status, "DEBTS");
        assertThat(schulden.getString("trigger")).isEqualTo("SIGNAL");
        assertThat(schulden.getString("outcome")).isEqualTo("NOT_IN_ORDER");
        assertThat(schulden.getJsonObject("inputs").getJsonNumber("signalCreditors").intValue()).isEqualTo(3);
        assertThat(status.getJsonArray("signalCreditors")).hasSize(3);
        assertThat(dimension(status, "HOUSING").getString("outcome")).as("the landlord reported arrears")
                .isEqualTo("AT_RISK");
    }

    @Test
    void aListsSignalsNotPickedUpCloseTheirCasesAndEachHouseholdIsRecheckedWithoutThem() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(SignalBatchIT.HEADER).append('\n');
        List<String> caseIds = new java.util.ArrayList<>();
        List<String> householdIds = new java.util.ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            String postcode = Households.uniquePostcode();
            String surname = "Klein" + run + n;
            String householdId = fatima.post("/api/v1/households", Households.jsonAt(postcode, 9, "Jan", null,
                    surname, null)).json().getString("id");
            householdIds.add(householdId);
            caseIds.add(Cases.caseOfHousehold(fatima, householdId).getString("id"));
            csv.append("Huur;Woonzaam;%s-%d;J.;Jan;;%s;1985-02-03;Kleinstraat;9;;%s;Zaandam;;;2500;2026-08-01;2026-11-01;nee;nee;\n"
                    .formatted(run, n, surname, postcode));
        }
        long resultsBefore = results(caseIds.get(0));

        JsonObject done = SignalBatchIT.awaitDone(Api.as("anouk"), SignalBatchIT.upload(Api.as("anouk"),
                csv.toString()).getString("id"));

        assertThat(done.getString("status")).isEqualTo("DONE");
        assertThat(done.getInt("rowsImported")).isEqualTo(2);
        for (int n = 0; n < 2; n++) {
            assertThat(TestDatabase.count("select count(*) from wijkregie.signal_case where household_id = ?::uuid"
                    + " and status = 'CLOSED' and end_result = 'NIET_OPGEPAKT_ANDERE_REDEN'", householdIds.get(n)))
                    .as("the case triage did not pick up is closed by its process").isEqualTo(1);
            assertThat(results(caseIds.get(n)) - resultsBefore).as("checked when the signal came and when it closed")
                    .isEqualTo(8);
            JsonObject status = fatima.get(basics(caseIds.get(n))).json();
            assertThat(dimension(status, "DEBTS").getString("trigger")).isEqualTo("SIGNAL");
            assertThat(status.getJsonArray("signalCreditors")).as("a closed signal no longer counts").isEmpty();
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");
        String householdId = caseFile.getString("householdId");
        long results = results(caseId);

        List<String[]> cases = List.of(
                new String[] {"{\"income\": {\"netMonthlyIncomeCents\": -1}}", "income.netMonthlyIncomeCents"},
                new String[] {"{\"housing\": {\"observedOn\": \"2999-01-01\", \"situation\": \"STABLE\"}}",
                        "housing.observedOn"},
                new String[] {"{\"housing\": {\"situation\": \"KASTEEL\"}}", "housing.situation"},
                new String[] {"{\"debts\": {\"criteria\": [\"WSNP\", \"LOTERIJ\"]}}", "debts.criteria[1]"},
                new String[] {"{\"safety\": {\"source\": \"BUURVROUW\"}}", "safety.source"},
                new String[] {"{\"debts\": {\"count\": -2}}", "debts.count"});
        for (String[] bad : cases) {
            Api.Response response = fatima.post(basics(caseId) + "/facts", bad[0]);
            assertThat(response.status()).as(bad[0] + " → " + response).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).as(bad[0]).contains("\"" + bad[1] + "\"");
        }
        assertThat(fatima.post(basics(caseId) + "/facts", "{}").status()).isEqualTo(422);
        assertThat(fatima.post(basics(caseId) + "/facts", "{\"income\": {\"netMonthlyIncomeCents\": \"veel\"}}")
                .status()).isEqualTo(400);

        assertThat(facts(householdId)).isZero();
        assertThat(results(caseId)).isEqualTo(results);
    }

    @Test
    void onlyTheCasesTeamReadsAndWritesPolicyAndPartnersAreRefused() {
        String caseId = Cases.newCase(fatima).getString("id");
        String facts = "{\"housing\": {\"situation\": \"STABLE\"}}";

        Api pieter = Api.as("pieter");
        assertThat(pieter.get(basics(caseId)).status()).isEqualTo(404);
        assertThat(pieter.get(basics(caseId) + "/checks").status()).isEqualTo(404);
        assertThat(pieter.post(basics(caseId) + "/facts", facts).status()).isEqualTo(404);
        assertThat(pieter.post(basics(caseId) + "/checks", "").status()).isEqualTo(404);
        for (Api outsider : List.of(Api.as("bram"), Api.as("woonzaam"), Api.as("anouk"))) {
            assertThat(outsider.get(basics(caseId)).status()).isEqualTo(403);
            assertThat(outsider.post(basics(caseId) + "/facts", facts).status()).isEqualTo(403);
        }
        assertThat(Api.as("sanne").get(basics(caseId)).status()).isEqualTo(200);
        assertThat(Api.as("sanne").post(basics(caseId) + "/facts", facts).status()).isEqualTo(403);
        assertThat(fatima.get(basics(UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(facts(Cases.get(fatima, caseId).getString("householdId"))).isZero();
    }

    @Test
    void everyReadAndWriteLeavesOneAccessLogEntry() {
        String caseId = Cases.newCase(fatima).getString("id");
        List<Runnable> calls = List.of(
                () -> fatima.get(basics(caseId)),
                () -> fatima.post(basics(caseId) + "/facts", "{\"safety\": {\"concern\": \"YES\"}}"),
                () -> fatima.get(basics(caseId) + "/checks"),
                () -> fatima.post(basics(caseId) + "/checks", ""),
                () -> Api.as("sanne").get(basics(caseId)));
        for (Runnable call : calls) {
            long before = entries(caseId);
            call.run();
            assertThat(entries(caseId)).isEqualTo(before + 1);
        }
    }

    @Test
    void theTeamLeadSeesTheTeamsHouseholdsNotInOrderLongestFirst() {
        JsonObject first = Cases.newCase(fatima);
        JsonObject second = Cases.newCase(fatima);
        fatima.post(basics(first.getString("id")) + "/facts", "{\"housing\": {\"situation\": \"HOMELESS\"}}");
        fatima.post(basics(second.getString("id")) + "/facts", "{\"income\": {\"sources\": [\"NONE\"]}}");

        Api.Response overview = Api.as("sanne").get("/api/v1/basics/not-in-order");

        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        List<JsonObject> rows = ((JsonArray) overview.structure()).getValuesAs(JsonObject.class);
        List<String> ids = rows.stream().map(r -> r.getString("caseId")).toList();
        assertThat(ids).contains(first.getString("id"), second.getString("id"));
        assertThat(ids.indexOf(first.getString("id"))).isLessThan(ids.indexOf(second.getString("id")));
        JsonObject row = rows.get(ids.indexOf(first.getString("id")));
        assertThat(row.getJsonArray("dimensionsNotInOrder").getString(0)).isEqualTo("HOUSING");
        assertThat(row.getBoolean("threat")).isTrue();
        assertThat(row.getString("householdLabel")).isNotBlank();
        assertThat(fatima.get("/api/v1/basics/not-in-order").status()).as("the team lead's view").isEqualTo(403);
    }

    @Test
    void anAdministratorRechecksAllOpenCasesInTheBackground() {
        String caseId = Cases.newCase(fatima).getString("id");
        long before = results(caseId);

        Api.Response started = Api.as("anouk").post("/api/v1/basics/rechecks", "");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = "/api/v1/basics/rechecks/" + started.json().getString("id");
        Signals.await("the re-check", java.time.Duration.ofMinutes(2),
                () -> Api.as("anouk").get(location).json().containsKey("finishedAt")
                        && !Api.as("anouk").get(location).json().isNull("finishedAt"));
        assertThat(results(caseId)).isEqualTo(before + 4);
        assertThat(TestDatabase.count("select count(*) from wijkregie.basics_check where case_id = ?::uuid"
                + " and trigger = 'NEW_RULES'", caseId)).isEqualTo(4);
    }

    private static long entries(String caseId) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid", caseId);
    }
}
