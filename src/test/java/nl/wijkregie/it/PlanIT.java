package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eigen regie plan end to end on PostgreSQL and the engine: the familiegroepsplan offer, a draft, agreement by
 * the members of 12 or older, the evaluation by timer (the controllable clock), the next cycle, an overdue
 * evaluation escalating, closing after the final evaluation — with the case's status following. Also scope, roles,
 * bad input, the access log and the household's PDF.
 */
class PlanIT {

    private static final Api FATIMA = Api.as("fatima");
    private static final Api ANOUK = Api.as("anouk");
    private static final String KEY = "eigen-regie-plan";

    /** A case whose household has a mother, a son of 14 and a daughter of 8. */
    private record Family(String caseId, String mother, String son, String daughter) {
    }

    private static Family family(boolean jeugd) {
        JsonObject caseFile = Cases.newCase(FATIMA);
        String householdId = caseFile.getString("householdId");
        String mother = caseFile.getJsonObject("household").getJsonArray("members").getJsonObject(0).getString("id");
        String son = addMember(householdId, "Sem", LocalDate.now().minusYears(14).minusDays(3));
        String daughter = addMember(householdId, "Noor", LocalDate.now().minusYears(8));
        if (jeugd) {
            JsonObject current = Cases.get(FATIMA, caseFile.getString("id"));
            Api.Response domains = FATIMA.put("/api/v1/cases/" + caseFile.getString("id") + "/domains",
                    "{\"version\": %d, \"domains\": [{\"domain\": \"JEUGD\"}]}"
                            .formatted(current.getJsonNumber("version").longValue()));
            assertThat(domains.status()).as(domains.toString()).isEqualTo(200);
        }
        return new Family(caseFile.getString("id"), mother, son, daughter);
    }

