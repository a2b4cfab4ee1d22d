package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Refused attempts are recorded apart from the access log, in their own transaction (the refused request itself rolls
 * back), and the administrator reads them page by page, per period and user.
 */
class RefusalLogIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Api anouk = Api.as("anouk");

    private List<JsonObject> refusalsOf(String user) {
        Api.Response page = anouk.get("/api/v1/access-log/refusals?size=100&user=" + user);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void recordsAnotherTeamsHouseholdAsARefusalThoughTheRequestRolledBack() {
        String id = Households.register(Api.as("fatima"));

        assertThat(Api.as("pieter").get("/api/v1/households/" + id).status()).isEqualTo(404);

        assertThat(refusalsOf("pieter")).anySatisfy(refusal -> {
            assertThat(refusal.getString("reason")).isEqualTo("OUT_OF_SCOPE");
            assertThat(refusal.getString("reasonLabel")).isEqualTo("Buiten eigen team");
            assertThat(refusal.getInt("status")).isEqualTo(404);
            assertThat(refusal.getString("method")).isEqualTo("GET");
            assertThat(refusal.getString("path")).isEqualTo("/api/v1/households/" + id);
        });
    }

    @Test
    void doesNotRecordAnUnknownIdAsAScopeRefusal() {
        String unknown = UUID.randomUUID().toString();
        assertThat(Api.as("pieter").get("/api/v1/households/" + unknown).status()).isEqualTo(404);

        assertThat(TestDatabase.count("select count(*) from wijkregie.refused_attempt where path like ?",
                "%" + unknown)).isZero();
    }

    @Test
    void recordsARefusedRole() {
        assertThat(Api.as("bram").get("/api/v1/households").status()).isEqualTo(403);

        assertThat(refusalsOf("bram")).anySatisfy(refusal -> {
            assertThat(refusal.getString("reason")).isEqualTo("FORBIDDEN");
            assertThat(refusal.getString("path")).isEqualTo("/api/v1/households");
        });
    }

    @Test
    void recordsFailedLoginsWithTheNameTried() throws Exception {
        String name = "onbekend" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> basic = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((name + ":fout").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + name + "&j_password=fout")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.headers().firstValue("Location").orElseThrow()).contains("fout=1");

        List<JsonObject> refusals = refusalsOf(name);
        assertThat(refusals).hasSize(2).allSatisfy(refusal -> {
            assertThat(refusal.getString("reason")).isEqualTo("LOGIN_FAILED");
            assertThat(refusal.getString("reasonLabel")).isEqualTo("Inloggen mislukt");
            assertThat(refusal.getString("userName")).isEqualTo(name);
        });
        assertThat(refusals).extracting(r -> r.getString("path"))
                .containsExactly("/j_security_check", "/api/v1/me");
        TestDatabase.execute("delete from wijkregie.login_failure where user_name = ?", name);
    }

    @Test
    void doesNotRecordAVisitWithoutAnyLogin() {
        long before = TestDatabase.count("select count(*) from wijkregie.refused_attempt where user_name is null");
        assertThat(Api.anonymous().get("/api/v1/me").status()).isEqualTo(401);
        assertThat(TestDatabase.count("select count(*) from wijkregie.refused_attempt where user_name is null"))
                .isEqualTo(before);
    }

    @Test
    void pagesAndFiltersByPeriod() {
        Api bram = Api.as("bram");
        bram.get("/api/v1/households");
        bram.get("/api/v1/cases");
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

        Api.Response first = anouk.get("/api/v1/access-log/refusals?user=bram&size=1&from=" + today + "&to=" + today);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().getJsonArray("items")).hasSize(1);
        assertThat(first.json().getJsonNumber("totalItems").longValue()).isGreaterThanOrEqualTo(2);

        Api.Response past = anouk.get("/api/v1/access-log/refusals?user=bram&from=2020-01-01&to=2020-12-31");
        assertThat(past.json().getJsonNumber("totalItems").longValue()).isZero();
    }

    @Test
    void refusesABadPeriodWithoutAServerError() {
        assertThat(anouk.get("/api/v1/access-log/refusals?from=gisteren").status()).isEqualTo(400);
        assertThat(anouk.get("/api/v1/access-log/refusals?from=2026-02-30").status()).isEqualTo(422);
        assertThat(anouk.get("/api/v1/access-log/refusals?from=2026-03-02&to=2026-03-01").status()).isEqualTo(422);
        assertThat(anouk.get("/api/v1/access-log/refusals?size=1000").status()).isEqualTo(400);
    }
}
