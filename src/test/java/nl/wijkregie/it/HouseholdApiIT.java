package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The household slice through the real WAR on Liberty and PostgreSQL. */
class HouseholdApiIT {

    private final Api fatima = Api.as("fatima");   // professional, Zaandam-Oost
    private final Api pieter = Api.as("pieter");   // professional, Zaandam-West
    private final Api sanne = Api.as("sanne");     // team lead, Zaandam-Oost

    @Test
    void registersAHouseholdAndReadsItBack() {
        String street = Households.uniqueStreet();

        Api.Response created = fatima.post("/api/v1/households",
                Households.json(street, "Aylin", null, "Öztürk", "1990-02-03", "12345672"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.location()).endsWith("/api/v1/households/" + id);
        JsonObject household = fatima.get("/api/v1/households/" + id).json();
        assertThat(household.getString("displayName")).isEqualTo("Huishouden Öztürk");
        assertThat(household.getString("teamName")).isEqualTo("Zaandam-Oost");
        assertThat(household.getJsonObject("address").getString("street")).isEqualTo(street);
        JsonObject member = household.getJsonArray("members").getJsonObject(0);
        assertThat(member.getString("bsnMasked")).isEqualTo("*****5672");
        assertThat(member.containsKey("bsn")).isFalse();
        assertThat(member.getString("dateOfBirth")).isEqualTo("1990-02-03");
        assertThat(household.getInt("version")).isZero();
    }

    @Test
    void listsTheTeamsHouseholdsNewestFirst() {
        String older = Households.register(fatima);
        String newer = Households.register(fatima);

        JsonObject page = fatima.get("/api/v1/households?page=0&size=100").json();

        List<String> ids = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("id")).toList();
        assertThat(ids).containsSubsequence(newer, older);
        assertThat(page.getJsonNumber("totalItems").longValue()).isGreaterThanOrEqualTo(2);
        assertThat(page.getInt("size")).isEqualTo(100);
    }

    @Test
    void keepsAnotherTeamsHouseholdsOutOfSight() {
        String ofOost = Households.register(fatima);

        Api.Response read = pieter.get("/api/v1/households/" + ofOost);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.isProblem()).isTrue();
        String list = pieter.get("/api/v1/households?size=100").body();
        assertThat(list).doesNotContain(ofOost);
        assertThat(pieter.put("/api/v1/households/" + ofOost + "/address", addressChange(0)).status())
                .isEqualTo(404);
        assertThat(sanne.get("/api/v1/households/" + ofOost).status()).isEqualTo(200);
    }

    @Test
    void refusesAnEditOfAStaleVersionWith409() {
        String id = Households.register(fatima);

        Api.Response first = fatima.put("/api/v1/households/" + id + "/address", addressChange(0));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getInt("version")).isEqualTo(1);

        Api.Response stale = sanne.put("/api/v1/households/" + id + "/address", addressChange(0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().getString("type")).endsWith("/conflict");
        assertThat(fatima.get("/api/v1/households/" + id).json().getJsonObject("address").getString("street"))
                .isEqualTo("Westzijde");
    }

    @Test
    void answersUnknownIdsAndPathsWithProblems() {
        assertThat(fatima.get("/api/v1/households/00000000-0000-4000-8000-000000000000").status()).isEqualTo(404);
        assertThat(fatima.get("/api/v1/households/not-a-uuid").status()).isEqualTo(404);
        Api.Response unknownPath = fatima.get("/api/v1/nothing-here");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.isProblem()).isTrue();
        Api.Response wrongMethod = fatima.send("DELETE", "/api/v1/households", null, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.isProblem()).isTrue();
    }

    @Test
    void refusesABrokenHouseholdRuleWith422AndStoresNothing() {
        String street = Households.uniqueStreet();
        String twins = Households.json(street).replaceFirst("\\{\"firstName\"",
                "{\"firstName\":\"Piet\",\"surname\":\"Dijk\",\"dateOfBirth\":\"1981-01-01\",\"bsn\":\"111222333\"},"
                        + "{\"firstName\"");

        Api.Response response = fatima.post("/api/v1/households", twins);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().getString("type")).endsWith("/rule-violation");
        assertThat(response.json().getString("detail")).contains("BSN");
        assertThat(TestDatabase.count("select count(*) from wijkregie.household where street = ?", street)).isZero();
    }

    static String addressChange(long version) {
        return """
                {"version":%d,"address":{"street":"Westzijde","houseNumber":1,"postcode":"1506AA","town":"Zaandam",
                 "wijkCode":"WK047902"}}""".formatted(version);
    }
}