    private static String addMember(String householdId, String firstName, LocalDate born) {
        JsonObject household = FATIMA.get("/api/v1/households/" + householdId).json();
        Api.Response joined = FATIMA.post("/api/v1/households/" + householdId + "/members", """
                {"version": %d, "joinedOn": "%s",
                 "member": {"firstName": "%s", "surname": "Dijk", "surnamePrefix": "van", "dateOfBirth": "%s",
                            "role": "CHILD"}}""".formatted(household.getJsonNumber("version").longValue(), born,
                firstName, born));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return joined.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("firstName").equals(firstName)).findFirst().orElseThrow().getString("id");
    }

    private static String base(String caseId) {
        return "/api/v1/cases/" + caseId + "/plan";
    }

    private static JsonObject plan(String caseId) {
        Api.Response response = FATIMA.get(base(caseId));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static String draft(long version, String regisseur, String mother, LocalDate nextEvaluation) {
        return """
                {"version": %d, "strengths": "Moeder kookt elke dag", "concerns": "Post blijft liggen",
                 "regisseur": %s,
                 "goals": [{"text": "Wij openen elke week samen de post", "domain": "FINANCES", "memberId": "%s",
                            "targetScore": 4, "targetDate": "%s"}],
                 "actions": [{"text": "Oma Riet haalt de kinderen op woensdag", "carrier": {"kind": "NETWORK",
                              "name": "Oma Riet", "relation": "grootmoeder"}},
                             {"text": "Budgetplan maken", "carrier": {"kind": "PROFESSIONAL", "userId": "fatima"},
                              "status": "BEZIG"}],
                 "nextEvaluationOn": "%s"}""".formatted(version, regisseur, mother,
                LocalDate.now().plusMonths(6), nextEvaluation);
    }

    private static final String FATIMA_REGISSEUR = "{\"kind\": \"PROFESSIONAL\", \"userId\": \"fatima\"}";

    private static Api.Response agree(String caseId, String member, boolean agrees, String statement) {
        return FATIMA.post(base(caseId) + "/agreements", """
                {"memberId": "%s", "agrees": %s, "answeredOn": "%s", "channel": "IN_PERSON"%s}"""
                .formatted(member, agrees, LocalDate.now(),
                        statement == null ? "" : ", \"statement\": \"" + statement + "\""));
    }

    private static JsonObject processPath(String caseId) {
        Api.Response response = ANOUK.get("/api/v1/workflow/instances/" + KEY + "/" + caseId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> active(String caseId) {
        return processPath(caseId).getJsonArray("active").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static List<String> finished(String caseId) {
        return processPath(caseId).getJsonArray("finished").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static String caseStatus(String caseId) {
        return Cases.get(FATIMA, caseId).getString("status");
    }

    private static void shiftClock(Duration by) {
        assertThat(ANOUK.put("/api/v1/devtools/clock?offsetSeconds=" + by.toSeconds(), "").status()).isEqualTo(200);
    }

    private static void resetClock() {
        ANOUK.put("/api/v1/devtools/clock?offsetSeconds=0", "");
    }

    /** Agrees a first version (no jeugd) with the regisseur given, evaluation in a week. */
    private static Family agreedPlan(String regisseur) {
        Family family = family(false);
        Api.Response drafted = FATIMA.put(base(family.caseId()) + "/draft",
                draft(0, regisseur, family.mother(), LocalDate.now().plusDays(7)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(200);
        assertThat(agree(family.caseId(), family.mother(), true, null).status()).isEqualTo(200);
        assertThat(agree(family.caseId(), family.son(), true, null).status()).isEqualTo(200);
        assertThat(plan(family.caseId()).getString("phase")).isEqualTo("EXECUTION");
        return family;
    }

    private static String evaluation(JsonObject plan, String decision, LocalDate next, String summary) {
        String goal = plan.getJsonArray("versions").getJsonObject(0).getJsonArray("goals").getJsonObject(0)
                .getString("key");
        return """
                {"evaluatedOn": "%s", "goals": [{"key": "%s", "result": "DEELS"}], "withoutHelp": false,
                 "problemsReduced": true, "goalsReached": false, "decision": "%s"%s%s}""".formatted(LocalDate.now(),
                goal, decision, next == null ? "" : ", \"nextEvaluationOn\": \"" + next + "\"",
                summary == null ? "" : ", \"outcomeSummary\": \"" + summary + "\"");
    }

    @Test
    void offerDeclinedThenDraftAgreedEvaluatedByTimerAndANextCycle() {
        Family family = family(true);
        String caseId = family.caseId();
        JsonObject before = plan(caseId);
        assertThat(before.getString("phase")).isEqualTo("NOT_STARTED");
        assertThat(before.getBoolean("offerRequired")).isTrue();
        assertThat(before.getString("defaultNextEvaluationOn")).isEqualTo(LocalDate.now().plusMonths(3).toString());

        Api.Response tooEarly = FATIMA.put(base(caseId) + "/draft",
                draft(0, FATIMA_REGISSEUR, family.mother(), LocalDate.now().plusDays(7)));
        assertThat(tooEarly.status()).as("the offer comes first: " + tooEarly).isEqualTo(422);

        Api.Response offered = FATIMA.post(base(caseId) + "/offer", "{\"outcome\": \"DECLINED\"}");
        assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
        assertThat(offered.json().getString("phase")).isEqualTo("DRAFT");
        assertThat(caseStatus(caseId)).isEqualTo("PLAN");
        assertThat(active(caseId)).containsExactly("planOpstellen");
        assertThat(finished(caseId)).contains("familiegroepsplanAanbieden");

        Api.Response drafted = FATIMA.put(base(caseId) + "/draft",
                draft(offered.json().getJsonNumber("version").longValue(), FATIMA_REGISSEUR, family.mother(),
                        LocalDate.now().plusDays(7)));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(200);
        JsonObject version = drafted.json().getJsonArray("versions").getJsonObject(0);
        assertThat(version.getBoolean("established")).isFalse();
        assertThat(version.getJsonArray("actions").getJsonObject(0).getJsonObject("carrier").getString("label"))
                .isEqualTo("Oma Riet (grootmoeder)");

        Api.Response daughter = agree(caseId, family.daughter(), true, null);
        assertThat(daughter.status()).as("a child of 8 is not asked: " + daughter).isEqualTo(400);
        assertThat(daughter.body()).contains("memberId");
        assertThat(drafted.json().getJsonArray("members").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("id").equals(family.daughter()) ? m.getBoolean("asked") : true)
                .containsOnly(true, false);

        assertThat(agree(caseId, family.mother(), true, null).json().getString("phase")).isEqualTo("DRAFT");
        JsonObject agreed = agree(caseId, family.son(), false, "Ik wil niet elke woensdag naar oma").json();
        assertThat(agreed.getString("phase")).isEqualTo("EXECUTION");
        assertThat(agreed.getInt("currentVersion")).isEqualTo(1);
        assertThat(caseStatus(caseId)).isEqualTo("UITVOERING");
        assertThat(active(caseId)).containsExactly("evaluatieMoment");

        try {
            shiftClock(Duration.ofDays(8));
            Signals.await("the evaluation timer", Duration.ofSeconds(90),
                    () -> "EVALUATION".equals(plan(caseId).getString("phase")));
            assertThat(caseStatus(caseId)).isEqualTo("EVALUATIE");
            assertThat(active(caseId)).containsExactly("planEvalueren");
            assertThat(processPath(caseId).getJsonObject("due").containsKey("planEvalueren")).isTrue();
            String tasks = FATIMA.get("/api/v1/tasks?kind=planEvalueren&size=100").body();
            assertThat(tasks).contains(caseId);

            long goalsEvaluatedBefore = TestDatabase.count("select count(*) from wijkregie.outcome_fact"
                    + " where measure = 'PLAN_GOAL_EVALUATED'");
            Api.Response evaluated = FATIMA.post(base(caseId) + "/evaluations",
                    evaluation(agreed, "CONTINUE", LocalDate.now().plusDays(40), null));
            assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
            assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_fact"
                    + " where measure = 'PLAN_GOAL_EVALUATED'")).as("outcome monitoring: the goals evaluated")
                    .isGreaterThan(goalsEvaluatedBefore);
            assertThat(evaluated.json().getString("phase")).isEqualTo("EXECUTION");
            assertThat(evaluated.json().getString("nextEvaluationOn"))
                    .isEqualTo(LocalDate.now().plusDays(40).toString());
            assertThat(evaluated.json().getJsonArray("evaluations")).hasSize(1);
            assertThat(caseStatus(caseId)).isEqualTo("UITVOERING");
            assertThat(active(caseId)).containsExactly("evaluatieMoment");
        } finally {
            resetClock();
        }
    }

    @Test
    void anOverdueEvaluationEscalatesAndTheFinalEvaluationClosesTheCase() {
        Family family = agreedPlan("{\"kind\": \"NETWORK\", \"name\": \"Oma Riet\", \"relation\": \"grootmoeder\"}");
        String caseId = family.caseId();
        try {
            shiftClock(Duration.ofDays(7 + 14 + 2));
            Signals.await("the escalation", Duration.ofSeconds(90),
                    () -> plan(caseId).containsKey("escalatedAt") && !plan(caseId).isNull("escalatedAt"));
            assertThat(finished(caseId)).contains("evaluatieStarten", "escalateToTeamLead", "escalated");
            assertThat(active(caseId)).containsExactly("planEvalueren");

            JsonObject current = plan(caseId);
            Api.Response noSummary = FATIMA.post(base(caseId) + "/evaluations",
                    evaluation(current, "CLOSE", null, null));
            assertThat(noSummary.status()).as(noSummary.toString()).isEqualTo(400);
            assertThat(noSummary.body()).contains("outcomeSummary");

            Api.Response closed = FATIMA.post(base(caseId) + "/evaluations",
                    evaluation(current, "CLOSE", null, "Het gezin redt het zelf met hulp van oma"));
            assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
            assertThat(closed.json().getString("phase")).isEqualTo("CLOSED");
            JsonObject caseFile = Cases.get(FATIMA, caseId);
            assertThat(caseFile.getString("status")).isEqualTo("AFGESLOTEN");
            assertThat(finished(caseId)).contains("closed");
            assertThat(active(caseId)).isEmpty();
        } finally {
            resetClock();
        }
    }

    @Test
    void closingTheCaseByHandEndsThePlanAndItsProcess() {
        Family family = agreedPlan(FATIMA_REGISSEUR);
        assertThat(Cases.close(FATIMA, Cases.get(FATIMA, family.caseId())).status()).isEqualTo(200);
        assertThat(plan(family.caseId()).getString("phase")).isEqualTo("CLOSED");
        assertThat(active(family.caseId())).isEmpty();
    }

    @Test
    void changingTheAgreedPlanMakesANewVersionWithItsDifferences() {
        Family family = agreedPlan(FATIMA_REGISSEUR);
        JsonObject agreed = plan(family.caseId());
        JsonObject first = agreed.getJsonArray("versions").getJsonObject(0);
        String goalKey = first.getJsonArray("goals").getJsonObject(0).getString("key");
        String changed = draft(agreed.getJsonNumber("version").longValue(), FATIMA_REGISSEUR, family.mother(),
                LocalDate.now().plusDays(7))
                .replace("{\"text\": \"Wij openen elke week samen de post\"",
                        "{\"key\": \"" + goalKey + "\", \"text\": \"Wij openen elke dag samen de post\"");

        Api.Response written = FATIMA.put(base(family.caseId()) + "/draft", changed);

        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        JsonObject second = written.json().getJsonArray("versions").getJsonObject(1);
        assertThat(second.getInt("number")).isEqualTo(2);
        assertThat(second.getBoolean("established")).isFalse();
        assertThat(written.json().getInt("currentVersion")).isEqualTo(1);
        assertThat(second.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("part") + " " + c.getString("change"))
                .contains("GOAL CHANGED");
        Api.Response stale = FATIMA.put(base(family.caseId()) + "/draft", changed);
        assertThat(stale.status()).as("the version was read before: " + stale).isEqualTo(409);
    }

    @Test
    void theHouseholdsPdfHasTheGoalsActionsAndAgreementAndIsLogged() throws IOException {
        Family family = agreedPlan(FATIMA_REGISSEUR);
        long exports = logged(family.caseId(), "EXPORT");

        Api.BinaryResponse pdf = FATIMA.getBytes(base(family.caseId()) + "/pdf", "application/pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all).contains("Versie 1, vastgesteld op", "Wij openen elke week samen de post",
                "Oma Riet haalt de kinderen op woensdag", "Oma Riet (grootmoeder)", "Budgetplan maken",
                "is het eens met dit plan");
        assertThat(logged(family.caseId(), "EXPORT")).isEqualTo(exports + 1);
    }

    private static long logged(String caseId, String action) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ? and action = ?",
                UUID.fromString(caseId), action);
    }

    @Test
    void onlyTheCasesTeamReadsAndWritesAndEveryAccessIsLogged() {
        Family family = family(false);
        String body = draft(0, FATIMA_REGISSEUR, family.mother(), LocalDate.now().plusDays(7));

        assertThat(Api.as("pieter").get(base(family.caseId())).status()).isEqualTo(404);
        assertThat(Api.as("pieter").put(base(family.caseId()) + "/draft", body).status()).isEqualTo(404);
        for (String user : List.of("bram", "woonzaam")) {
            assertThat(Api.as(user).get(base(family.caseId())).status()).as(user).isEqualTo(403);
            assertThat(Api.as(user).put(base(family.caseId()) + "/draft", body).status()).as(user).isEqualTo(403);
        }
        assertThat(Api.as("sanne").put(base(family.caseId()) + "/draft", body).status()).isEqualTo(403);
        assertThat(Api.as("sanne").get(base(family.caseId())).status()).as("a team lead reads").isEqualTo(200);
        assertThat(FATIMA.get(base(UUID.randomUUID().toString())).status()).isEqualTo(404);

        long reads = logged(family.caseId(), "READ");
        long updates = logged(family.caseId(), "UPDATE");
        FATIMA.get(base(family.caseId()));
        assertThat(FATIMA.put(base(family.caseId()) + "/draft", body).status()).isEqualTo(200);
        assertThat(logged(family.caseId(), "READ")).isEqualTo(reads + 1);
        assertThat(logged(family.caseId(), "UPDATE")).isGreaterThan(updates);
    }

    @Test
    void theJobExecutorAcquiresByDueDateOverItsIndex() {
        Family family = agreedPlan(FATIMA_REGISSEUR);
        assertThat(active(family.caseId())).containsExactly("evaluatieMoment");

        assertThat(TestDatabase.count("select count(*) from pg_indexes where schemaname = 'camunda'"
                + " and indexname = 'wijkregie_job_acquisition'")).as("ADR 0021").isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from camunda.act_ru_job where duedate_ is null"))
                .as("every job has a due date, or the acquisition by due date would never see it").isZero();
    }

    static Stream<Arguments> badInput() {
        LocalDate next = LocalDate.now().plusDays(7);
        return Stream.of(
                Arguments.of("unknown domain", "\"domain\": \"FINANCES\"", "\"domain\": \"OPVOEDING\"",
                        "goals[0].domain"),
                Arguments.of("network person without relation", "\"relation\": \"grootmoeder\"",
                        "\"relation\": \"\"", "actions[0].carrier.relation"),
                Arguments.of("professional of another team",
                        "\"carrier\": {\"kind\": \"PROFESSIONAL\", \"userId\": \"fatima\"}",
                        "\"carrier\": {\"kind\": \"PROFESSIONAL\", \"userId\": \"pieter\"}",
                        "actions[1].carrier.userId"),
                Arguments.of("evaluation in the past", "\"nextEvaluationOn\": \"" + next + "\"",
                        "\"nextEvaluationOn\": \"" + LocalDate.now().minusDays(1) + "\"", "nextEvaluationOn"),
                Arguments.of("empty goal", "\"text\": \"Wij openen elke week samen de post\"", "\"text\": \" \"",
                        "goals[0].text"),
                Arguments.of("unknown status", "\"status\": \"BEZIG\"", "\"status\": \"ONGEVEER\"",
                        "actions[1].status"),
                Arguments.of("unknown carrier kind", "\"kind\": \"NETWORK\"", "\"kind\": \"BUURMAN\"",
                        "actions[0].carrier.kind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputNamingTheFieldAndStoresNothing(String what, String from, String to, String field) {
        Family family = family(false);
        String body = draft(0, FATIMA_REGISSEUR, family.mother(), LocalDate.now().plusDays(7));
        assertThat(body).contains(from);

        Api.Response response = FATIMA.put(base(family.caseId()) + "/draft", body.replace(from, to));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).contains("\"" + field + "\"");
        assertThat(TestDatabase.count("select count(*) from wijkregie.care_plan where case_id = ?",
                UUID.fromString(family.caseId()))).isZero();
    }
}
