package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every read and write of a case leaves exactly one access-log entry, and the privacy officer's overview of one person
 * lists exactly the accesses that were made.
 */
class CaseAccessLogIT {

    private final Api fatima = Api.as("fatima");
    private final Api sanne = Api.as("sanne");
    private final Api anouk = Api.as("anouk");

    private static long entries(String subjectId) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?",
                UUID.fromString(subjectId));
    }

    @Test
    void logsOneEntryPerReadAndWriteOfACase() {
        JsonObject caseFile = Cases.newCase(fatima);
        String id = caseFile.getString("id");
        String base = "/api/v1/cases/" + id;
        String memberId = caseFile.getJsonObject("household").getJsonArray("members").getJsonObject(0)
                .getString("id");

        List<Runnable> calls = List.of(
                () -> fatima.get(base),
                () -> fatima.get(base + "/journal"),
                () -> fatima.post(base + "/journal", "{\"text\": \"Gesprek gevoerd\"}"),
                () -> fatima.get(base + "/timeline"),
                () -> fatima.get(base + "/consents"),
                () -> fatima.post(base + "/consents", """
                        {"memberId": "%s", "decision": "GIVEN", "recipientKind": "DOMAIN", "recipient": "WMO",
                         "recordedOn": "2026-01-05"}""".formatted(memberId)),
                () -> fatima.put(base + "/domains", "{\"version\": 0, \"domains\": [{\"domain\": \"WMO\"}]}"),
                () -> sanne.get(base));
        for (Runnable call : calls) {
            long before = entries(id);
            call.run();
            assertThat(entries(id)).isEqualTo(before + 1);
        }
    }

    @Test
    void logsEveryCaseOfAListedPage() {
        String householdId = Households.register(fatima);
        String caseId = Cases.caseOfHousehold(fatima, householdId).getString("id");
        long before = entries(caseId);

        fatima.get("/api/v1/cases?household=" + householdId);

        assertThat(entries(caseId)).isEqualTo(before + 1);
    }

    @Test
    void theAccessOverviewListsExactlyTheAccessesMade() {
        String bsn = Households.randomBsn();
        Api.Response created = fatima.post("/api/v1/households",
                Households.jsonAt(Households.uniquePostcode(), 3, "Noor", "van der", "Berg", bsn));
        String householdId = created.json().getString("id");
        String memberId = created.json().getJsonArray("members").getJsonObject(0).getString("id");
        String caseId = Cases.caseOfHousehold(fatima, householdId).getString("id");
        fatima.get("/api/v1/cases/" + caseId + "/journal");
        sanne.get("/api/v1/households/" + householdId);
        Api.as("pieter").get("/api/v1/cases/" + caseId);

        Api.Response overview = anouk.get("/api/v1/access-log?subject=" + memberId);

        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        List<String> lines = overview.json().getJsonArray("accesses").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("userId") + " " + a.getString("action") + " " + a.getString("subjectType")
                        + " " + a.getString("source"))
                .toList();
        assertThat(lines).containsExactly(
                "fatima CREATE HOUSEHOLD POST /api/v1/households",
                "fatima READ CASE GET /api/v1/cases?household=" + householdId,
                "fatima READ CASE GET /api/v1/cases/" + caseId,
                "fatima READ CASE GET /api/v1/cases/" + caseId + "/journal",
                "sanne READ HOUSEHOLD GET /api/v1/households/" + householdId);
        assertThat(overview.json().getInt("total")).isEqualTo(5);
        assertThat(overview.json().getJsonArray("accesses").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("userName")).first().isEqualTo("Fatima el Amrani");

        Api.Response byBsn = anouk.get("/api/v1/access-log?bsn=" + bsn);
        assertThat(byBsn.json().getJsonArray("accesses")).hasSize(6);
        assertThat(byBsn.json().getJsonArray("accesses").getJsonObject(5).getString("action")).isEqualTo("EXPORT");

        Api.Response csv = anouk.get("/api/v1/access-log/export?bsn=" + bsn, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).contains("tijdstip;gebruiker;naam;rol;handeling;doel");
        assertThat(rows).hasSize(1 + 7);
        assertThat(rows.get(1))
                .contains(";fatima;Fatima el Amrani;professional;CREATE;Uitvoering hulpverlening;HOUSEHOLD;");
    }

    @Test
    void aLongHistoryShowsTheOldestThousandWithTheTotalAndTheExportHasItAll() {
        Api.Response created = fatima.post("/api/v1/households",
                Households.jsonAt(Households.uniquePostcode(), 5, "Sem", null, "Lange", Households.randomBsn()));
        String householdId = created.json().getString("id");
        String memberId = created.json().getJsonArray("members").getJsonObject(0).getString("id");
        java.util.stream.IntStream.range(0, 1_004).parallel()
                .forEach(i -> assertThat(fatima.get("/api/v1/households/" + householdId).status()).isEqualTo(200));
        long logged = TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ? or subject_id"
                + " = ? or subject_id in (select id from wijkregie.case_file where household_id = ?)",
                UUID.fromString(householdId), UUID.fromString(memberId), UUID.fromString(householdId));

        Api.Response overview = anouk.get("/api/v1/access-log?subject=" + memberId);

        assertThat(overview.json().getJsonArray("accesses")).hasSize(1_000);
        assertThat(overview.json().getJsonNumber("total").longValue()).isEqualTo(logged).isGreaterThan(1_000);
        assertThat(overview.json().getJsonArray("accesses").getJsonObject(0).getString("action")).isEqualTo("CREATE");

        Api.Response csv = anouk.get("/api/v1/access-log/export?subject=" + memberId, "text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows).hasSize(1 + (int) logged + 1); // and the overview's own export entry, not the CSV's
        assertThat(rows.get(rows.size() - 1)).contains(";EXPORT;");
        assertThat(rows.stream().filter(r -> r.contains(";EXPORT;"))).hasSize(1);
    }

    @Test
    void theOverviewIsForTheAdminOnlyAndNeedsAKnownPerson() {
        assertThat(fatima.get("/api/v1/access-log?bsn=999999990").status()).isEqualTo(403);
        assertThat(anouk.get("/api/v1/access-log?subject=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(anouk.get("/api/v1/access-log?bsn=12").status()).isEqualTo(400);
        assertThat(anouk.get("/api/v1/access-log").status()).isEqualTo(422);
    }
}
