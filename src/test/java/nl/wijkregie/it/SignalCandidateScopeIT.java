package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A match candidate never shows a household the viewer's team may not see. Pieter (Zaandam-West) registers a household
 * in a Zaandam-West wijk, in a postcode area where most households are Zaandam-Oost's (Fatima's): a signal at that
 * address about someone else goes to Zaandam-West, the household's team, not to the team of the area. And where a case
 * of Zaandam-Oost still has a candidate of Zaandam-West (the same person at an address elsewhere), Fatima neither sees
 * nor counts it, and cannot link it.
 */
class SignalCandidateScopeIT {

    private static final String OOST_WIJK = "WK047901";
    private static final String WEST_WIJK = "WK047907";
    private static final String WEST_TEAM = "7c1e6a4e-0000-4000-8000-000000000002";

    private final Api fatima = Api.as("fatima");
    private final Api pieter = Api.as("pieter");

    @Test
    void aSignalAtAnotherTeamsHouseholdGoesToThatTeamAndItsHouseholdIsNotShownToTheAreasTeam() {
        String area = unusedPostcodeArea();
        register(fatima, area + "AA", 1, OOST_WIJK, "Anouk", "Oosterhuis", "1981-01-01");
        register(fatima, area + "AA", 2, OOST_WIJK, "Bram", "Oosterhuis", "1982-02-02");
        String street = Households.uniqueStreet();
        String westHousehold = register(pieter, area + "BB", 7, WEST_WIJK, street, "Kees", "Westerveld",
                "1970-05-05");

        Api.Response received = pieter.post("/api/v1/signals", Signals.json("Woonzaam", "HUUR", area + "BB", 7,
                "Yusuf", null, "Anders", "1991-09-09", 45_000, true, "GEEN"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
        String caseId = received.json().getString("signalCaseId");

        Api.Response asFatima = fatima.get("/api/v1/signal-cases/" + caseId);
        assertThat(asFatima.status()).as(asFatima.toString()).isEqualTo(404);
        assertThat(asFatima.body()).doesNotContain(street).doesNotContain("Westerveld");
        assertThat(Signals.inInbox(fatima, caseId)).isFalse();
        JsonObject asPieter = Signals.signalCase(pieter, caseId);
        assertThat(asPieter.getString("teamId")).isEqualTo(WEST_TEAM);
        assertThat(asPieter.getString("wijkCode")).isEqualTo(WEST_WIJK);
        assertThat(asPieter.getString("matchStatus")).isEqualTo("UNCERTAIN");
        assertThat(asPieter.getJsonArray("candidates")).hasSize(1);
        assertThat(asPieter.getJsonArray("candidates").getJsonObject(0).getString("householdId"))
                .isEqualTo(westHousehold);
        assertThat(asPieter.getJsonArray("candidates").getJsonObject(0).getString("label")).contains(street);
    }

    @Test
    void anotherTeamsCandidateIsNeitherShownNorCountedNorLinkable() {
        String area = unusedPostcodeArea();
        register(fatima, area + "AA", 1, OOST_WIJK, "Anouk", "Oosterhuis", "1981-01-01");
        register(fatima, area + "AA", 2, OOST_WIJK, "Bram", "Oosterhuis", "1982-02-02");
        String street = Households.uniqueStreet();
        String westHousehold = register(pieter, area + "BB", 7, WEST_WIJK, street, "Kees", "Westerveld",
                "1970-05-05");

        JsonObject signalCase = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", area + "AA", 99, "Kees",
                null, "Westerveld", "1970-05-05", 45_000, true, "GEEN"));
        String caseId = signalCase.getString("id");

        assertThat(TestDatabase.count("select count(*) from wijkregie.signal_match_candidate"
                + " where signal_case_id = ?::uuid and household_id = ?::uuid", caseId, westHousehold))
                .as("the matcher proposed Pieter's household (the same person, elsewhere)").isEqualTo(1);
        Api.Response read = fatima.get("/api/v1/signal-cases/" + caseId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getJsonArray("candidates")).isEmpty();
        assertThat(read.json().getString("matchStatus")).isEqualTo("UNKNOWN");
        assertThat(read.body()).doesNotContain(westHousehold).doesNotContain(street);
        assertThat(inboxItem(fatima, caseId).getString("matchStatus")).isEqualTo("UNKNOWN");

        long version = read.json().getJsonNumber("version").longValue();
        Api.Response link = fatima.post("/api/v1/signal-cases/" + caseId + "/household",
                "{\"version\":%d,\"householdId\":\"%s\"}".formatted(version, westHousehold));
        assertThat(link.status()).as(link.toString()).isEqualTo(404);
        assertThat(link.body()).doesNotContain(street).doesNotContain("Westerveld");
        Api.Response reject = fatima.post("/api/v1/signal-cases/" + caseId + "/candidates/rejection",
                "{\"version\":%d}".formatted(version));
        assertThat(reject.status()).as(reject.toString()).isEqualTo(422);
        assertThat(reject.json().getString("detail")).contains("geen kandidaten");
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal_case where id = ?::uuid"
                + " and household_id is null and team_id <> ?::uuid", caseId, WEST_TEAM)).isEqualTo(1);
    }

    private static JsonObject inboxItem(Api api, String caseId) {
        for (JsonObject item : Signals.inbox(api, "")) {
            if (item.getString("id").equals(caseId)) {
                return item;
            }
        }
        throw new AssertionError("case " + caseId + " is not in the inbox");
    }

    /** Four digits no household of this test run lives in, so this test decides which wijk the area is in. */
    private String unusedPostcodeArea() {
        assertThat(fatima.get("/api/v1/me").status()).as("the application has started and migrated its schema")
                .isEqualTo(200);
        Random random = new Random();
        while (true) {
            String area = Integer.toString(1000 + random.nextInt(9000));
            if (TestDatabase.count("select count(*) from wijkregie.household where postcode between ? and ?",
                    area + "AA", area + "ZZ") == 0) {
                return area;
            }
        }
    }

    private static String register(Api api, String postcode, int number, String wijk, String firstName,
                                   String surname, String dateOfBirth) {
        return register(api, postcode, number, wijk, Households.uniqueStreet(), firstName, surname, dateOfBirth);
    }

    private static String register(Api api, String postcode, int number, String wijk, String street,
                                   String firstName, String surname, String dateOfBirth) {
        Api.Response created = api.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":%d,"postcode":"%s","town":"Zaandam","wijkCode":"%s"},
                 "members":[{"firstName":"%s","surname":"%s","dateOfBirth":"%s","role":"PARENT"}]}
                """.formatted(street, number, postcode, wijk, firstName, surname, dateOfBirth));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }
}
