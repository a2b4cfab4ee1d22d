package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The team lead's dashboard against a hand-computed fixture. In February 2025 (a period no other test uses) care
 * started for 19 referrals of product 41 in wijk WK047901: ten with provider X, waiting 10, 20, ..., 100 days, and
 * nine with provider Y, waiting 5 days each. By hand (nearest rank):
 * <ul>
 *     <li>product × wijk × X: n = 10, p50 = the 5th value = 50, p90 = the 9th = 90;</li>
 *     <li>product × wijk × Y: n = 9 &lt; 10: no percentile ("&lt;10");</li>
 *     <li>product × wijk: n = 19, sorted 5 (×9), 10, 20, ..., 100: p50 = the 10th = 10, p90 = the 18th = 90.</li>
 * </ul>
 * Outflow: 19 referrals left the list in the period. Another team's lead sees none of it.
 */
class ReferralDashboardIT {

    private static final LocalDate FEB = LocalDate.of(2025, 2, 3);

    private static Optional<JsonObject> row(JsonObject dashboard, String providerId, boolean allProviders) {
        return dashboard.getJsonArray("waitingTimes").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("productCode").equals("41"))
                .filter(r -> "WK047901".equals(r.getString("wijkCode", null)))
                .filter(r -> allProviders ? !r.containsKey("providerId") || r.isNull("providerId")
                        : providerId.equals(r.getString("providerId", null)))
                .findFirst();
    }

    @Test
    void percentilesPerProductWijkAndProviderMatchTheHandComputedFixture() {
        Api fatima = Api.as("fatima");
        JsonObject x = Referrals.provider("Dagbehandeling X");
        JsonObject y = Referrals.provider("Dagbehandeling Y");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        for (int days = 10; days <= 100; days += 10) {
            started(fatima, caseFile, x.getString("id"), days);
        }
        for (int i = 0; i < 9; i++) {
            started(fatima, caseFile, y.getString("id"), 5);
        }

        Api.Response response = Api.as("sanne").get("/api/v1/team-lead-dashboard?from=2025-02-01&to=2025-02-28");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonObject dashboard = response.json();
        JsonObject ofX = row(dashboard, x.getString("id"), false).orElseThrow();
        assertThat(ofX.getInt("count")).isEqualTo(10);
        assertThat(ofX.getInt("p50")).isEqualTo(50);
        assertThat(ofX.getInt("p90")).isEqualTo(90);
        JsonObject ofY = row(dashboard, y.getString("id"), false).orElseThrow();
        assertThat(ofY.getInt("count")).isEqualTo(9);
        assertThat(ofY.containsKey("p50") && !ofY.isNull("p50")).as("fewer than 10: no percentile").isFalse();
        JsonObject productWijk = row(dashboard, null, true).orElseThrow();
        assertThat(productWijk.getInt("count")).isEqualTo(19);
        assertThat(productWijk.getInt("p50")).isEqualTo(10);
        assertThat(productWijk.getInt("p90")).isEqualTo(90);
        assertThat(dashboard.getJsonArray("flow").getValuesAs(JsonObject.class).stream()
                .mapToInt(f -> f.getInt("outflow")).sum()).isEqualTo(19);

        JsonObject otherTeam = Api.as("wouter").get("/api/v1/team-lead-dashboard?from=2025-02-01&to=2025-02-28")
                .json();
        assertThat(row(otherTeam, x.getString("id"), false)).isEmpty();
        assertThat(Api.as("fatima").get("/api/v1/team-lead-dashboard").status()).isEqualTo(403);
        Api.Response badPeriod = Api.as("sanne").get("/api/v1/team-lead-dashboard?from=2025-03-01&to=2025-02-01");
        assertThat(badPeriod.status()).as(badPeriod.toString()).isEqualTo(400);
    }

    @Test
    void caseloadUnassignedAndTheWijkteamsOwnWaitingListComeFromTheCaseFile() {
        Api fatima = Api.as("fatima");
        long waitingBefore = Api.as("sanne").get("/api/v1/team-lead-dashboard").json()
                .getJsonNumber("awaitingIntakeCount").longValue();
        JsonObject caseFile = Cases.newCase(fatima);

        JsonObject dashboard = Api.as("sanne").get("/api/v1/team-lead-dashboard").json();

        assertThat(dashboard.getInt("intakeNormDays")).isEqualTo(14);
        assertThat(dashboard.getJsonNumber("awaitingIntakeCount").longValue()).isEqualTo(waitingBefore + 1);
        List<JsonObject> listed = dashboard.getJsonArray("awaitingIntake").getValuesAs(JsonObject.class);
        assertThat(listed).hasSizeLessThanOrEqualTo(10);
        assertThat(listed).extracting(c -> c.getString("since")).isSorted();
        assertThat(listed).allSatisfy(c -> assertThat(c.getInt("daysLeft")).isEqualTo(14
                - (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(c.getString("since")),
                LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")))));
        List<String> names = dashboard.getJsonArray("caseload").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("professionalName")).toList();
        assertThat(names).doesNotContain("fatima", "sanne");
        Cases.transition(fatima, Cases.get(fatima, caseFile.getString("id")), "INTAKE");
        JsonObject after = Api.as("sanne").get("/api/v1/team-lead-dashboard").json();
        assertThat(after.getJsonNumber("awaitingIntakeCount").longValue()).isEqualTo(waitingBefore);
        assertThat(after.getJsonArray("awaitingIntake").getValuesAs(JsonObject.class))
                .noneSatisfy(c -> assertThat(c.getString("caseId")).isEqualTo(caseFile.getString("id")));
    }

    /**
     * Node B keeps the figures a minute (the default), node A recomputes them on every call: a referral that starts
     * care is not in B's figures until they expire or are refreshed, and the copy A computes is the one B then serves.
     */
    @Test
    void theFiguresAreKeptAMinuteInTheDatabaseAndEveryNodeServesTheSameCopy() {
        Api fatima = Api.as("fatima");
        Api sanneOnB = Api.as("sanne").onNodeB();
        JsonObject provider = Referrals.provider("Dagbehandeling Z");
        String period = "?from=2024-06-01&to=2024-06-30";
        JsonObject first = sanneOnB.get("/api/v1/team-lead-dashboard" + period + "&refresh=true").json();
        String computedAt = first.getString("figuresAt");

        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        Api.Response created = Referrals.create(fatima, caseFile, "JEUGD", "41", provider.getString("id"),
                LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 3));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(Referrals.step(fatima, created.json().getString("id"), "CARE_STARTED", LocalDate.of(2024, 6, 10))
                .status()).isEqualTo(200);

        JsonObject kept = sanneOnB.get("/api/v1/team-lead-dashboard" + period).json();
        assertThat(kept.getString("figuresAt")).isEqualTo(computedAt);
        assertThat(outflow(kept)).isEqualTo(outflow(first));

        JsonObject onA = Api.as("sanne").get("/api/v1/team-lead-dashboard" + period).json();
        assertThat(Instant.parse(onA.getString("figuresAt"))).isAfter(Instant.parse(computedAt));
        assertThat(outflow(onA)).isEqualTo(outflow(first) + 1);
        JsonObject shared = sanneOnB.get("/api/v1/team-lead-dashboard" + period).json();
        assertThat(shared.getString("figuresAt")).isEqualTo(onA.getString("figuresAt"));
        assertThat(outflow(shared)).isEqualTo(outflow(onA));
        JsonObject refreshed = sanneOnB.get("/api/v1/team-lead-dashboard" + period + "&refresh=true").json();
        assertThat(Instant.parse(refreshed.getString("figuresAt")))
                .isAfterOrEqualTo(Instant.parse(onA.getString("figuresAt")));
    }

    private static int outflow(JsonObject dashboard) {
        return dashboard.getJsonArray("flow").getValuesAs(JsonObject.class).stream().mapToInt(f -> f.getInt("outflow"))
                .sum();
    }

    private static void started(Api api, JsonObject caseFile, String providerId, int waitedDays) {
        LocalDate start = FEB.plusDays(waitedDays % 20);
        LocalDate request = start.minusDays(waitedDays);
        Api.Response created = Referrals.create(api, caseFile, "JEUGD", "41", providerId, request, request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response started = Referrals.step(api, created.json().getString("id"), "CARE_STARTED", start);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
    }
}
