package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production login's machine side (issue 21, ADR 0024): a signal partner's system gets a token from the identity
 * provider with client credentials and calls the API of the server that runs with {@code AUTH_MODE=oidc}
 * (wijkregie-it-oidc, against the tests' Keycloak). The browser side is {@code ui.OidcLoginJourneyIT}.
 */
class OidcIT {

    /** The server with the production login, and the test realm of the identity provider. */
    public static final String OIDC_URL = System.getProperty("wijkregie.oidc.baseUrl", "http://localhost:9192");
    public static final String PROVIDER_URL = System.getProperty("wijkregie.oidc.providerUrl",
            "http://localhost:9190/realms/wijkregie");
    /** Keycloak names a client's service account so: the account the admin registers for the partner. */
    private static final String PARTNER_ACCOUNT = "service-account-woonzaam";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void registerThePartnersAccount() {
        assumeFalse(Boolean.getBoolean("wijkregie.oidc.skip"), "OIDC tests skipped (-Dit.oidc.skip=true)");
        awaitReady();
        Api.Response registered = Api.as("anouk").post("/api/v1/signal-partners", """
                {"account":"%s","organisation":"Woonzaam via OIDC","partnerType":"HUUR","active":true}"""
                .formatted(PARTNER_ACCOUNT));
        assertThat(registered.status()).as(registered.toString()).isIn(201, 409);
    }

    @Test
    void aPartnersClientCredentialsTokenIsAcceptedOnTheSignalPartnerApi() throws Exception {
        String token = clientCredentials("woonzaam", "woonzaam-oidc-test-secret");

        HttpResponse<String> status = get("/api/v1/signals/status", "Bearer " + token);

        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(get("/api/v1/me", "Bearer " + token).body())
                .contains("\"userId\":\"" + PARTNER_ACCOUNT + "\"").contains("\"roles\":[\"signal-partner\"]");
    }

    @Test
    void thePartnersTokenOpensNothingElse() throws Exception {
        String token = clientCredentials("woonzaam", "woonzaam-oidc-test-secret");

        HttpResponse<String> admin = get("/api/v1/signal-partners", "Bearer " + token);

        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aValidTokenWithoutTheGroupIsForbidden() throws Exception {
        String token = clientCredentials("zonder-rol", "zonder-rol-oidc-test-secret");

        HttpResponse<String> status = get("/api/v1/signals/status", "Bearer " + token);

        assertThat(status.statusCode()).as(status.body()).isEqualTo(403);
    }

    @Test
    void aGarbageOrMissingTokenIsUnauthenticatedNotARedirect() throws Exception {
        HttpResponse<String> garbage = get("/api/v1/signals/status", "Bearer not.a.token");
        HttpResponse<String> none = get("/api/v1/signals/status", null);

        // the token is refused by Liberty's OIDC client before the application: 401, no login page
        assertThat(garbage.statusCode()).as(garbage.body()).isEqualTo(401);
        assertThat(garbage.headers().firstValue("Location")).isEmpty();
        assertThat(garbage.body()).doesNotContain("openid-connect/auth");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theBrowsersLoginPageSendsTheUserToTheIdentityProvider() throws Exception {
        HttpResponse<String> login = get("/login", null);

        // Liberty answers with a page that redirects in the browser (keeping the address's fragment) or a 302
        String target = login.statusCode() == 302 ? login.headers().firstValue("Location").orElseThrow() : login.body();
        assertThat(login.statusCode()).isIn(200, 302);
        assertThat(target).contains(PROVIDER_URL + "/protocol/openid-connect/auth").contains("client_id=wijkregie")
                .contains("redirect_uri=" + java.net.URLEncoder.encode(OIDC_URL + "/oidcclient/redirect/wijkregie",
                        StandardCharsets.UTF_8));
    }

    static String clientCredentials(String client, String secret) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                        URI.create(PROVIDER_URL + "/protocol/openid-connect/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(answer.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(OIDC_URL + path))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The OIDC server, like the others, says it started before its application is ready. */
    static void awaitReady() {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(OIDC_URL + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
