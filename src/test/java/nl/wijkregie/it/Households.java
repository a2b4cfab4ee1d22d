package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

/** Test data: JSON for new households with sensible defaults and a unique street, so tests do not collide. */
public final class Households {

    private Households() {
    }

    public static String uniqueStreet() {
        return "Teststraat " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String json(String street) {
        return json(street, "Jan", "van", "Dijk", "1980-04-01", "111222333");
    }

    public static String json(String street, String firstName, String prefix, String surname, String dateOfBirth,
                              String bsn) {
        return """
                {"address":{"street":"%s","houseNumber":12,"houseNumberAddition":"A","postcode":"1502AB",
                 "town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"%s","surnamePrefix":%s,"surname":"%s","dateOfBirth":"%s","bsn":%s}]}
                """.formatted(street, firstName, prefix == null ? "null" : "\"" + prefix + "\"", surname,
                dateOfBirth, bsn == null ? "null" : "\"" + bsn + "\"");
    }

    /** A household at a given postcode and number with one member; the street is unique. */
    public static String jsonAt(String postcode, int houseNumber, String firstName, String prefix, String surname,
                                String bsn) {
        return """
                {"address":{"street":"%s","houseNumber":%d,"postcode":"%s","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"%s","surnamePrefix":%s,"surname":"%s","dateOfBirth":"1985-02-03","bsn":%s,
                             "role":"PARENT"}]}
                """.formatted(uniqueStreet(), houseNumber, postcode, firstName,
                prefix == null ? "null" : "\"" + prefix + "\"", surname, bsn == null ? "null" : "\"" + bsn + "\"");
    }

    /** A postcode nobody else uses in this test run (random letters), so searches can be scoped to one test. */
    public static String uniquePostcode() {
        java.util.Random random = new java.util.Random();
        return (1000 + random.nextInt(9000)) + "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    /** A random BSN that passes the eleven-test (starting with 9: a test range). */
    public static String randomBsn() {
        return nl.wijkregie.devtools.DemoPlan.testBsn(new java.util.Random());
    }

    /** Registers a household as the user and returns its id. */
    public static String register(Api api) {
        Api.Response created = api.post("/api/v1/households", json(uniqueStreet()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }
}
