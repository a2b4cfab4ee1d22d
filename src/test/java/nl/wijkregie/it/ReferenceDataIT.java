package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams, memberships and the wijk/buurt list are kept by the admin; the CBS list is loaded from the project file. */
class ReferenceDataIT {

    private final Api anouk = Api.as("anouk");

    @Test
    void shipsTheZaanstadWijkenWithTheVulnerableAreas() {
        JsonObject areas = Api.as("bram").get("/api/v1/areas").json();
        assertThat(areas.getJsonArray("wijken").size()).isGreaterThanOrEqualTo(19);
        assertThat(areas.getJsonArray("wijken").toString()).contains("Poelenburg", "Peldersveld-Hoornseveld",
                "Zaandam-Zuid", "Rosmolenwijk", "Kogerveld").contains("GM0479");
        assertThat(areas.getJsonArray("buurten").toString()).contains("BU04790101");
    }

    @Test
    void theAdminRenamesAndSwitchesOffAWijk() {
        String code = "WK0479" + (50 + new java.util.Random().nextInt(49));
        Api.Response added = anouk.put("/api/v1/areas/wijken/" + code,
                "{\"name\": \"Nieuwe wijk\", \"active\": true}");
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        Api.Response off = anouk.put("/api/v1/areas/wijken/" + code, "{\"name\": \"Oude wijk\", \"active\": false}");
        assertThat(off.json().getBoolean("active")).isFalse();
        assertThat(off.json().getString("name")).isEqualTo("Oude wijk");

        String household = Households.json(Households.uniqueStreet()).replace("WK047901", code);
        assertThat(Api.as("fatima").post("/api/v1/households", household).status()).isEqualTo(422);
        assertThat(anouk.put("/api/v1/areas/wijken/WK12", "{\"name\": \"x\", \"active\": true}").status())
                .isEqualTo(400);
    }

    @Test
    void theAdminCreatesATeamAndManagesItsMembers() {
        String name = "Team " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = anouk.post("/api/v1/teams", "{\"name\": \"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String teamId = created.json().getString("id");

        assertThat(anouk.post("/api/v1/teams", "{\"name\": \"" + name + "\"}").status()).isEqualTo(422);
        Api.Response added = anouk.send("PUT", "/api/v1/teams/" + teamId + "/members/nieuwe.collega", null, null);
        assertThat(added.json().getJsonArray("members").getString(0)).isEqualTo("nieuwe.collega");
        Api.Response removed = anouk.send("DELETE", "/api/v1/teams/" + teamId + "/members/nieuwe.collega", null, null);
        assertThat(removed.json().getJsonArray("members")).isEmpty();
        assertThat(anouk.send("DELETE", "/api/v1/teams/" + teamId + "/members/nieuwe.collega", null, null).status())
                .isEqualTo(404);
    }

    @Test
    void professionalsSeeOnlyTheirOwnTeams() {
        String teams = Api.as("fatima").get("/api/v1/teams").body();
        assertThat(teams).contains("Zaandam-Oost").doesNotContain("Zaandam-West");
        assertThat(anouk.get("/api/v1/teams").body()).contains("Zaandam-Oost", "Zaandam-West");
    }
}
