package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input on the case endpoints: 400 problem+json naming the field, and nothing stored. */
class CaseValidationIT {

    private static final Api FATIMA = Api.as("fatima");
    private static String caseId;

    @BeforeAll
    static void aCase() {
        caseId = Cases.newCase(FATIMA).getString("id");
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("POST", "/journal", "{\"text\": \"  \"}", "text"),
                Arguments.of("POST", "/journal", "{\"text\": \"" + "x".repeat(10001) + "\"}", "text"),
                Arguments.of("POST", "/journal", "{\"text\": \"ok\", \"domain\": \"ZORG\"}", "domain"),
                Arguments.of("POST", "/journal", "{\"text\": \"ok\", \"memberIds\": [\"nope\"]}", "memberIds[0]"),
                Arguments.of("POST", "/consents", "{\"memberId\": \"x\", \"decision\": \"GIVEN\", "
                        + "\"recipientKind\": \"DOMAIN\", \"recipient\": \"WMO\", \"recordedOn\": \"2026-01-01\"}",
                        "memberId"),
                Arguments.of("POST", "/consents", "{\"memberId\": \"" + UUID.randomUUID() + "\", \"decision\": \"JA\", "
                        + "\"recipientKind\": \"DOMAIN\", \"recipient\": \"WMO\", \"recordedOn\": \"2026-01-01\"}",
                        "decision"),
                Arguments.of("POST", "/consents", "{\"memberId\": \"" + UUID.randomUUID() + "\", \"decision\": "
                        + "\"GIVEN\", \"recipientKind\": \"DOMAIN\", \"recipient\": \"WMO\", \"recordedOn\": "
                        + "\"2999-01-01\"}", "recordedOn"),
                Arguments.of("PUT", "/domains", "{\"version\": 0, \"domains\": [{\"domain\": \"ZORG\"}]}",
                        "domains[0].domain"),
                Arguments.of("PUT", "/domains", "{\"domains\": []}", "version"),
                Arguments.of("PUT", "/assignment", "{\"version\": 0, \"regisseurId\": \"fa tima\"}", "regisseurId"),
                Arguments.of("POST", "/transitions", "{\"version\": -1, \"to\": \"INTAKE\"}", "version"),
                Arguments.of("POST", "/transitions", "{\"version\": 0, \"to\": \"AFGESLOTEN\", "
                        + "\"closingReason\": \"KLAAR\", \"outcomeSummary\": \"x\"}", "closingReason"));
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("badRequests")
    void refusesBadInputNamingTheFieldAndStoresNothing(String method, String path, String body, String field) {
        long timelineBefore = timelineEvents();

        Api.Response response = FATIMA.send(method, "/api/v1/cases/" + caseId + path, "application/json", body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("field")).contains(field);
        assertThat(timelineEvents()).isEqualTo(timelineBefore);
        JsonObject unchanged = Cases.get(FATIMA, caseId);
        assertThat(unchanged.getJsonNumber("version").longValue()).isZero();
        assertThat(unchanged.getString("status")).isEqualTo("AANGEMELD");
    }

    @ParameterizedTest(name = "caseload {0}")
    @MethodSource("badQueries")
    void refusesBadCaseloadParameters(String query, String field) {
        Api.Response response = FATIMA.get("/api/v1/cases?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body()).contains(field);
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(Arguments.of("scope=everyone", "scope"), Arguments.of("status=OPEN", "status"),
                Arguments.of("wijk=Poelenburg", "wijk"), Arguments.of("sort=name", "sort"),
                Arguments.of("size=500", "size"), Arguments.of("household=abc", "household"));
    }

    private static long timelineEvents() {
        return TestDatabase.count("select count(*) from wijkregie.timeline_event t join wijkregie.case_file c"
                + " on c.household_id = t.household_id where c.id = ?", UUID.fromString(caseId));
    }
}
