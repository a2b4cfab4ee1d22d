package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The production login in a real browser (issue 21, ADR 0024): the app on the server with {@code AUTH_MODE=oidc}
 * sends the browser to the identity provider's login page (the tests' Keycloak), and back in the app the user has
 * the roles of their groups and is shown by the name from the token, never the login name. Logging out ends the
 * session: its cookie no longer opens the API.
 */
class OidcLoginJourneyIT {

    private static final String APP = System.getProperty("wijkregie.oidc.baseUrl", "http://localhost:9192");
    private static final String PROVIDER = System.getProperty("wijkregie.oidc.providerUrl",
            "http://localhost:9190/realms/wijkregie");
    private static final String PASSWORD = "oidc-test-password";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeFalse(Boolean.getBoolean("wijkregie.oidc.skip"), "OIDC tests skipped (-Dit.oidc.skip=true)");
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void logInAtTheProvider(String user) {
        browser.driver().get(APP + "/");
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(PROVIDER + "/protocol/openid-connect/auth");
        browser.type("username", user);
        browser.type("password", PASSWORD);
        browser.click(By.id("kc-login"));
        browser.waitFor(By.cssSelector("nav[aria-label=Hoofdmenu]"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(APP + "/");
    }

    @Test
    void aProfessionalLogsInThroughTheProviderAndIsShownByTheNameFromTheToken() throws Exception {
        logInAtTheProvider("lotte");

        browser.waitForText(By.cssSelector(".wr-user-name"), "Lotte van Dijk");
        assertThat(browser.driver().findElement(By.cssSelector(".wr-user-name")).getText()).doesNotContain("lotte");
        String session = sessionCookie();
        HttpResponse<String> me = api("GET", "/api/v1/me", session);
        assertThat(me.body()).contains("\"userId\":\"lotte\"").contains("\"roles\":[\"professional\"]")
                .contains("\"displayName\":\"Lotte van Dijk\"");
        assertThat(api("GET", "/api/v1/referral-products", session).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/v1/access-log", session).statusCode()).isEqualTo(403);
        assertThat(api("GET", "/api/v1/team-lead-dashboard", session).statusCode()).isEqualTo(403);

        browser.click(By.xpath("//button[normalize-space()='Uitloggen']"));

        // the app then goes to the login page: the old session's cookie must be refused from the logout on
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(driver -> unauthenticated(session));
        assertThat(api("GET", "/api/v1/me", session).statusCode()).isEqualTo(401);
    }

    @Test
    void aTeamLeadLandsOnTheDashboardWithTheTeamLeadsApi() throws Exception {
        logInAtTheProvider("sanne");

        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.waitForText(By.cssSelector(".wr-user-name"), "Sanne Bakker");
        String session = sessionCookie();
        assertThat(api("GET", "/api/v1/team-lead-dashboard", session).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/api/v1/signal-partners", session).statusCode()).isEqualTo(403);
        browser.assertAccessible("dashboard after an OIDC login");
    }

    private static boolean unauthenticated(String cookie) {
        try {
            return api("GET", "/api/v1/me", cookie).statusCode() == 401;
        } catch (Exception e) {
            return false;
        }
    }

    /** The browser's cookies for the app after the login, as a Cookie header for calls outside the browser. */
    private String sessionCookie() {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        assertThat(cookies).as("the login cookie Liberty sets after the provider's answer").isNotEmpty();
        return cookies;
    }

    private static HttpResponse<String> api(String method, String path, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(APP + path)).header("Cookie", cookie)
                .header("Accept", "application/json, application/problem+json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
