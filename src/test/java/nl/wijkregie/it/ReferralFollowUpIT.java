package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's follow-ups: the bridging check-in's form (answers on the referral, "not safe" gives the team lead a
 * task), the referral's steps as sentences on the case timeline, the drill-down behind the waiting-time table, and
 * the norms as the administrator's configuration.
 */
class ReferralFollowUpIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Api fatima = Api.as("fatima");
    private final Api sanne = Api.as("sanne");
    private final Api anouk = Api.as("anouk");

    private static List<JsonObject> tasksOf(Api api, String referralId) {
        JsonArray items = api.get("/api/v1/tasks?size=100&subject=" + referralId).json().getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream()
                .filter(t -> "verwijzing".equals(t.getString("processKey"))).toList();
    }

    private static List<String> taskKeys(Api api, String referralId) {
        return tasksOf(api, referralId).stream().map(t -> t.getString("taskKey")).toList();
    }

    private List<String> timeline(String caseId) {
        return fatima.get("/api/v1/cases/" + caseId + "/timeline?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("summary")).toList();
    }

    @Test
    void checkInTaskIsCompletedByItsFormAndNotSafeGivesTheTeamLeadATask() {
        JsonObject provider = Referrals.provider("Overbrug Jeugd");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        LocalDate today = LocalDate.now(ZONE);
        String id = Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"), today, today)
                .json().getString("id");
        try {
            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(15).toSeconds(), "")
                    .status()).isEqualTo(200);
            Signals.await("the bridging check-in", Duration.ofSeconds(90),
                    () -> taskKeys(fatima, id).contains("checkIn"));
            String taskId = tasksOf(fatima, id).stream().filter(t -> "checkIn".equals(t.getString("taskKey")))
                    .findFirst().orElseThrow().getString("id");
            Api.Response oneClick = fatima.post("/api/v1/tasks/" + taskId + "/complete", "");
            assertThat(oneClick.status()).as("the inbox cannot complete it: it needs the answers").isEqualTo(422);

            Api.Response missing = fatima.post("/api/v1/referrals/" + id + "/check-ins", "{\"safe\":false}");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(Referrals.violation(missing, "interimSupportNeeded")).isNotNull();
            Api.Response future = fatima.post("/api/v1/referrals/" + id + "/check-ins",
                    "{\"safe\":true,\"interimSupportNeeded\":false,\"heldOn\":\"" + today.plusDays(40) + "\"}");
            assertThat(future.status()).isEqualTo(400);
            assertThat(Referrals.violation(future, "heldOn")).isNotNull();
            assertThat(taskKeys(fatima, id)).contains("checkIn");

            Api.Response recorded = fatima.post("/api/v1/referrals/" + id + "/check-ins",
                    "{\"safe\":false,\"interimSupportNeeded\":true}");
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
            JsonObject checkIn = recorded.json().getJsonArray("checkIns").getJsonObject(0);
            assertThat(checkIn.getBoolean("safe")).isFalse();
            assertThat(checkIn.getBoolean("interimSupportNeeded")).isTrue();
            assertThat(checkIn.getString("recordedByName")).isEqualTo("Fatima el Amrani");
            assertThat(checkIn.getString("heldOn")).isEqualTo(today.plusDays(15).toString());
            assertThat(taskKeys(fatima, id)).doesNotContain("checkIn");
            assertThat(taskKeys(sanne, id)).contains("unsafeWhileWaiting");
            assertThat(taskKeys(Api.as("wouter"), id)).isEmpty();
            assertThat(fatima.get("/api/v1/referrals/" + id).json().getJsonArray("checkIns")).hasSize(1);
            assertThat(timeline(caseFile.getString("id"))).anySatisfy(line -> assertThat(line).startsWith(
                    "Verwijzing jeugdhulp: overbruggingscontact op ").contains("situatie niet veilig"));

            Api.Response started = Referrals.step(fatima, id, "CARE_STARTED", today.plusDays(15));
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            assertThat(taskKeys(sanne, id)).as("care started ends every task").isEmpty();
            Api.Response late = fatima.post("/api/v1/referrals/" + id + "/check-ins",
                    "{\"safe\":true,\"interimSupportNeeded\":false}");
            assertThat(late.status()).as("no check-in once care started").isEqualTo(422);
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }
    }

    @Test
    void theReferralsStepsAreSentencesOnTheCaseTimeline() {
        JsonObject provider = Referrals.provider("Tijdlijn Wmo");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        LocalDate today = LocalDate.now(ZONE);
        String id = Referrals.create(fatima, caseFile, "WMO", "02", provider.getString("id"), today.minusDays(10),
                today.minusDays(9)).json().getString("id");
        assertThat(Referrals.step(fatima, id, "ALLOCATED", today.minusDays(5)).status()).isEqualTo(200);
        assertThat(fatima.post("/api/v1/referrals/" + id + "/pause",
                "{\"reason\":\"RESIDENT_WISH\",\"from\":\"" + today.minusDays(4) + "\"}").status()).isEqualTo(200);
        assertThat(fatima.post("/api/v1/referrals/" + id + "/resume", "{\"on\":\"" + today.minusDays(2) + "\"}")
                .status()).isEqualTo(200);
        assertThat(fatima.post("/api/v1/referrals/" + id + "/withdraw", "{\"reason\":\"OTHER_SOLUTION\"}").status())
                .isEqualTo(200);

        List<String> lines = timeline(caseFile.getString("id"));
        assertThat(lines).contains(
                "Verwijzing Wmo-ondersteuning: behoefte vastgesteld op " + dutch(today.minusDays(10)),
                "Verwijzing Wmo-ondersteuning: aanvraag verstuurd op " + dutch(today.minusDays(9)),
                "Verwijzing Wmo-ondersteuning: toewijzing ontvangen op " + dutch(today.minusDays(5)),
                "Verwijzing Wmo-ondersteuning: wachten gepauzeerd vanaf " + dutch(today.minusDays(4))
                        + " (op eigen verzoek van de inwoner)",
                "Verwijzing Wmo-ondersteuning: wachten hervat op " + dutch(today.minusDays(2)),
                "Verwijzing Wmo-ondersteuning: ingetrokken op " + dutch(today) + " (andere oplossing)");
    }

    @Test
    void aWaitingTimeCellOpensTheTeamsReferralsBehindIt() {
        JsonObject provider = Referrals.provider("Doorklik Zorg");
        String providerId = provider.getString("id");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        LocalDate today = LocalDate.now(ZONE);
        String id = Referrals.create(fatima, caseFile, "WMO", "03", providerId, today.minusDays(30),
                today.minusDays(25)).json().getString("id");
        assertThat(Referrals.step(fatima, id, "CARE_STARTED", today.minusDays(1)).status()).isEqualTo(200);

        String cell = "/api/v1/team-lead-dashboard/waiting-time-referrals?product=03&provider=" + providerId;
        Api.Response opened = sanne.get(cell);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        List<JsonObject> rows = opened.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getString("caseId")).isEqualTo(caseFile.getString("id"));
            assertThat(row.getInt("waitingDays")).isEqualTo(24);
            assertThat(row.getString("providerName")).isEqualTo("Doorklik Zorg");
            assertThat(row.getString("memberName")).isEqualTo("Lotte Verwijs");
        });
        assertThat(sanne.get(cell + "&wijk=WK047901").structure().asJsonArray()).hasSize(1);
        assertThat(sanne.get(cell + "&wijk=-").structure().asJsonArray()).isEmpty();
        assertThat(Api.as("wouter").get(cell).structure().asJsonArray()).as("another team's cases").isEmpty();
        assertThat(fatima.get(cell).status()).isEqualTo(403);
        Api.Response noProduct = sanne.get("/api/v1/team-lead-dashboard/waiting-time-referrals");
        assertThat(noProduct.status()).isEqualTo(400);
        assertThat(sanne.get(cell + "&from=" + today + "&to=" + today.minusDays(3)).status()).isEqualTo(400);
    }

    @Test
    void theAdministratorKeepsTheNormsWithTheirSource() {
        Api.Response added = anouk.post("/api/v1/waiting-norms", """
                {"appliesTo":"08","region":"WK047901","normDays":35,"warningDays":21,"checkInDays":14,
                 "source":"Regionale afspraak vervoer"}""");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String normId = added.json().getString("id");
        assertThat(added.json().getString("changedByName")).isEqualTo("Anouk de Graaf");
        assertThat(anouk.post("/api/v1/waiting-norms", """
                {"appliesTo":"08","region":"WK047901","normDays":35,"warningDays":21,"checkInDays":14,
                 "source":"Nog eens"}""").status()).isEqualTo(409);
        Api.Response unknown = anouk.post("/api/v1/waiting-norms", """
                {"appliesTo":"ZZ","normDays":35,"warningDays":21,"checkInDays":14,"source":"x"}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(Referrals.violation(unknown, "appliesTo")).isNotNull();

        Api.Response warningAfterNorm = anouk.put("/api/v1/waiting-norms/" + normId, """
                {"normDays":35,"warningDays":35,"checkInDays":14,"source":"Regionale afspraak vervoer"}""");
        assertThat(warningAfterNorm.status()).isEqualTo(400);
        assertThat(Referrals.violation(warningAfterNorm, "warningDays")).isNotNull();
        Api.Response zero = anouk.put("/api/v1/waiting-norms/" + normId, """
                {"normDays":0,"warningDays":0,"checkInDays":14,"source":"x"}""");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(Referrals.violation(zero, "normDays")).isNotNull();

        Api.Response changed = anouk.put("/api/v1/waiting-norms/" + normId, """
                {"normDays":42,"warningDays":28,"checkInDays":7,"source":"Regionale afspraak vervoer 2027"}""");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonObject listed = fatima.get("/api/v1/waiting-norms").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("id").equals(normId)).findFirst().orElseThrow();
        assertThat(listed.getInt("normDays")).isEqualTo(42);
        assertThat(listed.getString("source")).isEqualTo("Regionale afspraak vervoer 2027");
        assertThat(listed.getString("changedByName")).isEqualTo("Anouk de Graaf");
        assertThat(listed.getString("changedAt")).isNotBlank();
        assertThat(fatima.post("/api/v1/waiting-norms", "{}").status()).isEqualTo(403);
    }

    private static String dutch(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
    }
}
