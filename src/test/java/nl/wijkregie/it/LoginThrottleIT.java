package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is throttled per user name: after 5 failures within 15 minutes the name is refused for 15 minutes,
 * even with the right password (defaults). The end of the lock is shown with the devtools clock, not by waiting.
 */
class LoginThrottleIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final int MAX_FAILURES = 5;

    @AfterEach
    void forgetFailures() {
        TestDatabase.execute("delete from wijkregie.login_failure where user_name in ('zaanstroom', 'wouter')");
    }

    private static HttpResponse<String> basic(String user, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String formLogin(String user, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void locksBasicAuthenticationAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(basic("zaanstroom", "guess-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = basic("zaanstroom", Api.DEMO_PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(locked.body()).contains("too-many-requests").contains("Probeer het over");
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
        assertThat(basic("ZaanStroom", Api.DEMO_PASSWORD).statusCode()).as("the name's case does not matter")
                .isEqualTo(429);

        assertThat(Api.as("fatima").get("/api/v1/me").status()).as("other users are not affected").isEqualTo(200);

        Api anouk = Api.as("anouk");
        long offset = Long.parseLong(anouk.get("/api/v1/devtools/clock").field("offsetSeconds"));
        try {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=" + (offset + retryAfter + 1), "");
            assertThat(basic("zaanstroom", Api.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=" + offset, "");
        }
        assertThat(TestDatabase.count("select count(*) from wijkregie.login_failure where user_name = 'zaanstroom'"))
                .as("a successful login clears the count").isZero();
    }

    @Test
    void locksTheLoginFormWithADutchMessage() throws Exception {
        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(formLogin("wouter", "guess-" + i)).contains("fout=1");
        }

        assertThat(formLogin("wouter", Api.DEMO_PASSWORD)).contains("/login.html?fout=geblokkeerd&minuten=");
        assertThat(basic("wouter", Api.DEMO_PASSWORD).statusCode()).as("one count for form and API").isEqualTo(429);

        String page = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/login.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Te veel mislukte pogingen");
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            assertThat(basic("zaanstroom", "guess-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(basic("zaanstroom", Api.DEMO_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(basic("zaanstroom", "one-more-guess").statusCode()).isEqualTo(401);
        assertThat(basic("zaanstroom", Api.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    }
}
