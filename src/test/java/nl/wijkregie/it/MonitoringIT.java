package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.monitoring.domain.Pseudonymiser;
import org.junit.jupiter.api.Test;

/**
 * The outcome monitoring end to end on the real server and database: a case opened through the API lands in the
 * outcome store under the household's pseudonym only; releases over hand-computed fixtures (months far ahead, so no
 * other test's facts fall in them) show exactly the rounded, suppressed and secondarily suppressed cells worked out
 * by hand; two releases one household apart do not reveal it; every release and read is access-logged; bad requests
 * are a 400 that stores nothing.
 */
class MonitoringIT {

    private static final Api POLICY = Api.as("bram");
    private static final Api FEED = Api.as("datawarehouse");
    /** The demo secret of liberty-config/auth/demo.xml. */
    private static final byte[] DEMO_SECRET = "demo-only-pseudonym-secret-not-for-production-use"
            .getBytes(StandardCharsets.UTF_8);

    /** {@code households} distinct households with one fact each (the first also a second time: counted once). */
    private static void facts(String tag, int households, String wijk, String month, String measure) {
        TestDatabase.execute("insert into wijkregie.outcome_fact (household_key, key_version, wijk_code, month,"
                + " measure, value) select md5(? || g), 1, ?, cast(? as date), ?, 1 from generate_series(1, ?) g",
                tag, wijk, month + "-01", measure, households);
        if (households > 0) {
            TestDatabase.execute("insert into wijkregie.outcome_fact (household_key, key_version, wijk_code, month,"
                    + " measure, value) values (md5(? || 1), 1, ?, cast(? as date), ?, 1)", tag, wijk,
                    month + "-01", measure);
        }
    }

