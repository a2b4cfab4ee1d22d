package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every /api endpoint, called by every role and by nobody: the roles that may use it get past the gate, the others
 * get 403, nobody gets 401 — all as problem+json. A test fails when an endpoint appears in the OpenAPI document
 * without a row here.
 */
class EndpointSecurityIT {

    private static final Map<String, String> USER_OF_ROLE = Map.of(
            "professional", "fatima", "teamlead", "sanne", "policy", "bram", "admin", "anouk",
            "signal-partner", "woonzaam");
    private static final Set<String> CASEWORK = Set.of("professional", "teamlead");
    private static final Set<String> EVERYONE = USER_OF_ROLE.keySet();

    private static String householdId;

    record Endpoint(String method, String path, Set<String> allowed, String body) {
        String concretePath() {
            return path.replace("{id}", path.contains("tasks") ? "0" : householdId);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/me", EVERYONE, null),
            new Endpoint("POST", "/api/v1/session/logout", EVERYONE, ""),
            new Endpoint("POST", "/api/v1/households", CASEWORK, "HOUSEHOLD"),
            new Endpoint("GET", "/api/v1/households", CASEWORK, null),
            new Endpoint("GET", "/api/v1/households/{id}", CASEWORK, null),
            new Endpoint("PUT", "/api/v1/households/{id}/address", CASEWORK, "ADDRESS"),
            new Endpoint("GET", "/api/v1/tasks", CASEWORK, null),
            new Endpoint("POST", "/api/v1/tasks/{id}/complete", CASEWORK, ""),
            new Endpoint("GET", "/api/v1/access-log/verification", Set.of("admin"), null));

    @BeforeAll
    static void aHouseholdOfTeamOost() {
        householdId = Households.register(Api.as("fatima"));
    }

    static Stream<Arguments> endpointsAndRoles() {
        return ENDPOINTS.stream().flatMap(endpoint -> EVERYONE.stream().sorted()
                .map(role -> Arguments.of(endpoint, role)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndRoles")
    void letsInOnlyTheRolesThatMay(Endpoint endpoint, String role) {
        Api.Response response = call(Api.as(USER_OF_ROLE.get(role)), endpoint);

        if (endpoint.allowed().contains(role)) {
            assertThat(response.status()).as(response.toString()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} without login")
    @MethodSource("endpoints")
    void refusesCallsWithoutLogin(Endpoint endpoint) {
        Api.Response response = call(Api.anonymous(), endpoint);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void refusesAWrongPassword() {
        Api.Response response = Api.as("fatima-with-wrong-password").get("/api/v1/me");
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void coversEveryEndpointOfTheOpenApiDocument() {
        JsonObject paths = Api.anonymous().get("/openapi?format=JSON").json().getJsonObject("paths");
        Set<String> documented = new HashSet<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(m -> Arrays.asList("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> tested = ENDPOINTS.stream().map(Endpoint::toString).collect(Collectors.toSet());

        assertThat(tested).containsExactlyInAnyOrderElementsOf(documented);
    }

    static Stream<Endpoint> endpoints() {
        return ENDPOINTS.stream();
    }

    private static Api.Response call(Api api, Endpoint endpoint) {
        String body = switch (String.valueOf(endpoint.body())) {
            case "HOUSEHOLD" -> Households.json(Households.uniqueStreet());
            case "ADDRESS" -> HouseholdApiIT.addressChange(999);
            case "null" -> null;
            default -> endpoint.body();
        };
        return api.send(endpoint.method(), endpoint.concretePath(), body == null ? null : "application/json", body);
    }
}
