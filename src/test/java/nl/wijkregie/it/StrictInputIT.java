package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON bodies are read strictly on every endpoint: a wrong type, a number out of range, a control character or
 * invalid UTF-8 is a 400 problem naming the field, and nothing changes. Before, {@code 1e400} was read as 0, 12345 as
 * "12345", and a NUL reached PostgreSQL (500).
 */
class StrictInputIT {

    private static final Api FATIMA = Api.as("fatima");
    private static final Api ANOUK = Api.as("anouk");
    private static final String NUL = "\\u0000";
    private static String caseId;

    @BeforeAll
    static void aCase() {
        Api.awaitReady(Duration.ofMinutes(3));
        caseId = Cases.newCase(FATIMA).getString("id");
    }

    static Stream<Arguments> badBodies() {
        String household = Households.json(Households.uniqueStreet());
        String signal = Signals.plain("1502AB", 12, "Pietersen");
        return Stream.of(
                Arguments.of("fatima", "POST", "/journal", "{\"text\": \"x" + NUL + "y\"}", "text"),
                Arguments.of("fatima", "POST", "/journal", "{\"text\": \"bel\\u0007\"}", "text"),
                Arguments.of("fatima", "POST", "/journal", "{\"text\": 12345}", "text"),
                Arguments.of("fatima", "POST", "/journal", "{\"text\": \"ok\", \"confidential\": \"true\"}",
                        "confidential"),
                Arguments.of("fatima", "POST", "/journal", "{\"text\": \"ok\", \"memberIds\": \"x\"}", "memberIds"),
                Arguments.of("fatima", "POST", "/journal", "{\"text\": \"ok\", \"text\": \"" + NUL + "\"}", "body"),
                Arguments.of("fatima", "PUT", "/assignment", "{\"version\": 1e400}", "version"),
                Arguments.of("fatima", "PUT", "/assignment", "{\"version\": \"0\"}", "version"),
                Arguments.of("fatima", "PUT", "/assignment", "{\"version\": 0.5, \"regisseurId\": \"fatima\"}",
                        "version"),
                Arguments.of("fatima", "PUT", "/assignment", "{\"version\": 0, \"involvedProfessionals\": [7]}",
                        "involvedProfessionals[0]"),
                Arguments.of("anouk", "POST", "/api/v1/teams", "{\"name\": \"Team" + NUL + "\"}", "name"),
                Arguments.of("anouk", "POST", "/api/v1/teams", "{\"name\": 12345}", "name"),
                Arguments.of("fatima", "POST", "/api/v1/households",
                        household.replace("\"Jan\"", "\"J" + NUL + "an\""), "members[0].firstName"),
                Arguments.of("fatima", "POST", "/api/v1/households",
                        household.replace("\"houseNumber\":12", "\"houseNumber\":\"12\""), "address.houseNumber"),
                Arguments.of("fatima", "POST", "/api/v1/households",
                        household.replace("\"houseNumber\":12", "\"houseNumber\":1e400"), "address.houseNumber"),
                Arguments.of("fatima", "POST", "/api/v1/signals",
                        signal.replace("\"Pietersen\"", "\"Pieter" + NUL + "sen\""), "surname"),
                Arguments.of("fatima", "POST", "/api/v1/signals",
                        signal.replace("\"crisis\":false", "\"crisis\":\"ja\""), "crisis"),
                Arguments.of("fatima", "POST", "/api/v1/signals",
                        signal.replace("\"amountCents\":45000", "\"amountCents\":1e400"), "amountCents"));
    }

    @ParameterizedTest(name = "{1} {2} {4}: {3}")
    @MethodSource("badBodies")
    void refusesNamingTheFieldAndChangesNothing(String user, String method, String path, String body,
                                                String field) {
        assertThat(body).doesNotContain("%s");
        String before = state();

        Api.Response response = Api.as(user).send(method, url(path), "application/json", body);

        assertProblem(response, field);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void refusesInvalidUtf8() {
        String before = state();
        byte[] body = "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        Api.Response response = FATIMA.sendBytes("POST", url("/journal"), "application/json", body);

        assertProblem(response, "body");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void refusesAControlCharacterInAQueryParameter() {
        Api.Response response = FATIMA.get("/api/v1/households?q=Pieter%00sen");

        assertProblem(response, "q");
    }

    @Test
    void stillAcceptsAWellFormedBodyWithTabsAndNewlines() {
        Api.Response response = FATIMA.post(url("/journal"), "{\"text\": \"Regel 1\\n\\tRegel 2 – café 😀\"}");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().getString("text")).isEqualTo("Regel 1\n\tRegel 2 – café 😀");
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.contentType()).isTrue();
        assertThat(response.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .as(response.toString()).extracting(v -> v.getString("field")).contains(field);
    }

    private static String url(String path) {
        return path.startsWith("/api/") ? path : "/api/v1/cases/" + caseId + path;
    }

    /** Everything the bad requests could have changed: the case, its journal, and the number of teams and so on. */
    private static String state() {
        JsonObject caseFile = Cases.get(FATIMA, caseId);
        return String.join(" ", caseFile.getJsonNumber("version").toString(),
                String.valueOf(caseFile.get("regisseurId")),
                String.valueOf(caseFile.get("involvedProfessionals")),
                String.valueOf(TestDatabase.count(
                        "select count(*) from wijkregie.journal_entry where case_id = ?::uuid", caseId)),
                String.valueOf(TestDatabase.count("select count(*) from wijkregie.team")),
                String.valueOf(TestDatabase.count("select count(*) from wijkregie.household")),
                String.valueOf(TestDatabase.count("select count(*) from wijkregie.signal")));
    }
}