    private static JsonObject release(String indicator, String from, String to) {
        Api.Response response = POLICY.post("/api/v1/monitoring/releases", """
                {"indicator": "%s", "from": "%s", "to": "%s", "areaLevel": "WIJK"}""".formatted(indicator, from, to));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** The release's cells by "area month". */
    private static Map<String, JsonObject> cells(JsonObject release) {
        Map<String, JsonObject> cells = new HashMap<>();
        for (JsonValue cell : release.getJsonArray("cells")) {
            JsonObject c = cell.asJsonObject();
            cells.put(c.getString("area") + " " + c.getString("month"), c);
        }
        return cells;
    }

    private static String count(Map<String, JsonObject> cells, String key) {
        return cells.get(key).getString("count");
    }

    private static String suppression(Map<String, JsonObject> cells, String key) {
        return cells.get(key).getString("suppression", null);
    }

    @Test
    void aCaseOpenedIsStoredUnderTheHouseholdsPseudonymOnly() {
        JsonObject caseFile = Cases.newCase(Api.as("fatima"));
        String householdId = caseFile.getString("householdId");
        String key = new Pseudonymiser(DEMO_SECRET, 1).pseudonymOf(UUID.fromString(householdId));

        assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_fact where household_key = ?"
                + " and measure = 'CASE_OPENED' and key_version = 1 and wijk_code ~ '^WK[0-9]{6}$'"
                + " and extract(day from month) = 1 and age_band is not null and household_type is not null", key))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_fact where household_key = ?"
                + " or household_key = replace(?, '-', '')", householdId, householdId)).isZero();
        assertThat(TestDatabase.count("select count(*) from information_schema.columns where table_schema ="
                + " 'wijkregie' and table_name = 'outcome_fact' and (column_name ~ '(name|bsn|birth|address|street"
                + "|postcode|house|date|_id)$')")).isZero();
    }

    @Test
    void theSourceModulesEventsBecomeOutcomeRows() {
        Api fatima = Api.as("fatima");
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");
        String memberId = caseFile.getJsonObject("household").getJsonArray("members").getJsonObject(0)
                .getString("id");
        String key = new Pseudonymiser(DEMO_SECRET, 1)
                .pseudonymOf(UUID.fromString(caseFile.getString("householdId")));
        String assessments = "/api/v1/cases/" + caseId + "/assessments";

        assertThat(fatima.post(assessments, AssessmentIT.body(memberId, java.time.LocalDate.now().minusDays(1),
                "[{\"domain\": \"FINANCES\", \"score\": 2}]")).status()).isEqualTo(201);
        assertThat(fatima.post(assessments, AssessmentIT.body(memberId, java.time.LocalDate.now(),
                "[{\"domain\": \"FINANCES\", \"score\": 4}]")).status()).isEqualTo(201);
        JsonObject inEvaluation = Cases.walk(fatima, Cases.get(fatima, caseId), "INTAKE", "PLAN", "UITVOERING",
                "EVALUATIE");
        assertThat(Cases.close(fatima, inEvaluation).status()).isEqualTo(200);
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 3, "Uitkomst"));
        String signalCaseId = signalCase.getString("id");
        long withWijk = signalCase.getString("wijkCode", null) == null ? 0 : 1;

        assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_fact where household_key = ?"
                + " and measure = 'SELF_RELIANCE_SCORE' and domain = 'FINANCES'", key)).isEqualTo(2);
        assertThat(TestDatabase.count("select value from wijkregie.outcome_fact where household_key = ?"
                + " and measure = 'SELF_RELIANCE_CHANGE' and domain = 'FINANCES'", key)).isEqualTo(2);
        assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_fact where household_key = ?"
                + " and measure = 'CASE_CLOSED' and category = 'DOELEN_BEREIKT'", key)).isEqualTo(1);
        String signalKey = new Pseudonymiser(DEMO_SECRET, 1).pseudonymOf(UUID.fromString(signalCaseId));
        assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_fact where household_key = ?"
                + " and measure = 'SIGNAL_CASE_OPENED'", signalKey)).isEqualTo(withWijk);
    }

    /**
     * Cases opened, 2031-01..03, by hand (threshold 10, rounding to 5, halves up):
     * <pre>
     *             jan  feb  mar | total
     * WK047901     23   12   17 |  52     published 25 10 15 | 50
     * WK047902      4   11   30 |  45     x(primary) x(secondary: the row's only other suppressed cell) 30 | 45
     * WK047903      6    5    0 |  11     x x 0 | 10 (two suppressed cells of 11 households: no secondary)
     * others        0    0    0 |   0     0 0 0 | 0
     * total        33   28   47 | 108     35 30 45 | 110 (each column has two suppressed cells of 10 and 16)
     * </pre>
     */
    @Test
    void casesOpenedMatchTheHandComputedFixture() {
        facts("opened-1-jan-", 23, "WK047901", "2031-01", "CASE_OPENED");
        facts("opened-1-feb-", 12, "WK047901", "2031-02", "CASE_OPENED");
        facts("opened-1-mar-", 17, "WK047901", "2031-03", "CASE_OPENED");
        facts("opened-2-jan-", 4, "WK047902", "2031-01", "CASE_OPENED");
        facts("opened-2-feb-", 11, "WK047902", "2031-02", "CASE_OPENED");
        facts("opened-2-mar-", 30, "WK047902", "2031-03", "CASE_OPENED");
        facts("opened-3-jan-", 6, "WK047903", "2031-01", "CASE_OPENED");
        facts("opened-3-feb-", 5, "WK047903", "2031-02", "CASE_OPENED");

        JsonObject release = release("cases-opened", "2031-01", "2031-03");
        Map<String, JsonObject> cells = cells(release);

        assertThat(count(cells, "WK047901 2031-01")).isEqualTo("25");
        assertThat(count(cells, "WK047901 2031-02")).isEqualTo("10");
        assertThat(count(cells, "WK047901 2031-03")).isEqualTo("15");
        assertThat(count(cells, "WK047901 totaal")).isEqualTo("50");
        assertThat(count(cells, "WK047902 2031-01")).isEqualTo("x");
        assertThat(suppression(cells, "WK047902 2031-01")).isEqualTo("PRIMARY");
        assertThat(count(cells, "WK047902 2031-02")).isEqualTo("x");
        assertThat(suppression(cells, "WK047902 2031-02")).isEqualTo("SECONDARY");
        assertThat(count(cells, "WK047902 2031-03")).isEqualTo("30");
        assertThat(count(cells, "WK047902 totaal")).isEqualTo("45");
        assertThat(count(cells, "WK047903 2031-01")).isEqualTo("x");
        assertThat(count(cells, "WK047903 2031-02")).isEqualTo("x");
        assertThat(count(cells, "WK047903 2031-03")).isEqualTo("0");
        assertThat(count(cells, "WK047903 totaal")).isEqualTo("10");
        assertThat(count(cells, "WK047904 2031-02")).isEqualTo("0");
        assertThat(count(cells, "totaal 2031-01")).isEqualTo("35");
        assertThat(count(cells, "totaal 2031-02")).isEqualTo("30");
        assertThat(count(cells, "totaal 2031-03")).isEqualTo("45");
        assertThat(count(cells, "totaal totaal")).isEqualTo("110");
        assertThat(release.getString("rulesVersion")).isEqualTo("2026-1");
        assertThat(release.getInt("threshold")).isEqualTo(10);
        assertThat(release.getString("contentHash")).matches("[0-9a-f]{64}");
    }

    /**
     * No repeat request within 12 months, closings of 2032-01 in WK047905: 15 households closed; 3 opened a case
     * again in 2032-06 (a repeat), 1 in 2033-03 (14 months later: not a repeat). Numerator 12 (published 10),
     * denominator 15 (published 15), percentage of the published figures 67.
     */
    @Test
    void noRepeatRequestMatchesTheHandComputedFixture() {
        facts("closed-5-", 15, "WK047905", "2032-01", "CASE_CLOSED");
        TestDatabase.execute("insert into wijkregie.outcome_fact (household_key, key_version, wijk_code, month,"
                + " measure, value) select md5('closed-5-' || g), 1, 'WK047905', date '2032-06-01', 'CASE_OPENED', 1"
                + " from generate_series(1, 3) g");
        TestDatabase.execute("insert into wijkregie.outcome_fact (household_key, key_version, wijk_code, month,"
                + " measure, value) values (md5('closed-5-' || 4), 1, 'WK047905', date '2033-03-01', 'CASE_OPENED', 1)");

        Map<String, JsonObject> cells = cells(release("no-repeat-request", "2032-01", "2032-01"));

        JsonObject cell = cells.get("WK047905 2032-01");
        assertThat(cell.getString("count")).isEqualTo("10");
        assertThat(cell.getString("outOf")).isEqualTo("15");
        assertThat(cell.getInt("percentage")).isEqualTo(67);
        assertThat(cells.get("WK047906 2032-01").getString("count")).isEqualTo("0");
        assertThat(cells.get("WK047906 2032-01").containsKey("percentage")).isFalse();
    }

    @Test
    void twoReleasesOneHouseholdApartDoNotRevealIt() {
        facts("closed-6-", 20, "WK047906", "2034-01", "CASE_CLOSED");
        Map<String, JsonObject> first = cells(release("cases-closed", "2034-01", "2034-02"));
        assertThat(count(first, "WK047906 2034-01")).isEqualTo("20");

        facts("closed-6-more-", 1, "WK047906", "2034-01", "CASE_CLOSED");
        Map<String, JsonObject> second = cells(release("cases-closed", "2034-01", "2034-02"));

        for (String key : new String[] {"WK047906 2034-01", "WK047906 totaal", "totaal 2034-01", "totaal totaal"}) {
            assertThat(count(second, key)).as(key).isEqualTo("x");
            assertThat(suppression(second, key)).as(key).isEqualTo("DIFFERENCING");
        }
    }

    /**
     * Cell-key mode, 30 households in WK047911 in 2038-01: the published count is 30 moved by the noise that the sum
     * of the 30 households' record keys selects (computed here from their keys), not rounded; asking again gives the
     * same figure.
     */
    @Test
    void theCellKeyModePerturbsByTheCellsKeyAndStaysStable() throws Exception {
        facts("cellkey-11-", 30, "WK047911", "2038-01", "CASE_OPENED");
        double keySum = 0;
        for (int g = 1; g <= 30; g++) {
            String key = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(("cellkey-11-" + g).getBytes(StandardCharsets.UTF_8)));
            keySum += nl.wijkregie.monitoring.domain.CellKeyPerturbation.recordKey(key);
        }
        String expected = Long.toString(nl.wijkregie.monitoring.domain.CellKeyPerturbation.perturb(30, keySum));
        String request = """
                {"indicator": "cases-opened", "from": "2038-01", "to": "2038-01", "cellKey": true}""";

        Api.Response first = POLICY.post("/api/v1/monitoring/releases", request);
        Api.Response second = POLICY.post("/api/v1/monitoring/releases", request);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("rulesVersion")).endsWith("-celsleutel");
        assertThat(first.json().getInt("roundingBase")).isEqualTo(1);
        assertThat(count(cells(first.json()), "WK047911 2038-01")).isEqualTo(expected);
        assertThat(count(cells(second.json()), "WK047911 2038-01")).isEqualTo(expected);
    }

    @Test
    void everyReleaseAndReadIsAccessLoggedAndTheFeedServesIt() {
        facts("feed-7-", 14, "WK047907", "2035-01", "CASE_OPENED");
        JsonObject release = release("cases-opened", "2035-01", "2035-01");
        String id = release.getString("id");

        Api.Response json = FEED.get("/api/v1/monitoring/releases/" + id);
        Api.Response csv = POLICY.get("/api/v1/monitoring/releases/" + id + "/cells.csv", "text/csv");
        Api.Response feed = FEED.get("/api/v1/monitoring/feed");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().getString("contentHash")).isEqualTo(release.getString("contentHash"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("gebied;maand;aantal").contains("WK047907;2035-01;15")
                .contains("WK047908;2035-01;0");
        assertThat(feed.body()).contains(id);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?"
                + " and subject_type = 'OUTCOME_RELEASE' and action = 'CREATE' and user_id = 'bram'",
                UUID.fromString(id))).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?"
                + " and action = 'READ' and user_id = 'datawarehouse'", UUID.fromString(id))).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?"
                + " and action = 'EXPORT' and user_id = 'bram'", UUID.fromString(id))).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_release where id = ?"
                + " and requested_by = 'bram' and content_hash = ?", UUID.fromString(id),
                release.getString("contentHash"))).isEqualTo(1);
    }

    @Test
    void aSuppressedCellReadsXWithItsReasonInTheCsv() {
        facts("csv-8-", 3, "WK047908", "2036-01", "CASE_OPENED");
        facts("csv-8b-", 40, "WK047909", "2036-01", "CASE_OPENED");
        String id = release("cases-opened", "2036-01", "2036-01").getString("id");

        String csv = POLICY.get("/api/v1/monitoring/releases/" + id + "/cells.csv", "text/csv").body();

        assertThat(csv).contains("WK047908;2036-01;x;;;<10: minder dan 10 huishoudens");
        assertThat(csv).doesNotContain("WK047908;2036-01;0").doesNotContain("WK047908;2036-01;3");
    }

    @Test
    void aBadRequestIsA400ThatStoresNothing() {
        long before = TestDatabase.count("select count(*) from wijkregie.outcome_release");
        Api.Response month = POLICY.post("/api/v1/monitoring/releases",
                "{\"indicator\": \"cases-opened\", \"from\": \"2031-13\", \"to\": \"2031-12\"}");
        Api.Response unknown = POLICY.post("/api/v1/monitoring/releases",
                "{\"indicator\": \"nonsense\", \"from\": \"2031-01\", \"to\": \"2031-12\"}");
        Api.Response backwards = POLICY.post("/api/v1/monitoring/releases",
                "{\"indicator\": \"cases-opened\", \"from\": \"2031-05\", \"to\": \"2031-01\"}");
        Api.Response domain = POLICY.post("/api/v1/monitoring/releases",
                "{\"indicator\": \"cases-opened\", \"from\": \"2031-01\", \"to\": \"2031-01\", \"domain\": \"FINANCES\"}");

        assertThat(month.status()).isEqualTo(400);
        assertThat(month.isProblem()).isTrue();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("indicator");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(domain.status()).isEqualTo(400);
        assertThat(TestDatabase.count("select count(*) from wijkregie.outcome_release")).isEqualTo(before);
    }
}
