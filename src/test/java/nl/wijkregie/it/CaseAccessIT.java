package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know: another team's case does not exist for you (not in reads, lists, search or timeline), leaving a team
 * ends access on the next request, and a confidential note is for its author and the regisseur only.
 */
class CaseAccessIT {

    static final String TEAM_OOST = "7c1e6a4e-0000-4000-8000-000000000001";

    private final Api fatima = Api.as("fatima");
    private final Api pieter = Api.as("pieter");
    private final Api sanne = Api.as("sanne");
    private final Api anouk = Api.as("anouk");

    @AfterEach
    void pieterBackInHisOwnTeamOnly() {
        anouk.send("DELETE", "/api/v1/teams/" + TEAM_OOST + "/members/pieter", null, null);
    }

    @Test
    void anotherTeamsCaseIsNotFoundAnywhere() {
        String postcode = Households.uniquePostcode();
        Api.Response created = fatima.post("/api/v1/households",
                Households.jsonAt(postcode, 7, "Aylin", null, "Öztürk", Households.randomBsn()));
        String householdId = created.json().getString("id");
        String memberId = created.json().getJsonArray("members").getJsonObject(0).getString("id");
        String bsn = fatima.get("/api/v1/households/" + householdId + "/members/" + memberId + "/bsn").json()
                .getString("bsn");
        String caseId = Cases.caseOfHousehold(fatima, householdId).getString("id");

        for (String path : List.of("/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/journal",
                "/api/v1/cases/" + caseId + "/timeline", "/api/v1/cases/" + caseId + "/consents",
                "/api/v1/households/" + householdId)) {
            Api.Response response = pieter.get(path);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Öztürk");
        }
        assertThat(pieter.get("/api/v1/cases?household=" + householdId).json().getJsonArray("items")).isEmpty();
        assertThat(pieter.get("/api/v1/cases?scope=team&size=100&sort=opened").body()).doesNotContain(caseId);
        for (String search : List.of("q=Ozturk&postcode=" + postcode, "postcode=" + postcode + "&houseNumber=7",
                "bsn=" + bsn)) {
            Api.Response found = pieter.get("/api/v1/households?" + search);
            assertThat(found.json().getJsonArray("items")).as(search).isEmpty();
            assertThat(found.json().getInt("totalItems")).isZero();
        }
        Api.Response write = pieter.post("/api/v1/cases/" + caseId + "/journal", "{\"text\": \"poging\"}");
        assertThat(write.status()).isEqualTo(404);
        assertThat(fatima.get("/api/v1/households?bsn=" + bsn).json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void removalFromATeamRevokesAccessAtOnce() {
        String caseId = Cases.newCase(fatima).getString("id");
        assertThat(pieter.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);

        assertThat(anouk.send("PUT", "/api/v1/teams/" + TEAM_OOST + "/members/pieter", null, null).status())
                .isEqualTo(200);
        assertThat(pieter.get("/api/v1/cases/" + caseId).status()).isEqualTo(200);

        Api.Response removed = anouk.send("DELETE", "/api/v1/teams/" + TEAM_OOST + "/members/pieter", null, null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().getJsonArray("members").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).doesNotContain("pieter");

        assertThat(pieter.get("/api/v1/cases/" + caseId).status()).isEqualTo(404);
        assertThat(pieter.get("/api/v1/cases/" + caseId + "/journal").status()).isEqualTo(404);
        assertThat(pieter.get("/api/v1/cases?scope=team&size=100&sort=opened").body()).doesNotContain(caseId);
    }

    @Test
    void confidentialNotesAreForTheAuthorAndTheRegisseurOnly() {
        anouk.send("PUT", "/api/v1/teams/" + TEAM_OOST + "/members/pieter", null, null);
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");
        String journal = "/api/v1/cases/" + caseId + "/journal";
        assertThat(fatima.post(journal, "{\"text\": \"Open notitie\"}").status()).isEqualTo(201);
        assertThat(fatima.post(journal, "{\"text\": \"Geheime zorg over veiligheid\", \"confidential\": true}")
                .status()).isEqualTo(201);

        assertThat(texts(fatima, journal)).containsExactly("Geheime zorg over veiligheid", "Open notitie");
        assertThat(texts(pieter, journal)).containsExactly("Open notitie");
        assertThat(texts(sanne, journal)).containsExactly("Open notitie");
        assertThat(pieter.get(journal).json().getInt("totalItems")).isEqualTo(1);
        String timeline = "/api/v1/cases/" + caseId + "/timeline";
        assertThat(fatima.get(timeline).body()).contains("Vertrouwelijke notitie toegevoegd");
        assertThat(pieter.get(timeline).body()).doesNotContain("Vertrouwelijke").contains("Notitie toegevoegd");
        assertThat(sanne.get(timeline).body()).doesNotContain("Vertrouwelijke");

        Api.Response handedOver = sanne.put("/api/v1/cases/" + caseId + "/assignment",
                "{\"version\": %d, \"regisseurId\": \"pieter\", \"involvedProfessionals\": [\"fatima\"]}"
                        .formatted(caseFile.getJsonNumber("version").longValue()));
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);

        assertThat(texts(pieter, journal)).containsExactly("Geheime zorg over veiligheid", "Open notitie");
        assertThat(texts(fatima, journal)).containsExactly("Geheime zorg over veiligheid", "Open notitie");
        assertThat(texts(sanne, journal)).containsExactly("Open notitie");
    }

    @Test
    void aTeamLeadReadsButDoesNotWriteCaseContent() {
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");

        assertThat(sanne.get("/api/v1/cases/" + caseId).status()).isEqualTo(200);
        assertThat(sanne.post("/api/v1/cases/" + caseId + "/journal", "{\"text\": \"x\"}").status()).isEqualTo(403);
        assertThat(Cases.transition(sanne, caseFile, "INTAKE").status()).isEqualTo(403);
    }

    @Test
    void policyAndAdminGetNoCaseContent() {
        String caseId = Cases.newCase(fatima).getString("id");
        for (Api outsider : List.of(Api.as("bram"), anouk)) {
            for (String path : List.of("/api/v1/cases/" + caseId, "/api/v1/cases/" + caseId + "/journal",
                    "/api/v1/cases/" + caseId + "/timeline", "/api/v1/cases/" + caseId + "/consents",
                    "/api/v1/cases", "/api/v1/households?q=Dijk")) {
                Api.Response response = outsider.get(path);
                assertThat(response.status()).as(path).isEqualTo(403);
                assertThat(response.body()).doesNotContain("Dijk");
            }
        }
    }

    @Test
    void aTeamLeadReassignsSeveralCasesAtOnceAllOrNothing() {
        String otherTeamsCase = Cases.newCase(pieter).getString("id");
        anouk.send("PUT", "/api/v1/teams/" + TEAM_OOST + "/members/pieter", null, null);
        String first = Cases.newCase(fatima).getString("id");
        String second = Cases.newCase(fatima).getString("id");

        Api.Response reassigned = sanne.post("/api/v1/cases/reassignments",
                "{\"caseIds\": [\"%s\", \"%s\"], \"regisseurId\": \"pieter\"}".formatted(first, second));

        assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(200);
        assertThat(Cases.get(fatima, first).getString("regisseurId")).isEqualTo("pieter");
        assertThat(Cases.get(fatima, second).getString("regisseurId")).isEqualTo("pieter");
        assertThat(fatima.get("/api/v1/cases/" + first + "/timeline").body()).contains("Regisseur: Fatima el Amrani → Pieter de Vries");

        Api.Response outsider = sanne.post("/api/v1/cases/reassignments",
                "{\"caseIds\": [\"%s\", \"%s\"], \"regisseurId\": \"wouter\"}".formatted(first, second));
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(Cases.get(fatima, first).getString("regisseurId")).isEqualTo("pieter");

        Api.Response mixed = Api.as("wouter").post("/api/v1/cases/reassignments",
                "{\"caseIds\": [\"%s\", \"%s\"], \"regisseurId\": \"pieter\"}".formatted(otherTeamsCase, first));
        assertThat(mixed.status()).isEqualTo(404);
    }

    private static List<String> texts(Api api, String journal) {
        Api.Response response = api.get(journal);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("text")).toList();
    }
}
