package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Browser hardening headers on the UI, the login page and the API (answers and refusals alike). */
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpHeaders headersOf(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE_URL + path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login.html", "/api/v1/me", "/api/v1/households"})
    void sendsTheHardeningHeaders(String path) throws Exception {
        assertHardened(headersOf(to(path)));
    }

    @Test
    void sendsThemOnAnsweredApiCallsToo() throws Exception {
        HttpHeaders headers = headersOf(to("/api/v1/me").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("fatima:" + Api.DEMO_PASSWORD).getBytes())));
        assertHardened(headers);
    }

    @Test
    void sendsThemOnTheFormLoginAnswer() throws Exception {
        HttpHeaders headers = headersOf(to("/j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=headers-check&j_password=wrong")));
        assertHardened(headers);
        TestDatabase.execute("delete from wijkregie.login_failure where user_name = 'headers-check'");
    }

    @Test
    void sendsHstsOnlyWhenTheBrowserUsesHttps() throws Exception {
        assertThat(headersOf(to("/login.html")).firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(headersOf(to("/login.html").header("X-Forwarded-Proto", "https"))
                .firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
    }

    private static void assertHardened(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
}
