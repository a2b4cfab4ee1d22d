package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One bad value per field: 400 problem+json naming that field, and nothing stored. */
class HouseholdValidationIT {

    private final Api fatima = Api.as("fatima");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "address.street              | \"street\":\"\"",
            "address.street              | \"street\":\"LONG101\"",
            "address.houseNumber         | \"houseNumber\":0",
            "address.houseNumber         | \"houseNumber\":null",
            "address.houseNumberAddition | \"houseNumberAddition\":\"A-B-C\"",
            "address.houseNumberAddition | \"houseNumberAddition\":\"#1\"",
            "address.postcode            | \"postcode\":\"0502AB\"",
            "address.postcode            | \"postcode\":\"1502\"",
            "address.town                | \"town\":\" \"",
            "address.wijkCode            | \"wijkCode\":\"BU04790101\"",
            "members[0].firstName        | \"firstName\":\"\"",
            "members[0].surname          | \"surname\":null",
            "members[0].surnamePrefix    | \"surnamePrefix\":\"LONG31\"",
            "members[0].dateOfBirth      | \"dateOfBirth\":\"2999-01-01\"",
            "members[0].dateOfBirth      | \"dateOfBirth\":null",
            "members[0].bsn              | \"bsn\":\"123456789\"",
            "members[0].bsn              | \"bsn\":\"12345\"",
            "teamId                      | \"teamId\":\"not-a-team\""})
    void namesTheBadFieldAndStoresNothing(String field, String badValue) {
        String street = Households.uniqueStreet();
        String json = withValue(Households.json(street),
                badValue.replace("LONG101", "x".repeat(101)).replace("LONG31", "v".repeat(31)));

        Api.Response response = fatima.post("/api/v1/households", json);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        List<String> fields = response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertThat(fields).containsExactly(field);
        assertThat(TestDatabase.count("select count(*) from wijkregie.household where street = ?", street)).isZero();
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongType() {
        String street = Households.uniqueStreet();
        Api.Response response = fatima.post("/api/v1/households",
                Households.json(street).replace("\"dateOfBirth\":\"1980-04-01\"", "\"dateOfBirth\":\"1-4-1980\""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("violations");
        assertThat(TestDatabase.count("select count(*) from wijkregie.household where street = ?", street)).isZero();
    }

    @Test
    void refusesAHouseholdWithoutMembers() {
        String street = Households.uniqueStreet();
        String json = Households.json(street).replaceAll("\"members\":\\[.*]", "\"members\":[]");

        Api.Response response = fatima.post("/api/v1/households", json);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"members\"");
    }

    @Test
    void refusesMalformedJsonAndOtherMediaTypes() {
        Api.Response malformed = fatima.post("/api/v1/households", "{\"address\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();

        Api.Response empty = fatima.post("/api/v1/households", "");
        assertThat(empty.status()).isEqualTo(400);

        Api.Response text = fatima.send("POST", "/api/v1/households", "text/plain", "hallo");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.isProblem()).isTrue();
    }

    @Test
    void refusesAPageSizeOutOfRange() {
        Api.Response response = fatima.get("/api/v1/households?size=1000");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"size\"");
    }

    private static String withValue(String json, String badValue) {
        String key = badValue.substring(0, badValue.indexOf(':') + 1);
        if (key.equals("\"teamId\":")) {
            return json.replaceFirst("\\{", "{" + badValue + ",");
        }
        return json.replaceFirst(java.util.regex.Pattern.quote(key) + "(\"[^\"]*\"|null|[0-9]+)",
                java.util.regex.Matcher.quoteReplacement(badValue));
    }
}
