package nl.wijkregie.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrictJsonBodiesTest {

    record Member(String firstName, LocalDate dateOfBirth) {
    }

    record Body(Long version, long count, int small, String text, Boolean flag, List<String> ids,
                List<Member> members, double ratio) {
    }

    private static final String GOOD = "{\"version\": 3, \"count\": 2, \"small\": 1, \"text\": \"tab\\tok\\nregel\","
            + " \"flag\": true, \"ids\": [\"a\"], \"members\": [{\"firstName\": \"Émile 😀\", \"dateOfBirth\": "
            + "\"2001-02-03\"}], \"ratio\": 0.5, \"unknown\": 12}";

    @Test
    void acceptsAWellTypedBodyWithUnknownFields() {
        assertThat(check(GOOD)).isEmpty();
        assertThat(check(GOOD.replace("\"version\": 3", "\"version\": 3.0"))).isEmpty();
        assertThat(check(GOOD.replace("\"version\": 3", "\"version\": null"))).isEmpty();
        assertThat(check(GOOD.replace("\"count\": 2, ", ""))).isEmpty();
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("\"version\": 3", "\"version\": 1e400", "version"),
                Arguments.of("\"version\": 3", "\"version\": 9223372036854775808", "version"),
                Arguments.of("\"version\": 3", "\"version\": 1.5", "version"),
                Arguments.of("\"version\": 3", "\"version\": \"3\"", "version"),
                Arguments.of("\"version\": 3", "\"version\": 1e999999999", "version"),
                Arguments.of("\"small\": 1", "\"small\": 2147483648", "small"),
                Arguments.of("\"small\": 1", "\"small\": null", "small"),
                Arguments.of("\"text\": \"tab\\tok\\nregel\"", "\"text\": 12345", "text"),
                Arguments.of("\"text\": \"tab\\tok\\nregel\"", "\"text\": \"x\\u0000y\"", "text"),
                Arguments.of("\"text\": \"tab\\tok\\nregel\"", "\"text\": \"x\\ud800y\"", "text"),
                Arguments.of("\"text\": \"tab\\tok\\nregel\"", "\"text\": [\"a\"]", "text"),
                Arguments.of("\"flag\": true", "\"flag\": \"true\"", "flag"),
                Arguments.of("\"flag\": true", "\"flag\": 1", "flag"),
                Arguments.of("\"ids\": [\"a\"]", "\"ids\": [1]", "ids[0]"),
                Arguments.of("\"ids\": [\"a\"]", "\"ids\": \"a\"", "ids"),
                Arguments.of("\"firstName\": \"Émile 😀\"", "\"firstName\": \"A\\u0007\"", "members[0].firstName"),
                Arguments.of("\"dateOfBirth\": \"2001-02-03\"", "\"dateOfBirth\": 20010203",
                        "members[0].dateOfBirth"),
                Arguments.of("\"ratio\": 0.5", "\"ratio\": 1e400", "ratio"),
                Arguments.of("\"unknown\": 12", "\"unknown\": \"\\u0000\"", "unknown"),
                Arguments.of("\"unknown\": 12", "\"version\": 4", "body"),
                Arguments.of("}", "", "body"));
    }

    @ParameterizedTest(name = "{2}: {1}")
    @MethodSource("badBodies")
    void refusesNamingTheField(String good, String bad, String field) {
        String body = GOOD.replace(good, bad);
        assertThat(body).isNotEqualTo(GOOD);

        assertThat(check(body)).extracting(Problem.Violation::field).containsExactly(field);
    }

    @Test
    void anEmptyOrImpossibleDateNamesTheFieldInDutch() {
        List<Problem.Violation> empty = check(GOOD.replace("\"2001-02-03\"", "\"\""));
        List<Problem.Violation> impossible = check(GOOD.replace("\"2001-02-03\"", "\"2001-02-30\""));

        assertThat(empty).containsExactly(new Problem.Violation("members[0].dateOfBirth", "Vul een datum in"));
        assertThat(impossible).containsExactly(
                new Problem.Violation("members[0].dateOfBirth", "Dit is geen bestaande datum"));
        assertThat(StrictJsonBodies.summary(empty)).isEqualTo("Controleer de gemarkeerde velden.");
        assertThat(StrictJsonBodies.summary(check("[1]"))).contains("geen geldige JSON");
    }

    @Test
    void refusesInvalidUtf8() {
        byte[] body = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 2];
        System.arraycopy(body, 0, broken, 0, body.length);
        broken[20] = (byte) 0xC3;
        broken[21] = (byte) 0x28;

        assertThat(StrictJsonBodies.check(broken, Body.class)).extracting(Problem.Violation::field)
                .containsExactly("body");
    }

    @Test
    void refusesAnArrayWhereAnObjectIsExpected() {
        assertThat(check("[1]")).extracting(Problem.Violation::field).containsExactly("body");
    }

    private static List<Problem.Violation> check(String body) {
        return StrictJsonBodies.check(body.getBytes(StandardCharsets.UTF_8), Body.class);
    }
}
