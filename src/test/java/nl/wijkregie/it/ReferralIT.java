package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Referrals over HTTP: the chain of dates with pauses and the waiting time against the norm, bad input refused
 * naming the field with nothing stored, team scope (another team's referral is "not found"), access logging of every
 * read of a person's referral, the provider board for professionals.
 */
class ReferralIT {

    private final Api fatima = Api.as("fatima");
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    private static long referrals(String caseId) {
        return TestDatabase.count("select count(*) from wijkregie.waitinglist_referral where case_id = ?::uuid",
                caseId);
    }

    private static long accessEntries(String memberId, String action) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = ?", memberId, action);
    }

    @Test
    void theChainWithAPauseAtTheResidentsWishCountsOnlyTheRealWait() {
        JsonObject provider = Referrals.provider("Zorgaanbieder Keten");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        Api.Response created = Referrals.create(fatima, caseFile, "WMO", "02", provider.getString("id"),
                today.minusDays(30), today.minusDays(20));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.json().getString("status")).isEqualTo("WAITING");
        assertThat(created.json().getInt("normDays")).as("Wmo 6 + 2 weeks").isEqualTo(56);
        assertThat(created.json().getString("memberName")).isEqualTo("Lotte Verwijs");

        Api.Response paused = fatima.post("/api/v1/referrals/" + id + "/pause",
                "{\"reason\":\"RESIDENT_WISH\",\"from\":\"%s\"}".formatted(today.minusDays(10)));
        assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
        assertThat(paused.json().getString("status")).isEqualTo("PAUSED");
        Api.Response resumed = fatima.post("/api/v1/referrals/" + id + "/resume",
                "{\"on\":\"%s\"}".formatted(today.minusDays(5)));
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        JsonObject waited = resumed.json().getJsonObject("waitingTime");
        assertThat(waited.getInt("grossDays")).isEqualTo(20);
        assertThat(waited.getInt("residentWishDays")).isEqualTo(5);
        assertThat(waited.getInt("countedDays")).isEqualTo(15);
        assertThat(resumed.json().getInt("daysLeft")).isEqualTo(56 - 15);

        assertThat(Referrals.step(fatima, id, "ALLOCATED", today.minusDays(3)).status()).isEqualTo(200);
        String outcomes = "select count(*) from wijkregie.outcome_fact where measure = ? and domain = 'WMO'"
                + " and category = '02' and value = ?";
        long startedBefore = TestDatabase.count(outcomes, "REFERRAL_STARTED", 14);
        long withinNormBefore = TestDatabase.count(outcomes, "REFERRAL_WITHIN_NORM", 1);
        Api.Response started = Referrals.step(fatima, id, "CARE_STARTED", today.minusDays(1));

        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().getString("status")).isEqualTo("IN_CARE");
        assertThat(started.json().getJsonObject("waitingTime").getInt("countedDays")).isEqualTo(14);
        assertThat(started.json().getJsonObject("waitingTime").getInt("allocationToStartDays")).isEqualTo(2);
        assertThat(started.json().getJsonArray("steps").getValuesAs(JsonObject.class))
                .filteredOn(s -> s.getString("step").equals("CARE_STARTED"))
                .extracting(s -> s.getString("source")).containsExactly("HAND");
        JsonObject instance = Api.as("anouk").get("/api/v1/workflow/instances/verwijzing/" + id).json();
        assertThat(instance.getJsonArray("active")).as("the process ended when care started").isEmpty();
        assertThat(TestDatabase.count("select waiting_days from wijkregie.waitinglist_referral where id = ?::uuid",
                id)).isEqualTo(14);
        assertThat(TestDatabase.count(outcomes, "REFERRAL_STARTED", 14)).as("outcome monitoring: waited 14 days")
                .isEqualTo(startedBefore + 1);
        assertThat(TestDatabase.count(outcomes, "REFERRAL_WITHIN_NORM", 1)).as("within the norm of 56 days")
                .isEqualTo(withinNormBefore + 1);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        JsonObject provider = Referrals.provider("Zorgaanbieder Invoer");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        JsonObject otherCase = Referrals.caseWithMember(fatima, Households.randomBsn());
        String caseId = caseFile.getString("id");

        Api.Response product = Referrals.create(fatima, caseFile, "WMO", "99", provider.getString("id"), null, null);
        Api.Response domain = Referrals.create(fatima, caseFile, "JEUGD", "02", provider.getString("id"), null,
                null);
        Api.Response member = fatima.post("/api/v1/cases/" + caseId + "/referrals", """
                {"memberId":"%s","domain":"WMO","productCode":"02","providerId":"%s"}"""
                .formatted(Referrals.memberOf(otherCase), provider.getString("id")));
        Api.Response future = Referrals.create(fatima, caseFile, "WMO", "02", provider.getString("id"),
                today.plusDays(1), null);
        Api.Response unknownProvider = Referrals.create(fatima, caseFile, "WMO", "02",
                "00000000-0000-4000-8000-000000000000", null, null);
        Api.Response malformed = fatima.post("/api/v1/cases/" + caseId + "/referrals",
                "{\"memberId\":\"x\",\"domain\":\"WMO\",\"productCode\":\"02\",\"providerId\":\"y\"}");

        assertThat(product.status()).as(product.toString()).isEqualTo(400);
        assertThat(Referrals.violation(product, "productCode")).isNotNull();
        assertThat(domain.status()).isEqualTo(400);
        assertThat(Referrals.violation(domain, "domain")).isNotNull();
        assertThat(member.status()).isEqualTo(400);
        assertThat(Referrals.violation(member, "memberId")).isNotNull();
        assertThat(future.status()).isEqualTo(400);
        assertThat(Referrals.violation(future, "needEstablishedOn")).isNotNull();
        assertThat(unknownProvider.status()).isEqualTo(400);
        assertThat(Referrals.violation(unknownProvider, "providerId")).isNotNull();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
        assertThat(referrals(caseId)).isZero();

        String id = Referrals.create(fatima, caseFile, "WMO", "02", provider.getString("id"), today.minusDays(9),
                today.minusDays(8)).json().getString("id");
        Referrals.step(fatima, id, "ALLOCATED", today.minusDays(2));
        Api.Response beforeAllocation = Referrals.step(fatima, id, "CARE_STARTED", today.minusDays(4));
        Api.Response endWithoutStart = Referrals.step(fatima, id, "CARE_ENDED", today);
        assertThat(beforeAllocation.status()).as(beforeAllocation.toString()).isEqualTo(400);
        assertThat(Referrals.violation(beforeAllocation, "on")).contains("toewijzing");
        assertThat(endWithoutStart.status()).as(endWithoutStart.toString()).isEqualTo(400);
        assertThat(Referrals.violation(endWithoutStart, "on")).contains("zonder start");
        JsonObject unchanged = fatima.get("/api/v1/referrals/" + id).json();
        assertThat(unchanged.getString("status")).isEqualTo("WAITING");
    }

    @Test
    void anotherTeamGetsNotFoundAndEveryReadOfAPersonsReferralIsLogged() {
        JsonObject provider = Referrals.provider("Zorgaanbieder Scope");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        String memberId = Referrals.memberOf(caseFile);
        String id = Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"), null, today)
                .json().getString("id");
        long before = accessEntries(memberId, "READ");

        assertThat(fatima.get("/api/v1/referrals/" + id).status()).isEqualTo(200);
        assertThat(fatima.get("/api/v1/cases/" + caseFile.getString("id") + "/referrals").status()).isEqualTo(200);
        assertThat(Api.as("sanne").get("/api/v1/referrals/" + id).status()).as("team lead of the team")
                .isEqualTo(200);
        assertThat(accessEntries(memberId, "READ")).isEqualTo(before + 3);

        Api.Response pieter = Api.as("pieter").get("/api/v1/referrals/" + id);
        assertThat(pieter.status()).as(pieter.toString()).isEqualTo(404);
        assertThat(Api.as("pieter").get("/api/v1/cases/" + caseFile.getString("id") + "/referrals").status())
                .isEqualTo(404);
        assertThat(Api.as("pieter").post("/api/v1/referrals/" + id + "/withdraw", "{\"reason\":\"MOVED\"}")
                .status()).isEqualTo(404);
        assertThat(Api.as("wouter").get("/api/v1/referrals/" + id).status()).isEqualTo(404);

        Api.Response withdrawn = fatima.post("/api/v1/referrals/" + id + "/withdraw",
                "{\"reason\":\"OTHER_SOLUTION\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(Api.as("anouk").get("/api/v1/workflow/instances/verwijzing/" + id).json()
                .getJsonArray("active")).isEmpty();
    }

    @Test
    void professionalsSeeTheProviderBoardWithCountsOnly() {
        JsonObject provider = Referrals.provider("Zorgaanbieder Bord");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"), today.minusDays(12),
                today.minusDays(12));

        Api.Response board = Api.as("pieter").get("/api/v1/provider-board");

        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        JsonArray rows = (JsonArray) board.structure();
        JsonObject row = rows.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("providerId").equals(provider.getString("id"))).findFirst().orElseThrow();
        assertThat(row.getInt("waiting")).isEqualTo(1);
        assertThat(row.containsKey("currentP50") && !row.isNull("currentP50")).as("<10: no percentile").isFalse();
        assertThat(board.body()).doesNotContain("Verwijs").doesNotContain(caseFile.getString("id"));
    }
}
