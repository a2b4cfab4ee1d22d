package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import of iJw/iWmo events: good rows applied to the referral with source MESSAGE, every kind of bad row in the
 * row report with its reason, an event for a BSN not living here rejected, an unmatched event listed (never dropped),
 * and a re-upload adds nothing.
 */
class ReferralImportIT {

    private final Api fatima = Api.as("fatima");
    private final Api anouk = Api.as("anouk");
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    private Api.Response upload(String csv) {
        return anouk.send("POST", "/api/v1/referral-messages/imports?fileName=berichten.csv", "text/csv", csv);
    }

    private static String reason(JsonObject run, int row) {
        return run.getJsonArray("report").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("row") == row).map(r -> r.getString("outcome") + ": " + r.getString("reason"))
                .findFirst().orElse(null);
    }

    @Test
    void appliesGoodRowsReportsBadOnesListsUnmatchedAndIsIdempotent() {
        JsonObject provider = Referrals.provider("Jeugdhulp Berichten");
        String agb = provider.getString("agbCode");
        String bsn = Households.randomBsn();
        JsonObject caseFile = Referrals.caseWithMember(fatima, bsn);
        String id = Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"),
                today.minusDays(40), null).json().getString("id");
        String stranger = Households.randomBsn();
        LocalDate d315 = today.minusDays(30);
        LocalDate d301 = today.minusDays(20);
        LocalDate d305 = today.minusDays(10);
        String csv = String.join("\n", List.of(
                "bericht;bsn;product;agb;datum",
                "315;%s;45;%s;%s".formatted(bsn, agb, d315),
                "301;%s;45;%s;%s".formatted(bsn, agb, d301),
                "305;%s;45;%s;%s".formatted(bsn, agb, d305),
                "307;%s;45;%s;%s".formatted(bsn, agb, d301),
                "999;%s;45;%s;%s".formatted(bsn, agb, d301),
                "315;123456789;45;%s;%s".formatted(agb, d301),
                "315;%s;99;%s;%s".formatted(bsn, agb, d301),
                "315;%s;45;12;%s".formatted(bsn, agb),
                "315;%s;45;%s;30-02-2026".formatted(bsn, agb),
                "315;%s;45;%s;%s".formatted(bsn, agb, today.plusDays(3)),
                "315;%s;45;%s;%s".formatted(stranger, agb, d315),
                "315;%s;41;%s;%s".formatted(bsn, agb, d315),
                "315;%s;45",
                "315;%s;45;%s;%s".formatted(bsn, agb, d315))) + "\n";

        Api.Response first = upload(csv);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonObject run = first.json();
        assertThat(run.getInt("rows")).isEqualTo(14);
        assertThat(run.getInt("applied")).isEqualTo(3);
        assertThat(run.getInt("unmatched")).isEqualTo(1);
        assertThat(run.getInt("duplicates")).as("the last row repeats the first").isEqualTo(1);
        assertThat(run.getInt("rejected")).isEqualTo(9);
        assertThat(reason(run, 5)).startsWith("REJECTED").contains("vóór de start");
        assertThat(reason(run, 6)).contains("bericht");
        assertThat(reason(run, 7)).contains("bsn");
        assertThat(reason(run, 8)).contains("product");
        assertThat(reason(run, 9)).contains("agb");
        assertThat(reason(run, 10)).contains("datum");
        assertThat(reason(run, 11)).contains("toekomst");
        assertThat(reason(run, 12)).isEqualTo("REJECTED: BSN niet bekend als inwoner van deze gemeente");
        assertThat(reason(run, 13)).startsWith("UNMATCHED").contains("Geen lopende verwijzing");
        assertThat(reason(run, 14)).contains("velden");
        assertThat(reason(run, 15)).startsWith("DUPLICATE");

        JsonObject referral = fatima.get("/api/v1/referrals/" + id).json();
        assertThat(referral.getString("status")).isEqualTo("IN_CARE");
        assertThat(referral.getJsonArray("steps").getValuesAs(JsonObject.class))
                .filteredOn(s -> List.of("REQUEST_SENT", "ALLOCATED", "CARE_STARTED").contains(s.getString("step")))
                .allSatisfy(s -> assertThat(s.getString("source")).isEqualTo("MESSAGE"));
        assertThat(referral.getJsonObject("waitingTime").getInt("countedDays")).isEqualTo(20);
        assertThat(referral.getJsonObject("waitingTime").getInt("allocationToStartDays")).isEqualTo(10);

        String importId = run.getString("id");
        JsonArray unmatched = anouk.get("/api/v1/referral-messages?status=UNMATCHED&importId="
                + importId).json().getJsonArray("items");
        assertThat(unmatched.getValuesAs(JsonObject.class)).anySatisfy(m -> {
            assertThat(m.getString("importId")).isEqualTo(importId);
            assertThat(m.getString("bsn")).as("masked").isEqualTo("******" + bsn.substring(6));
            assertThat(m.getString("productCode")).isEqualTo("41");
        });
        JsonArray rejected = anouk.get("/api/v1/referral-messages?status=REJECTED&importId="
                + importId).json().getJsonArray("items");
        assertThat(rejected.getValuesAs(JsonObject.class)).anySatisfy(m -> {
            assertThat(m.getString("importId")).isEqualTo(importId);
            assertThat(m.getString("bsn")).isEqualTo("******" + stranger.substring(6));
        });
        assertThat(anouk.get("/api/v1/referral-messages?status=UNMATCHED&page=-1").status()).isEqualTo(400);

        Api.Response again = upload(csv);

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().getInt("applied")).isZero();
        assertThat(again.json().getInt("unmatched")).isZero();
        assertThat(again.json().getInt("duplicates")).as("every well-formed row").isEqualTo(7);
        assertThat(fatima.get("/api/v1/referrals/" + id).json().getInt("version"))
                .isEqualTo(referral.getInt("version"));
    }

    /** Stored files that belong to no import: what a refused upload would leave behind if it were not rolled back. */
    static final String ORPHAN_FILES = "select count(*) from wijkregie.stored_file f where not exists (select 1 from"
            + " wijkregie.waitinglist_import_file w where w.file_id = f.id) and not exists (select 1 from"
            + " wijkregie.signal_batch_file s where s.file_id = f.id)";

    @Test
    void anUploadOverTheLimitIsRefusedWhileStreamingAndARefusedFileLeavesNoStoredPartBehind() {
        Api.Response tooLarge = upload("bericht;bsn;product;agb;datum\n" + "315;1;45;1;2026-01-01\n".repeat(
                33 * 1024 * 1024 / 22));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.isProblem()).isTrue();
        assertThat(tooLarge.json().getString("detail")).contains("32 MB");
        Api.Response noHeader = upload("soort;bsn\n315;1\n");
        assertThat(noHeader.status()).as(noHeader.toString()).isEqualTo(422);
        assertThat(TestDatabase.count(ORPHAN_FILES)).isZero();
    }

    /** A file that is not UTF-8, or not CSV, is refused as a whole in Dutch, and nothing of it is kept. */
    @Test
    void aBrokenFileIsRefusedInDutchAndLeavesNothingBehind() {
        long importsBefore = TestDatabase.count("select count(*) from wijkregie.waitinglist_import");
        byte[] latin1 = "bericht;bsn;product;agb;datum\n315;999999989;45;12345678;2026-01-01\n# café\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Api.Response notUtf8 = anouk.sendBytes("POST", "/api/v1/referral-messages/imports", "text/csv", latin1);
        assertThat(notUtf8.status()).as(notUtf8.toString()).isEqualTo(422);
        assertThat(notUtf8.isProblem()).isTrue();
        assertThat(notUtf8.json().getString("detail")).contains("niet in UTF-8").doesNotContain("Exception");

        Api.Response brokenQuote = upload("bericht;bsn;product;agb;datum\n\"315;999999989;45;12345678;2026-01-01\n");
        assertThat(brokenQuote.status()).as(brokenQuote.toString()).isEqualTo(422);
        assertThat(brokenQuote.json().getString("detail")).contains("geen leesbare CSV").doesNotContain("Exception");

        assertThat(TestDatabase.count("select count(*) from wijkregie.waitinglist_import")).isEqualTo(importsBefore);
        assertThat(TestDatabase.count(ORPHAN_FILES)).isZero();
    }

    @Test
    void aFileWithoutTheHeaderIsRefusedAsAWholeAndAHandDateDoesNotOverwriteAMessage() {
        Api.Response wrong = upload("soort;bsn\n315;1\n");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(upload("bericht;bsn;product;agb;datum\n").json().getInt("rows")).isZero();
        assertThat(Api.as("fatima").send("POST", "/api/v1/referral-messages/imports", "text/csv",
                "bericht;bsn;product;agb;datum\n").status()).isEqualTo(403);

        JsonObject provider = Referrals.provider("Jeugdhulp Leidend");
        String bsn = Households.randomBsn();
        JsonObject caseFile = Referrals.caseWithMember(fatima, bsn);
        String id = Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"),
                today.minusDays(40), today.minusDays(35)).json().getString("id");
        upload("bericht;bsn;product;agb;datum\n301;%s;45;%s;%s\n".formatted(bsn, provider.getString("agbCode"),
                today.minusDays(30)));

        Api.Response byHand = Referrals.step(fatima, id, "ALLOCATED", today.minusDays(29));
        assertThat(byHand.status()).as(byHand.toString()).isEqualTo(422);
    }

    /** A file of {@code rows} well-formed 315 events for BSNs that live nowhere here: each is stored, rejected. */
    static String strangersFile(int rows, LocalDate on) {
        StringBuilder csv = new StringBuilder("bericht;bsn;product;agb;datum\n");
        for (int n = 0; n < rows; n++) {
            csv.append("315;").append(Households.randomBsn()).append(";45;12345678;").append(on).append('\n');
        }
        return csv.toString();
    }

    /** The import of that name in the list of recent imports, once it has committed a chunk or ended. */
    static JsonObject awaitStarted(Api admin, String fileName) {
        JsonObject[] found = new JsonObject[1];
        Signals.await("the import " + fileName + " under way", java.time.Duration.ofSeconds(60), () -> {
            found[0] = ((JsonArray) admin.get("/api/v1/referral-messages/imports").structure())
                    .getValuesAs(JsonObject.class).stream().filter(i -> fileName.equals(i.getString("fileName")))
                    .findFirst().orElse(null);
            return found[0] != null && (found[0].getInt("rows") > 0 || "DONE".equals(found[0].getString("status")));
        });
        return found[0];
    }

    @Test
    void aRunningImportIsNotResumedASecondTimeItsCountsAreExactAndADoneImportIsNotResumed() throws Exception {
        int rows = 20_000;
        String fileName = "lang-" + java.util.UUID.randomUUID() + ".csv";
        String csv = strangersFile(rows, today.minusDays(5));
        java.util.concurrent.CompletableFuture<Api.Response> uploading = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> Api.as("anouk").send("POST", "/api/v1/referral-messages/imports?fileName="
                        + fileName, "text/csv", csv));

        JsonObject running = awaitStarted(anouk, fileName);
        assertThat(running.getString("status")).as(running.toString()).isEqualTo("RUNNING");
        assertThat(running.getInt("rowsTotal")).isEqualTo(rows);
        String path = "/api/v1/referral-messages/imports/" + running.getString("id");
        Api.Response concurrent = anouk.onNodeB().post(path + "/resume", null);
        assertThat(concurrent.status()).as(concurrent.toString()).isEqualTo(409);
        assertThat(concurrent.isProblem()).isTrue();

        Api.Response done = uploading.get();
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        JsonObject run = done.json();
        assertThat(run.getString("status")).isEqualTo("DONE");
        assertThat(run.getInt("rows")).isEqualTo(rows);
        assertThat(run.getInt("rejected") + run.getInt("duplicates")).isEqualTo(rows);
        assertThat(TestDatabase.count("select count(*) from wijkregie.waitinglist_message where import_id = ?::uuid",
                run.getString("id"))).as("each event stored once").isEqualTo(run.getInt("rejected"));
        assertThat(TestDatabase.count("select count(*) from wijkregie.waitinglist_import_file where import_id ="
                + " ?::uuid", run.getString("id"))).as("the file with its BSNs is gone").isZero();
        assertThat(TestDatabase.count(ORPHAN_FILES)).as("and its stored parts").isZero();
        assertThat(TestDatabase.count("select count(*) from wijkregie.waitinglist_import_lane where import_id ="
                + " ?::uuid and rows_done > 0", run.getString("id"))).as("both lanes (ADR 0034) took rows")
                .isEqualTo(2);
        assertThat(TestDatabase.count("select sum(rows_done) from wijkregie.waitinglist_import_lane where"
                + " import_id = ?::uuid", run.getString("id"))).as("and together every row once").isEqualTo(rows);

        Api.Response again = anouk.post(path + "/resume", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(422);
    }

    @Test
    void anUnmatchedEventIsAppliedWhenMatchedAgainAfterItsReferralWasEntered() {
        JsonObject provider = Referrals.provider("Wmo Later Verwezen");
        String bsn = Households.randomBsn();
        JsonObject caseFile = Referrals.caseWithMember(fatima, bsn);
        JsonObject run = upload("bericht;bsn;product;agb;datum\n315;%s;45;%s;%s\n".formatted(bsn,
                provider.getString("agbCode"), today.minusDays(10))).json();
        assertThat(run.getInt("unmatched")).isEqualTo(1);
        String messageId = anouk.get("/api/v1/referral-messages?status=UNMATCHED&importId=" + run.getString("id")).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("importId").equals(run.getString("id")))
                .findFirst().orElseThrow().getString("id");

        Api.Response stillUnmatched = anouk.post("/api/v1/referral-messages/" + messageId + "/rematch", null);
        assertThat(stillUnmatched.status()).as(stillUnmatched.toString()).isEqualTo(200);
        assertThat(stillUnmatched.json().getString("status")).isEqualTo("UNMATCHED");

        String id = Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"),
                today.minusDays(20), null).json().getString("id");
        Api.Response matched = anouk.post("/api/v1/referral-messages/" + messageId + "/rematch", null);

        assertThat(matched.status()).as(matched.toString()).isEqualTo(200);
        assertThat(matched.json().getString("status")).isEqualTo("APPLIED");
        assertThat(fatima.get("/api/v1/referrals/" + id).json().getJsonArray("steps").getValuesAs(JsonObject.class))
                .anySatisfy(s -> {
                    assertThat(s.getString("step")).isEqualTo("REQUEST_SENT");
                    assertThat(s.getString("source")).isEqualTo("MESSAGE");
                });
        assertThat(anouk.post("/api/v1/referral-messages/" + messageId + "/rematch", null).status()).isEqualTo(422);
        assertThat(fatima.post("/api/v1/referral-messages/" + messageId + "/rematch", null).status()).isEqualTo(403);
    }

    /**
     * The import loads each chunk's referrals with their pauses in one query: a 305 counts the wait without the
     * pauses, on the timeline and in the row's message, and the two pauses stay in their order.
     */
    @Test
    void aStartFromTheImportCountsTheWaitWithoutThePausesOfTheReferral() {
        JsonObject provider = Referrals.provider("Wmo Pauzes");
        String agb = provider.getString("agbCode");
        String bsn = Households.randomBsn();
        JsonObject caseFile = Referrals.caseWithMember(fatima, bsn);
        String id = Referrals.create(fatima, caseFile, "WMO", "02", provider.getString("id"),
                today.minusDays(40), today.minusDays(30)).json().getString("id");
        for (int[] days : new int[][] {{25, 20}, {12, 10}}) {
            assertThat(fatima.post("/api/v1/referrals/" + id + "/pause",
                    "{\"reason\":\"RESIDENT_WISH\",\"from\":\"%s\"}".formatted(today.minusDays(days[0])))
                    .status()).isEqualTo(200);
            assertThat(fatima.post("/api/v1/referrals/" + id + "/resume", "{\"on\":\"%s\"}"
                    .formatted(today.minusDays(days[1]))).status()).isEqualTo(200);
        }

        Api.Response imported = upload("bericht;bsn;product;agb;datum\n301;%s;02;%s;%s\n305;%s;02;%s;%s\n"
                .formatted(bsn, agb, today.minusDays(8), bsn, agb, today.minusDays(2)));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().getInt("applied")).isEqualTo(2);
        JsonObject referral = fatima.get("/api/v1/referrals/" + id).json();
        assertThat(referral.getString("status")).isEqualTo("IN_CARE");
        assertThat(referral.getJsonObject("waitingTime").getInt("grossDays")).isEqualTo(28);
        assertThat(referral.getJsonObject("waitingTime").getInt("residentWishDays")).isEqualTo(7);
        assertThat(referral.getJsonObject("waitingTime").getInt("countedDays")).isEqualTo(21);
        assertThat(referral.getJsonArray("pauses").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("from"))
                .containsExactly(today.minusDays(25).toString(), today.minusDays(12).toString());
        assertThat(TestDatabase.count("select count(*) from wijkregie.waitinglist_message where referral_id = ?::uuid"
                + " and status = 'APPLIED' and team_id is not null", id)).isEqualTo(2);
    }

    /**
     * A chunk writes its timeline lines and monitoring facts together (ADR 0030): every applied event still has its
     * line, in the order of the file, on its own household's timeline, and every start of care its facts.
     */
    @Test
    void aChunksTimelineLinesAndOutcomeFactsAreAllThereInTheOrderOfTheFile() throws Exception {
        JsonObject provider = Referrals.provider("Jeugdhulp Regels");
        String agb = provider.getString("agbCode");
        String bsnA = Households.randomBsn();
        String bsnB = Households.randomBsn();
        JsonObject caseA = Referrals.caseWithMember(fatima, bsnA);
        JsonObject caseB = Referrals.caseWithMember(fatima, bsnB);
        String a = Referrals.create(fatima, caseA, "JEUGD", "45", provider.getString("id"), today.minusDays(40),
                null).json().getString("id");
        String b = Referrals.create(fatima, caseB, "JEUGD", "45", provider.getString("id"), today.minusDays(40),
                null).json().getString("id");

        Api.Response imported = upload(String.join("\n", List.of("bericht;bsn;product;agb;datum",
                "315;%s;45;%s;%s".formatted(bsnA, agb, today.minusDays(30)),
                "315;%s;45;%s;%s".formatted(bsnB, agb, today.minusDays(30)),
                "301;%s;45;%s;%s".formatted(bsnA, agb, today.minusDays(20)),
                "305;%s;45;%s;%s".formatted(bsnB, agb, today.minusDays(5)),
                "305;%s;45;%s;%s".formatted(bsnA, agb, today.minusDays(10)))) + "\n");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().getInt("applied")).isEqualTo(5);
        var dutch = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"));
        assertThat(stepLines(a, caseA)).containsExactly(
                "Verwijzing jeugdhulp: aanvraag verstuurd op " + today.minusDays(30).format(dutch) + " (bericht 315)",
                "Verwijzing jeugdhulp: toewijzing ontvangen op " + today.minusDays(20).format(dutch) + " (bericht 301)",
                "Verwijzing jeugdhulp: zorg gestart op " + today.minusDays(10).format(dutch) + " (bericht 305)");
        assertThat(stepLines(b, caseB)).containsExactly(
                "Verwijzing jeugdhulp: aanvraag verstuurd op " + today.minusDays(30).format(dutch) + " (bericht 315)",
                "Verwijzing jeugdhulp: zorg gestart op " + today.minusDays(5).format(dutch) + " (bericht 305)");
        String facts = "select count(*) from wijkregie.outcome_fact where household_key = ? and measure = ?"
                + " and domain = 'JEUGD' and category = '45' and value = ?";
        assertThat(TestDatabase.count(facts, key(caseA), "REFERRAL_STARTED", 20)).isEqualTo(1);
        assertThat(TestDatabase.count(facts, key(caseA), "REFERRAL_WITHIN_NORM", 1)).isEqualTo(1);
        assertThat(TestDatabase.count(facts, key(caseB), "REFERRAL_STARTED", 25)).isEqualTo(1);
        assertThat(TestDatabase.count(facts, key(caseB), "REFERRAL_WITHIN_NORM", 1)).isEqualTo(1);
    }

    /** The referral's step lines on its case's household timeline, in the order they were written. */
    private static List<String> stepLines(String referralId, JsonObject caseFile) throws java.sql.SQLException {
        try (var connection = TestDatabase.superuser(); var query = connection.prepareStatement("select summary"
                + " from wijkregie.timeline_event where source_id = ?::uuid and kind = 'REFERRAL_STEP'"
                + " and household_id = ?::uuid and case_id = ?::uuid and source_module = 'waitinglist'"
                + " and actor_id = 'systeem' order by id")) {
            query.setString(1, referralId);
            query.setString(2, caseFile.getString("householdId"));
            query.setString(3, caseFile.getString("id"));
            List<String> lines = new java.util.ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return lines;
        }
    }

    /** The household's pseudonym in the outcome store, with the demo secret of liberty-config/auth/demo.xml. */
    private static String key(JsonObject caseFile) {
        return new nl.wijkregie.monitoring.domain.Pseudonymiser("demo-only-pseudonym-secret-not-for-production-use"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), 1)
                .pseudonymOf(java.util.UUID.fromString(caseFile.getString("householdId")));
    }
}
