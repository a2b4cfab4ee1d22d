package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The browser's way in: container form login, a session cookie, the CSRF header, and logout. */
class BrowserSessionIT {

    private final CookieJar cookies = new CookieJar();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private HttpResponse<String> submitted;

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(Api.BASE_URL + path));
    }

    private void logIn() throws Exception {
        HttpResponse<String> login = send(to("/login"));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).contains("/login.html");

        submitted = send(to("/j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=fatima&j_password=" + Api.DEMO_PASSWORD)));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> landed = send(to("/login"));
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location").orElseThrow()).endsWith("/");
    }

    @Test
    void logsInWithTheFormAndUsesTheSession() throws Exception {
        logIn();

        HttpResponse<String> me = send(to("/api/v1/me"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"userId\":\"fatima\"");
    }

    @Test
    void refusesStateChangesFromTheSessionWithoutTheCsrfHeader() throws Exception {
        logIn();
        String street = Households.uniqueStreet();

        HttpResponse<String> forged = send(to("/api/v1/households").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Households.json(street))));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(TestDatabase.count("select count(*) from wijkregie.household where street = ?", street)).isZero();

        HttpResponse<String> genuine = send(to("/api/v1/households").header("Content-Type", "application/json")
                .header("X-Requested-With", "wijkregie")
                .POST(HttpRequest.BodyPublishers.ofString(Households.json(street))));
        assertThat(genuine.statusCode()).isEqualTo(201);
    }

    @Test
    void endsTheSessionOnLogout() throws Exception {
        logIn();

        HttpResponse<String> logout = send(to("/api/v1/session/logout").header("X-Requested-With", "wijkregie")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(204);

        assertThat(send(to("/api/v1/me")).statusCode()).isEqualTo(401);
    }

    @Test
    void marksTheLoginCookieSecureWhenTheBrowserUsesHttps() throws Exception {
        send(to("/login").header("X-Forwarded-Proto", "https"));
        HttpResponse<String> overHttps = send(to("/j_security_check").header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=fatima&j_password=" + Api.DEMO_PASSWORD)));

        assertThat(overHttps.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("LtpaToken2="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly")
                        .contains("SameSite=Strict"));
    }

    @Test
    void keepsTheLoginCookieUsableOverPlainHttp() throws Exception {
        logIn();

        assertThat(submitted.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("LtpaToken2="))
                .singleElement().satisfies(cookie -> assertThat(cookie).doesNotContain("Secure").contains("HttpOnly"));
    }

    @Test
    void refusesTheOldCookieAfterLogout() throws Exception {
        logIn();
        String token = cookies.value("LtpaToken2");
        assertThat(token).isNotBlank();

        assertThat(send(to("/api/v1/session/logout").header("X-Requested-With", "wijkregie")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);

        HttpResponse<String> replayed = HttpClient.newHttpClient().send(to("/api/v1/me")
                .header("Cookie", "LtpaToken2=" + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replayed.statusCode()).isEqualTo(401);
    }

    @Test
    void sendsAWrongPasswordBackToTheForm() throws Exception {
        send(to("/login"));
        HttpResponse<String> submitted = send(to("/j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=fatima&j_password=wrong")));
        assertThat(submitted.headers().firstValue("Location").orElse(submitted.body())).contains("fout=1");
    }
}
