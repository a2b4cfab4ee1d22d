package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The self-reliance assessment on a case: recorded and listed by the case's team with the outdated mark; bad input is
 * a 400 naming the field and stores nothing; another team gets 404, policy and partners 403; every read and write is
 * access-logged against the case and the member.
 */
class AssessmentIT {

    private static final Api FATIMA = Api.as("fatima");
    private static String caseId;
    private static String householdId;
    private static String memberId;

    @BeforeAll
    static void aCase() {
        JsonObject caseFile = Cases.newCase(FATIMA);
        caseId = caseFile.getString("id");
        householdId = caseFile.getString("householdId");
        memberId = caseFile.getJsonObject("household").getJsonArray("members").getJsonObject(0).getString("id");
    }

    private static String base() {
        return "/api/v1/cases/" + caseId + "/assessments";
    }

    static String body(String member, LocalDate on, String scores) {
        return """
                {"memberId": "%s", "assessedOn": "%s", "moment": "INTAKE", "scores": %s, "note": "Eerste gesprek"}"""
                .formatted(member, on, scores);
    }

    private static long stored() {
        return TestDatabase.count("select count(*) from wijkregie.self_reliance_assessment where household_id = ?",
                UUID.fromString(householdId));
    }

    private static long logged(String subjectId, String action) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ? and action = ?",
                UUID.fromString(subjectId), action);
    }

    @Test
    void recordsAndListsAMembersScoresWithTheOutdatedMark() {
        Api.Response created = FATIMA.post(base(), body(memberId, LocalDate.now(), """
                [{"domain": "FINANCES", "score": 2, "carrier": "PROFESSIONAL_HELP"},
                 {"domain": "SOCIAL_NETWORK", "score": 4}]"""));
        Api.Response old = FATIMA.post(base(), body(memberId, LocalDate.now().minusDays(40),
                "[{\"domain\": \"FINANCES\", \"score\": 1}]"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getBoolean("outdated")).isFalse();
        assertThat(old.json().getBoolean("outdated")).isTrue();
        JsonObject list = FATIMA.get(base() + "?memberId=" + memberId).json();
        assertThat(list.getInt("validDays")).isEqualTo(30);
        List<JsonObject> items = list.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("id"))
                .containsSubsequence(old.json().getString("id"), created.json().getString("id"));
        JsonObject latest = items.get(items.size() - 1);
        assertThat(latest.getString("recordedBy")).isEqualTo("fatima");
        assertThat(latest.getString("note")).isEqualTo("Eerste gesprek");
        assertThat(latest.getJsonArray("scores").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("domain") + "=" + s.getInt("score") + "/"
                        + s.getString("carrier", "-"))
                .containsExactlyInAnyOrder("FINANCES=2/PROFESSIONAL_HELP", "SOCIAL_NETWORK=4/-");
        assertThat(Api.as("sanne").get(base()).status()).as("the team lead reads").isEqualTo(200);
    }

    static Stream<Arguments> badInput() {
        String ok = "[{\"domain\": \"FINANCES\", \"score\": 3}]";
        return Stream.of(
                Arguments.of("score 6", body(null, LocalDate.now(), "[{\"domain\": \"FINANCES\", \"score\": 6}]"),
                        "scores[0].score"),
                Arguments.of("unknown domain", body(null, LocalDate.now(),
                        "[{\"domain\": \"OPVOEDING\", \"score\": 3}]"), "scores[0].domain"),
                Arguments.of("unknown carrier", body(null, LocalDate.now(),
                        "[{\"domain\": \"FINANCES\", \"score\": 3, \"carrier\": \"BUREN\"}]"), "scores[0].carrier"),
                Arguments.of("future date", body(null, LocalDate.now().plusDays(1), ok), "assessedOn"),
                Arguments.of("no scores", body(null, LocalDate.now(), "[]"), "scores"),
                Arguments.of("domain twice", body(null, LocalDate.now(),
                        "[{\"domain\": \"FINANCES\", \"score\": 3}, {\"domain\": \"FINANCES\", \"score\": 4}]"),
                        "scores"),
                Arguments.of("member of no household", body(UUID.randomUUID().toString(), LocalDate.now(), ok),
                        "memberId"),
                Arguments.of("member of another household", body("OTHER", LocalDate.now(), ok), "memberId"),
                Arguments.of("unknown moment", body(null, LocalDate.now(), ok).replace("INTAKE", "START"), "moment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputNamingTheFieldAndStoresNothing(String what, String body, String field) {
        String member = body.contains("\"memberId\": \"OTHER\"")
                ? Cases.newCase(FATIMA).getJsonObject("household").getJsonArray("members").getJsonObject(0)
                        .getString("id")
                : memberId;
        String request = body.replace("\"memberId\": \"null\"", "\"memberId\": \"" + memberId + "\"")
                .replace("\"memberId\": \"OTHER\"", "\"memberId\": \"" + member + "\"");
        long before = stored();
        long logBefore = logged(caseId, "CREATE");

        Api.Response response = FATIMA.post(base(), request);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("field")).contains(field);
        assertThat(stored()).isEqualTo(before);
        assertThat(logged(caseId, "CREATE")).isEqualTo(logBefore);
    }

    @Test
    void anUnknownMemberInTheListFilterIsABadRequest() {
        Api.Response response = FATIMA.get(base() + "?memberId=" + UUID.randomUUID());
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body()).contains("memberId");
        assertThat(FATIMA.get(base() + "?memberId=nope").status()).isEqualTo(400);
    }

    @Test
    void onlyTheCasesTeamReadsAndWrites() {
        String valid = body(memberId, LocalDate.now(), "[{\"domain\": \"HOUSING\", \"score\": 3}]");
        long before = stored();

        Api.Response otherTeamRead = Api.as("pieter").get(base());
        Api.Response otherTeamWrite = Api.as("pieter").post(base(), valid);

        assertThat(otherTeamRead.status()).as(otherTeamRead.toString()).isEqualTo(404);
        assertThat(otherTeamWrite.status()).as(otherTeamWrite.toString()).isEqualTo(404);
        for (String user : List.of("bram", "woonzaam")) {
            assertThat(Api.as(user).get(base()).status()).as(user).isEqualTo(403);
            assertThat(Api.as(user).post(base(), valid).status()).as(user).isEqualTo(403);
        }
        assertThat(Api.as("sanne").post(base(), valid).status()).as("a team lead does not score").isEqualTo(403);
        assertThat(stored()).isEqualTo(before);
        assertThat(FATIMA.get("/api/v1/cases/" + UUID.randomUUID() + "/assessments").status()).isEqualTo(404);
    }

    @Test
    void everyReadAndWriteIsLoggedAgainstTheCaseAndTheMember() {
        long caseWrites = logged(caseId, "CREATE");
        long memberWrites = logged(memberId, "CREATE");
        FATIMA.post(base(), body(memberId, LocalDate.now(), "[{\"domain\": \"JUSTICE\", \"score\": 5}]"));
        assertThat(logged(caseId, "CREATE")).isEqualTo(caseWrites + 1);
        assertThat(logged(memberId, "CREATE")).isEqualTo(memberWrites + 1);

        long caseReads = logged(caseId, "READ");
        long memberReads = logged(memberId, "READ");
        FATIMA.get(base());
        assertThat(logged(caseId, "READ")).isEqualTo(caseReads + 1);
        assertThat(logged(memberId, "READ")).isEqualTo(memberReads + 1);

        Api.Response overview = Api.as("anouk").get("/api/v1/access-log?subject=" + memberId);
        assertThat(overview.json().getJsonArray("accesses").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("action") + " " + a.getString("subjectType") + " "
                        + a.getString("source"))
                .contains("CREATE MEMBER POST " + base(), "READ MEMBER GET " + base());
    }

    @Test
    void aClosedCaseTakesNoNewAssessments() {
        JsonObject other = Cases.newCase(FATIMA);
        String member = other.getJsonObject("household").getJsonArray("members").getJsonObject(0).getString("id");
        assertThat(Cases.close(FATIMA, other).status()).isEqualTo(200);

        Api.Response response = FATIMA.post("/api/v1/cases/" + other.getString("id") + "/assessments",
                body(member, LocalDate.now(), "[{\"domain\": \"FINANCES\", \"score\": 3}]"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(FATIMA.get("/api/v1/cases/" + other.getString("id") + "/assessments").status()).isEqualTo(200);
    }

    @Test
    void theCatalogueHasThirteenDomainsAndNoCriteriaTextsByDefault() {
        JsonObject catalogue = FATIMA.get("/api/v1/assessment-catalogue").json();
        assertThat(catalogue.getJsonArray("domains")).hasSize(13);
        assertThat(catalogue.getJsonArray("domains").getValuesAs(JsonObject.class))
                .allSatisfy(d -> assertThat(d.containsKey("criteria") && !d.isNull("criteria")).isFalse());
        assertThat(catalogue.getJsonArray("scale")).hasSize(5);
        assertThat(Api.as("bram").get("/api/v1/assessment-catalogue").status()).isEqualTo(403);
    }
}
