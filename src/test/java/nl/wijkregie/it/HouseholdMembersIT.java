package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Members join and leave with dates and a role; moves keep an address history; unknown wijken are refused. */
class HouseholdMembersIT {

    private final Api fatima = Api.as("fatima");

    @Test
    void aMemberJoinsAndLeavesAndTheTimelineShowsIt() {
        String id = Households.register(fatima);
        JsonObject household = fatima.get("/api/v1/households/" + id).json();

        Api.Response joined = fatima.post("/api/v1/households/" + id + "/members", """
                {"version": %d, "joinedOn": "2026-03-01",
                 "member": {"firstName": "Lina", "surname": "Dijk", "surnamePrefix": "van", "dateOfBirth": "2026-02-20",
                            "role": "CHILD", "preferredLanguage": "ar", "interpreterNeeded": true}}"""
                .formatted(household.getJsonNumber("version").longValue()));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        JsonObject child = joined.json().getJsonArray("members").getJsonObject(1);
        assertThat(child.getString("role")).isEqualTo("CHILD");
        assertThat(child.getString("joinedOn")).isEqualTo("2026-03-01");
        assertThat(child.getString("preferredLanguage")).isEqualTo("ar");
        assertThat(child.getBoolean("interpreterNeeded")).isTrue();

        Api.Response left = fatima.post("/api/v1/households/" + id + "/members/" + child.getString("id")
                + "/departure", "{\"version\": %d, \"leftOn\": \"2026-06-30\"}"
                .formatted(joined.json().getJsonNumber("version").longValue()));
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().getJsonArray("members").getJsonObject(1).getString("leftOn")).isEqualTo("2026-06-30");

        String caseId = Cases.caseOfHousehold(fatima, id).getString("id");
        String timeline = fatima.get("/api/v1/cases/" + caseId + "/timeline").body();
        assertThat(timeline).contains("MEMBER_JOINED").contains("MEMBER_LEFT").contains("CASE_OPENED");
    }

    @Test
    void theLastMemberCannotLeave() {
        Api.Response created = fatima.post("/api/v1/households", Households.json(Households.uniqueStreet()));
        JsonObject member = created.json().getJsonArray("members").getJsonObject(0);

        Api.Response left = fatima.post("/api/v1/households/" + created.json().getString("id") + "/members/"
                + member.getString("id") + "/departure", "{\"version\": 0, \"leftOn\": \"2026-01-01\"}");

        assertThat(left.status()).isEqualTo(422);
    }

    @Test
    void aMoveIsKeptInTheAddressHistoryAndACorrectionIsNot() {
        String id = Households.register(fatima);
        Api.Response moved = fatima.put("/api/v1/households/" + id + "/address", """
                {"version": 0, "movedOn": "%s", "address": {"street": "Nieuwe Weg", "houseNumber": 4,
                 "postcode": "1506 XY", "town": "Zaandam", "wijkCode": "WK047905", "buurtCode": "BU04790501"}}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))));
        // moving on the day of registration is no move: the current address period starts today
        assertThat(moved.status()).as(moved.toString()).isEqualTo(422);

        Api.Response corrected = fatima.put("/api/v1/households/" + id + "/address", """
                {"version": 0, "address": {"street": "Nieuwe Weg", "houseNumber": 4,
                 "postcode": "1506 XY", "town": "Zaandam", "wijkCode": "WK047905", "buurtCode": "BU04790501"}}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().getJsonArray("addressHistory")).hasSize(1);
        assertThat(corrected.json().getJsonObject("address").getString("buurtCode")).isEqualTo("BU04790501");

        TestDatabase.execute("update wijkregie.household_address set valid_from = valid_from - 400"
                + " where household_id = ?", java.util.UUID.fromString(id));
        Api.Response realMove = fatima.put("/api/v1/households/" + id + "/address", """
                {"version": 1, "movedOn": "%s", "address": {"street": "Derde Pad", "houseNumber": 9,
                 "postcode": "1507 AA", "town": "Zaandam", "wijkCode": "WK047901"}}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(10)));
        assertThat(realMove.status()).as(realMove.toString()).isEqualTo(200);
        assertThat(realMove.json().getJsonArray("addressHistory")).hasSize(2);
        assertThat(realMove.json().getJsonArray("addressHistory").getJsonObject(1).getString("validTo"))
                .isEqualTo(realMove.json().getJsonArray("addressHistory").getJsonObject(0).getString("validFrom"));
    }

    @Test
    void refusesAWijkOrBuurtTheMunicipalityDoesNotHave() {
        String unknownWijk = Households.json(Households.uniqueStreet()).replace("WK047901", "WK099999");
        Api.Response response = fatima.post("/api/v1/households", unknownWijk);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().getString("detail")).contains("WK099999");

        String buurtElsewhere = Households.json(Households.uniqueStreet())
                .replace("\"wijkCode\":\"WK047901\"", "\"wijkCode\":\"WK047901\",\"buurtCode\":\"BU04790501\"");
        assertThat(fatima.post("/api/v1/households", buurtElsewhere).status()).isEqualTo(422);
    }
}
