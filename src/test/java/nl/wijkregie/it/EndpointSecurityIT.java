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
            "signal-partner", "woonzaam", "monitoring-feed", "datawarehouse");
    private static final Set<String> CASEWORK = Set.of("professional", "teamlead");
    private static final Set<String> PROFESSIONAL = Set.of("professional");
    private static final Set<String> TEAMLEAD = Set.of("teamlead");
    private static final Set<String> ADMIN = Set.of("admin");
    private static final Set<String> STAFF = Set.of("professional", "teamlead", "policy", "admin");
    private static final Set<String> TEAM_VIEWERS = Set.of("professional", "teamlead", "admin");
    private static final Set<String> PARTNER = Set.of("signal-partner");
    private static final Set<String> SIGNAL_INTAKE = Set.of("signal-partner", "professional");
    private static final Set<String> BATCHES = Set.of("signal-partner", "admin");
    private static final Set<String> POLICY = Set.of("policy");
    private static final Set<String> FEED = Set.of("monitoring-feed");
    private static final Set<String> RELEASE_READERS = Set.of("policy", "monitoring-feed");
    private static final Set<String> EVERYONE = USER_OF_ROLE.keySet();

    private static String householdId;
    private static String memberId;
    private static String caseId;
    private static String signalCaseId;

    record Endpoint(String method, String path, Set<String> allowed, String body) {
        String concretePath() {
            String id = path.contains("/tasks/") ? "0"
                    : path.contains("/signal-cases/") ? signalCaseId
                    : path.contains("/signal-batches/") ? "00000000-0000-4000-8000-000000000000"
                    : path.contains("/cases/") ? caseId
                    : path.contains("/teams/") ? "7c1e6a4e-0000-4000-8000-000000000001"
                    : householdId;
            return path.replace("{id}", id).replace("{memberId}", memberId)
                    .replace("{consentId}", "00000000-0000-4000-8000-000000000000")
                    .replace("{key}", "00000000-0000-4000-8000-000000000000")
                    .replace("{userId}", "endpoint-check")
                    .replace("wijken/{code}", "wijken/WK047999").replace("buurten/{code}", "buurten/BU04799999")
                    .replace("{processKey}/{businessKey}", "vroegsignalering/" + signalCaseId)
                    .replace("benchmark/starts", "benchmark/starts?count=1&perTransaction=1")
                    .replace("devtools/clock", "devtools/clock?offsetSeconds=0")
                    .replace("workflow/job-executor", "workflow/job-executor?active=true")
                    .replace("workflow/job-hold", "workflow/job-hold?activity=endpointCheck&businessKey=endpoint-check");
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
            new Endpoint("GET", "/api/v1/access-log/verification", ADMIN, null),
            new Endpoint("POST", "/api/v1/access-log/anchors", ADMIN, ""),
            new Endpoint("GET", "/api/v1/access-log", ADMIN, null),
            new Endpoint("GET", "/api/v1/access-log/export", ADMIN, "CSV"),
            new Endpoint("GET", "/api/v1/access-log/refusals", ADMIN, null),
            new Endpoint("POST", "/api/v1/households/{id}/members", CASEWORK, "{}"),
            new Endpoint("PUT", "/api/v1/households/{id}/members/{memberId}", CASEWORK, "{}"),
            new Endpoint("POST", "/api/v1/households/{id}/members/{memberId}/departure", CASEWORK, "{}"),
            // issue 14, case page and households: the BSN reveal and professionals' display names
            new Endpoint("GET", "/api/v1/households/{id}/members/{memberId}/bsn", CASEWORK, null),
            new Endpoint("PUT", "/api/v1/professionals/{userId}/display-name", ADMIN,
                    "{\"displayName\": \"Endpoint Controle\"}"),
            new Endpoint("GET", "/api/v1/areas", STAFF, null),
            new Endpoint("PUT", "/api/v1/areas/wijken/{code}", ADMIN, "{\"name\": \"Testwijk\", \"active\": false}"),
            new Endpoint("PUT", "/api/v1/areas/buurten/{code}", ADMIN,
                    "{\"wijkCode\": \"WK047999\", \"name\": \"Testbuurt\", \"active\": false}"),
            new Endpoint("POST", "/api/v1/areas/cbs-import", ADMIN, "UPLOAD"),
            new Endpoint("GET", "/api/v1/teams", TEAM_VIEWERS, null),
            new Endpoint("POST", "/api/v1/teams", ADMIN, "{}"),
            new Endpoint("PUT", "/api/v1/teams/{id}/members/{userId}", ADMIN, null),
            new Endpoint("DELETE", "/api/v1/teams/{id}/members/{userId}", ADMIN, null),
            new Endpoint("GET", "/api/v1/cases", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/cases/{id}", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/transitions", PROFESSIONAL, "{}"),
            new Endpoint("PUT", "/api/v1/cases/{id}/domains", PROFESSIONAL, "{}"),
            new Endpoint("PUT", "/api/v1/cases/{id}/assignment", CASEWORK, "{}"),
            new Endpoint("POST", "/api/v1/cases/reassignments", TEAMLEAD, "{}"),
            new Endpoint("GET", "/api/v1/cases/{id}/journal", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/journal", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/cases/{id}/timeline", CASEWORK, null),
            new Endpoint("GET", "/api/v1/cases/{id}/consents", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/consents", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/cases/{id}/consents/{consentId}/withdrawal", PROFESSIONAL, "{}"),
            // self-reliance assessment (issue 15)
            new Endpoint("GET", "/api/v1/assessment-catalogue", CASEWORK, null),
            new Endpoint("GET", "/api/v1/cases/{id}/assessments", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/assessments", PROFESSIONAL, "{}"),
            // eigen regie plan (issue 16)
            new Endpoint("GET", "/api/v1/cases/{id}/plan", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/plan/offer", PROFESSIONAL, "{}"),
            new Endpoint("PUT", "/api/v1/cases/{id}/plan/draft", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/cases/{id}/plan/agreements", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/cases/{id}/plan/actions/{key}/status", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/cases/{id}/plan/evaluations", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/cases/{id}/plan/pdf", CASEWORK, "PDF"),
            // basis op orde (issue 15)
            new Endpoint("GET", "/api/v1/cases/{id}/basics", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/basics/facts", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/cases/{id}/basics/checks", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/basics/checks", PROFESSIONAL, ""),
            new Endpoint("POST", "/api/v1/cases/{id}/basics/not-solvable", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/basics/not-in-order", TEAMLEAD, null),
            new Endpoint("POST", "/api/v1/basics/rechecks", ADMIN, ""),
            new Endpoint("GET", "/api/v1/basics/rechecks/{id}", ADMIN, null),
            // waiting list (issue 17)
            new Endpoint("GET", "/api/v1/cases/{id}/referrals", CASEWORK, null),
            new Endpoint("POST", "/api/v1/cases/{id}/referrals", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/referrals/{id}", CASEWORK, null),
            new Endpoint("POST", "/api/v1/referrals/{id}/steps", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/referrals/{id}/pause", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/referrals/{id}/resume", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/referrals/{id}/withdraw", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/referral-providers", TEAM_VIEWERS, null),
            new Endpoint("POST", "/api/v1/referral-providers", ADMIN, "{}"),
            new Endpoint("PUT", "/api/v1/referral-providers/{id}", ADMIN, "{}"),
            new Endpoint("GET", "/api/v1/referral-products", TEAM_VIEWERS, null),
            new Endpoint("GET", "/api/v1/waiting-norms", TEAM_VIEWERS, null),
            new Endpoint("PUT", "/api/v1/waiting-norms/{id}", ADMIN, "{}"),
            new Endpoint("POST", "/api/v1/waiting-norms", ADMIN, "{}"),
            new Endpoint("POST", "/api/v1/referrals/{id}/check-ins", PROFESSIONAL, "{}"),
            new Endpoint("GET", "/api/v1/team-lead-dashboard/waiting-time-referrals", TEAMLEAD, null),
            new Endpoint("GET", "/api/v1/team-lead-dashboard", TEAMLEAD, null),
            new Endpoint("GET", "/api/v1/provider-board", CASEWORK, null),
            new Endpoint("POST", "/api/v1/referral-messages/imports", ADMIN, "UPLOAD"),
            new Endpoint("GET", "/api/v1/referral-messages/imports/{id}", ADMIN, null),
            new Endpoint("GET", "/api/v1/referral-messages/imports", ADMIN, null),
            new Endpoint("POST", "/api/v1/referral-messages/imports/{id}/resume", ADMIN, ""),
            new Endpoint("POST", "/api/v1/referral-messages/retention-runs", ADMIN, ""),
            new Endpoint("POST", "/api/v1/referral-messages/{id}/rematch", ADMIN, ""),
            new Endpoint("GET", "/api/v1/referral-messages", ADMIN, null),
            new Endpoint("POST", "/api/v1/signals", SIGNAL_INTAKE, "{}"),
            new Endpoint("GET", "/api/v1/signals/status", PARTNER, null),
            new Endpoint("GET", "/api/v1/signal-cases", CASEWORK, null),
            new Endpoint("GET", "/api/v1/signal-cases/end-results", CASEWORK, null),
            new Endpoint("GET", "/api/v1/signal-cases/{id}", CASEWORK, null),
            new Endpoint("POST", "/api/v1/signal-cases/{id}/contact-attempts", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/signal-cases/{id}/end-result", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/signal-cases/{id}/household", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/signal-cases/{id}/candidates/rejection", PROFESSIONAL, "{}"),
            new Endpoint("PUT", "/api/v1/signal-cases/{id}/assignee", CASEWORK, "{}"),
            new Endpoint("POST", "/api/v1/signal-cases/{id}/notes", PROFESSIONAL, "{}"),
            new Endpoint("POST", "/api/v1/signal-batches", BATCHES, "UPLOAD"),
            new Endpoint("GET", "/api/v1/signal-batches", BATCHES, null),
            new Endpoint("GET", "/api/v1/signal-batches/{id}", BATCHES, null),
            new Endpoint("GET", "/api/v1/signal-batches/{id}/rejections", BATCHES, null),
            new Endpoint("GET", "/api/v1/signal-batches/{id}/rejections.csv", BATCHES, "CSV"),
            new Endpoint("POST", "/api/v1/signal-batches/{id}/resume", ADMIN, ""),
            new Endpoint("GET", "/api/v1/signal-admin/ddas-delivery", ADMIN, null),
            new Endpoint("GET", "/api/v1/signal-partners", ADMIN, null),
            new Endpoint("POST", "/api/v1/signal-partners", ADMIN, "{}"),
            new Endpoint("PUT", "/api/v1/signal-partners/{id}", ADMIN, "{}"),
            new Endpoint("POST", "/api/v1/signal-admin/retention-runs", ADMIN, ""),
            new Endpoint("GET", "/api/v1/devtools/clock", ADMIN, null),
            new Endpoint("PUT", "/api/v1/devtools/clock", ADMIN, ""),
            new Endpoint("GET", "/api/v1/devtools/jvm", ADMIN, null),
            new Endpoint("GET", "/api/v1/workflow/instances/{processKey}/{businessKey}", ADMIN, null),
            new Endpoint("POST", "/api/v1/workflow/benchmark/starts", ADMIN, ""),
            new Endpoint("POST", "/api/v1/workflow/history-cleanup", ADMIN, ""),
            new Endpoint("PUT", "/api/v1/workflow/job-executor", ADMIN, ""),
            // issue 21, a node killed during a timer job: the devtools job hold (it matches no process instance here)
            new Endpoint("PUT", "/api/v1/workflow/job-hold", ADMIN, ""),
            new Endpoint("GET", "/api/v1/workflow/job-hold", ADMIN, null),
            new Endpoint("DELETE", "/api/v1/workflow/job-hold", ADMIN, null),
            // anonymised outcome monitoring (issue 18): policy releases, policy and the data warehouse read releases
            new Endpoint("GET", "/api/v1/monitoring/indicators", RELEASE_READERS, null),
            new Endpoint("POST", "/api/v1/monitoring/releases", POLICY, "{}"),
            new Endpoint("GET", "/api/v1/monitoring/releases", POLICY, null),
            new Endpoint("GET", "/api/v1/monitoring/feed", FEED, null),
            new Endpoint("GET", "/api/v1/monitoring/releases/{id}", RELEASE_READERS, null),
            new Endpoint("GET", "/api/v1/monitoring/releases/{id}/cells.csv", RELEASE_READERS, "CSV"));

    @BeforeAll
    static void aHouseholdOfTeamOost() {
        JsonObject caseFile = Cases.newCase(Api.as("fatima"));
        householdId = caseFile.getString("householdId");
        memberId = caseFile.getJsonObject("household").getJsonArray("members").getJsonObject(0).getString("id");
        caseId = caseFile.getString("id");
        signalCaseId = Signals.receive(Api.as("fatima"), Signals.plain(Households.uniquePostcode(), 5, "Poort"))
                .getString("id");
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
            case "CSV", "PDF" -> null;
            case "null" -> null;
            default -> endpoint.body();
        };
        if ("UPLOAD".equals(endpoint.body())) {
            return api.send(endpoint.method(), endpoint.concretePath(), "text/csv", "achternaam\nJansen\n");
        }
        if ("PDF".equals(endpoint.body())) {
            return api.get(endpoint.concretePath(), "application/pdf, application/problem+json");
        }
        if ("CSV".equals(endpoint.body())) {
            return api.get(endpoint.concretePath(), "text/csv");
        }
        return api.send(endpoint.method(), endpoint.concretePath(), body == null ? null : "application/json", body);
    }
}
