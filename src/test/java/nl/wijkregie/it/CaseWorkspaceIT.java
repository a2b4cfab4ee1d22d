package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 over HTTP: case numbers, people by display name, a step back with its reason and deadline in the timeline,
 * and the BSN masked with a reveal that is an access-logged read of its own.
 */
class CaseWorkspaceIT {

    private final Api fatima = Api.as("fatima");
    private final Api pieter = Api.as("pieter");
    private final Api anouk = Api.as("anouk");

    @Test
    void aNewCaseGetsTheNextCaseNumberOfTheYear() {
        String first = Cases.newCase(fatima).getString("caseNumber");
        String second = Cases.newCase(fatima).getString("caseNumber");

        String year = String.valueOf(Year.now(ZoneId.of("Europe/Amsterdam")).getValue());
        assertThat(first).matches(year + "-\\d{6}");
        assertThat(Integer.parseInt(second.substring(5))).isEqualTo(Integer.parseInt(first.substring(5)) + 1);
        assertThat(TestDatabase.count("select count(*) from wijkregie.case_file where case_number = ?", first))
                .isEqualTo(1);
    }

    @Test
    void peopleAreNamedByDisplayNameEverywhereTheCaseShowsThem() {
        JsonObject caseFile = Cases.newCase(fatima);
        String id = caseFile.getString("id");
        fatima.post("/api/v1/cases/" + id + "/journal", "{\"text\": \"Eerste gesprek\"}");

        assertThat(caseFile.getJsonObject("regisseur").getString("displayName")).isEqualTo("Fatima el Amrani");
        assertThat(fatima.get("/api/v1/cases/" + id + "/journal").json().getJsonArray("items").getJsonObject(0)
                .getString("authorName")).isEqualTo("Fatima el Amrani");
        assertThat(fatima.get("/api/v1/cases/" + id + "/timeline").json().getJsonArray("items").getJsonObject(0)
                .getString("actorName")).isEqualTo("Fatima el Amrani");
        assertThat(fatima.get("/api/v1/cases?household=" + caseFile.getString("householdId")).json()
                .getJsonArray("items").getJsonObject(0).getString("regisseurName")).isEqualTo("Fatima el Amrani");
        assertThat(fatima.get("/api/v1/me").json().getString("displayName")).isEqualTo("Fatima el Amrani");
    }

    @Test
    void theAdminNamesAProfessionalAndTheTeamListShowsIt() {
        Api.Response renamed = anouk.put("/api/v1/professionals/nieuwe-collega/display-name",
                "{\"displayName\": \"  Mila   Jansen \"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().getString("displayName")).isEqualTo("Mila Jansen");
        anouk.send("PUT", "/api/v1/teams/7c1e6a4e-0000-4000-8000-000000000001/members/nieuwe-collega", null, null);

        List<JsonObject> people = anouk.get("/api/v1/teams").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().flatMap(t -> t.getJsonArray("people").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(people).anySatisfy(p -> {
            assertThat(p.getString("userId")).isEqualTo("nieuwe-collega");
            assertThat(p.getString("displayName")).isEqualTo("Mila Jansen");
        });
        Api.Response blank = anouk.put("/api/v1/professionals/nieuwe-collega/display-name", "{\"displayName\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.isProblem()).isTrue();
        assertThat(blank.body()).contains("Vul de naam in");
        anouk.send("DELETE", "/api/v1/teams/7c1e6a4e-0000-4000-8000-000000000001/members/nieuwe-collega", null, null);
    }

    @Test
    void aStepBackNeedsAReasonThatTheTimelineShowsWithTheNewDeadline() {
        JsonObject evaluation = Cases.walk(fatima, Cases.newCase(fatima), "INTAKE", "PLAN", "UITVOERING", "EVALUATIE");
        JsonObject back = evaluation.getJsonArray("transitions").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("to").equals("UITVOERING")).findFirst().orElseThrow();
        assertThat(back.getBoolean("backStep")).isTrue();

        Api.Response withoutReason = Cases.transition(fatima, evaluation, "UITVOERING", null);
        assertThat(withoutReason.status()).as(withoutReason.toString()).isEqualTo(422);
        assertThat(withoutReason.json().getString("detail")).contains("reden");
        assertThat(Cases.get(fatima, evaluation.getString("id")).getString("status")).isEqualTo("EVALUATIE");

        Api.Response moved = Cases.transition(fatima, evaluation, "UITVOERING", "Doelen bijgesteld met het gezin");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("statusReason")).isEqualTo("Doelen bijgesteld met het gezin");
        assertThat(moved.json().getString("dueOn")).isEqualTo(back.getString("dueOn"));
        String line = fatima.get("/api/v1/cases/" + evaluation.getString("id") + "/timeline").json()
                .getJsonArray("items").getJsonObject(0).getString("summary");
        assertThat(line).isEqualTo("Status Evaluatie → Uitvoering. Reden: Doelen bijgesteld met het gezin. Uiterlijk nu "
                + CaseTimelineIT.dutch(moved.json(), "dueOn") + " (was " + CaseTimelineIT.dutch(evaluation, "dueOn")
                + ")");
    }

    @Test
    void theBsnIsMaskedAndItsRevealIsALoggedReadForTheTeamOnly() {
        String bsn = Households.randomBsn();
        String householdId = fatima.post("/api/v1/households",
                Households.jsonAt(Households.uniquePostcode(), 4, "Sem", null, "Kok", bsn)).json().getString("id");
        JsonObject member = fatima.get("/api/v1/households/" + householdId).json().getJsonArray("members")
                .getJsonObject(0);
        assertThat(member.getString("bsnMasked")).isEqualTo("*****" + bsn.substring(5));
        String path = "/api/v1/households/" + householdId + "/members/" + member.getString("id") + "/bsn";

        Api.Response revealed = fatima.get(path);

        assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
        assertThat(revealed.json().getString("bsn")).isEqualTo(bsn);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where user_id = 'fatima'"
                + " and action = 'READ' and source = ?", "GET " + path)).isEqualTo(1);
        assertThat(pieter.get(path).status()).isEqualTo(404);
        assertThat(fatima.get("/api/v1/households/" + householdId + "/members/00000000-0000-4000-8000-000000000000/bsn")
                .status()).isEqualTo(404);
    }
}
