package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Searching households by name ignores case, diacritics and surname prefixes, and matches from the start of any word.
 * Each case registers its people at a postcode of its own, so the search is limited to them.
 */
class HouseholdSearchIT {

    private final Api fatima = Api.as("fatima");

    record Person(String firstName, String prefix, String surname) {
    }

    static Stream<Arguments> nameSearches() {
        return Stream.of(
                Arguments.of(new Person("Aylin", null, "Öztürk"), "Ozturk", true),
                Arguments.of(new Person("Aylin", null, "Öztürk"), "öztürk", true),
                Arguments.of(new Person("Aylin", null, "Ozturk"), "Öztürk", true),
                Arguments.of(new Person("Jan", "van", "Dijk"), "Dijk", true),
                Arguments.of(new Person("Jan", "van", "Dijk"), "van Dijk", true),
                Arguments.of(new Person("Jan", "van", "Dijk"), "dij", true),
                Arguments.of(new Person("Jan", "van", "Dijk"), "Jan Dijk", true),
                Arguments.of(new Person("Jan", "van", "Dijk"), "Dijkstra", false),
                Arguments.of(new Person("Femke", null, "Jansen-de Vries"), "Vries", true),
                Arguments.of(new Person("Femke", null, "Jansen-de Vries"), "de Vries", true),
                Arguments.of(new Person("Femke", null, "Jansen-de Vries"), "Jansen", true),
                Arguments.of(new Person("Mehmet", null, "Yılmaz"), "Yilmaz", true),
                Arguments.of(new Person("Zoë", null, "Müller"), "Zoe Muller", true),
                Arguments.of(new Person("Anna", null, "Groß"), "Gross", true),
                Arguments.of(new Person("Noor", null, "El Amrani"), "Amrani", true),
                Arguments.of(new Person("Noor", null, "El Amrani"), "El Amrani", true),
                Arguments.of(new Person("Piet", "ter", "Horst"), "Ter Horst", true),
                Arguments.of(new Person("Piet", "ter", "Horst"), "Horstink", false),
                Arguments.of(new Person("Søren", null, "Ødegaard"), "Soren Odegaard", true),
                Arguments.of(new Person("Lotte", null, "Bakker"), "Ozturk", false));
    }

    @ParameterizedTest(name = "{0} found by \"{1}\": {2}")
    @MethodSource("nameSearches")
    void findsNamesAcrossDiacriticsAndPrefixes(Person person, String query, boolean found) {
        String postcode = Households.uniquePostcode();
        Api.Response created = fatima.post("/api/v1/households",
                Households.jsonAt(postcode, 1, person.firstName(), person.prefix(), person.surname(), null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        List<String> ids = search("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&postcode=" + postcode);

        if (found) {
            assertThat(ids).containsExactly(created.json().getString("id"));
        } else {
            assertThat(ids).isEmpty();
        }
    }

    @Test
    void findsByPostcodeAndHouseNumberAndByExactBsn() {
        String postcode = Households.uniquePostcode();
        String bsn = Households.randomBsn();
        String at5 = fatima.post("/api/v1/households", Households.jsonAt(postcode, 5, "Sara", null, "Kaya", bsn))
                .json().getString("id");
        String at7 = fatima.post("/api/v1/households", Households.jsonAt(postcode, 7, "Sem", null, "Kaya", null))
                .json().getString("id");

        assertThat(search("postcode=" + postcode.substring(0, 4) + "%20" + postcode.substring(4).toLowerCase()
                + "&houseNumber=5")).containsExactly(at5);
        assertThat(search("postcode=" + postcode)).containsExactlyInAnyOrder(at5, at7);
        assertThat(search("bsn=" + bsn)).containsExactly(at5);
    }

    @Test
    void refusesAnInvalidBsnOrPostcodeNamingTheParameter() {
        Api.Response response = fatima.get("/api/v1/households?bsn=123456789");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("bsn");
        assertThat(fatima.get("/api/v1/households?postcode=12").status()).isEqualTo(400);
    }

    private List<String> search(String parameters) {
        Api.Response response = fatima.get("/api/v1/households?" + parameters + "&size=100");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("id")).toList();
    }
}
