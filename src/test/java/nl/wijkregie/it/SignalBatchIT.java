package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Monthly lists on the real server: good and bad rows side by side, re-upload, limits, partner scope, and an import
 * that crashes in the middle and is resumed without losing or repeating a row.
 */
class SignalBatchIT {

    static final String HEADER = "signaalpartner_type;signaalpartner;referentie;voorletters;voornaam;voorvoegsel;"
            + "achternaam;geboortedatum;straat;huisnummer;toevoeging;postcode;plaats;telefoon;email;bedrag_centen;"
            + "ontstaansdatum;signaaldatum;crisis;warme_overdracht;dreiging";

    private final Api anouk = Api.as("anouk");

    static String row(String run, int n, String postcode) {
        return "Huur;Woonzaam;%s-%d;J.;;van;Dijk;1980-01-%02d;Batchstraat;%d;;%s;Zaandam;;;45000;2026-08-01;2026-11-01;nee;nee;"
                .formatted(run, n, 1 + n % 28, n, postcode);
    }

    static JsonObject upload(Api api, String csv) {
        Api.Response response = api.send("POST", "/api/v1/signal-batches?fileName=test.csv", "text/csv", csv);
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        assertThat(response.location()).contains("/api/v1/signal-batches/");
        return response.json();
    }

    static JsonObject awaitDone(Api api, String id) {
        JsonObject[] last = new JsonObject[1];
        Signals.await("batch " + id, Duration.ofSeconds(60), () -> {
            last[0] = api.get("/api/v1/signal-batches/" + id).json();
            return List.of("DONE", "FAILED").contains(last[0].getString("status"));
        });
        return last[0];
    }

    @Test
    void theRejectionReportStreamsEveryBadRowWhileTheScreenShowsTheFirst500() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int bad = 2_345;
        for (int n = 1; n <= bad; n++) {
            csv.append(row(run, n, "12AB")).append('\n');
        }
        JsonObject batch = awaitDone(anouk, upload(anouk, csv.toString()).getString("id"));
        assertThat(batch.getInt("rowsRejected")).isEqualTo(bad);

        Api.Response onScreen = anouk.get("/api/v1/signal-batches/" + batch.getString("id") + "/rejections");
        assertThat(onScreen.structure().asJsonArray()).hasSize(500);

        Api.Response report = anouk.get("/api/v1/signal-batches/" + batch.getString("id") + "/rejections.csv",
                "text/csv");
        assertThat(report.status()).isEqualTo(200);
        List<String> lines = report.body().lines().toList();
        assertThat(lines).hasSize(bad + 1);
        assertThat(lines.get(0)).startsWith("\uFEFFregel;referentie");
        assertThat(lines.get(1)).startsWith("2;" + run + "-1;");
        assertThat(lines.get(bad)).startsWith((bad + 1) + ";" + run + "-" + bad + ";");
        assertThat(Api.as("fatima").get("/api/v1/signal-batches/" + batch.getString("id") + "/rejections.csv",
                "text/csv").status()).isEqualTo(403);
    }

    @Test
    void importsExactlyTheGoodRowsAndReportsEveryBadOne() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String postcode = Households.uniquePostcode();
        List<String> rows = new ArrayList<>();
        rows.add(row(run, 1, postcode));
        rows.add(row(run, 2, postcode));
        rows.add("Huur;Woonzaam;%s-3;J.;;;Jansen;1980-01-01;Batchstraat;3;;12AB;Zaandam;;;45000;2026-08-01;2026-11-01;nee;nee;"
                .formatted(run));
        rows.add("Huur;Woonzaam;%s-4;J.;;;Jansen;31-02-1980;Batchstraat;4;;%s;Zaandam;;;45000;2026-08-01;2026-11-01;nee;nee;"
                .formatted(run, postcode));
        rows.add("Huur;Woonzaam;%s-5;J.;;;Jansen;1980-01-01;Batchstraat;5;;%s;Zaandam;;;-5;2026-08-01;2026-11-01;nee;nee;"
                .formatted(run, postcode));
        rows.add("Gokkast;Woonzaam;%s-6;J.;;;Jansen;1980-01-01;Batchstraat;6;;%s;Zaandam;;;45000;2026-08-01;2026-11-01;nee;nee;"
                .formatted(run, postcode));
        rows.add("Huur;Woonzaam;;;;;;1980-01-01;Batchstraat;7;;%s;Zaandam;;;45000;2026-08-01;2026-11-01;misschien;nee;brand"
                .formatted(postcode));
        rows.add("Huur;Woonzaam;=1+2;J.;;;Jansen;1980-01-01;Batchstraat;x;;%s;Zaandam;;;45000;2026-11-01;2026-08-01;nee;nee;"
                .formatted(postcode));
        rows.add("Huur;Woonzaam;%s-9;J.".formatted(run));
        rows.add(row(run, 10, postcode));
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";

        JsonObject batch = awaitDone(anouk, upload(anouk, csv).getString("id"));

        assertThat(batch.getString("status")).isEqualTo("DONE");
        assertThat(batch.getInt("rowsTotal")).isEqualTo(10);
        assertThat(batch.getInt("rowsImported")).isEqualTo(3);
        assertThat(batch.getInt("rowsRejected")).isEqualTo(7);
        List<JsonObject> rejections = anouk.get("/api/v1/signal-batches/" + batch.getString("id") + "/rejections")
                .structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(rejections).extracting(r -> r.getInt("rowNumber")).containsExactly(4, 5, 6, 7, 8, 9, 10);
        assertThat(rejections.get(0).getString("reasons")).contains("postcode '12AB' is ongeldig");
        assertThat(rejections.get(1).getString("reasons")).contains("geboortedatum '31-02-1980' is geen geldige datum");
        assertThat(rejections.get(2).getString("reasons")).contains("bedrag (in centen) '-5'");
        assertThat(rejections.get(3).getString("reasons")).contains("soort signaalpartner 'Gokkast' is onbekend");
        assertThat(rejections.get(4).getString("reasons")).contains("referentie ontbreekt", "achternaam ontbreekt",
                "crisis 'misschien'", "dreiging 'brand'", "voorletters of voornaam ontbreekt");
        assertThat(rejections.get(5).getString("reasons")).contains("huisnummer 'x'", "signaaldatum ligt vóór");
        assertThat(rejections.get(6).getString("reasons")).contains("kolommen");
        String report = anouk.get("/api/v1/signal-batches/" + batch.getString("id") + "/rejections.csv", "text/csv")
                .body();
        assertThat(report).contains("\n9;'=1+2;").doesNotContain("\n9;=1+2;");

        JsonObject again = awaitDone(anouk, upload(anouk, csv).getString("id"));
        assertThat(again.getInt("rowsImported")).isZero();
        assertThat(again.getInt("rowsDuplicate")).isEqualTo(3);
        assertThat(again.getInt("rowsRejected")).isEqualTo(7);
    }

    @Test
    void refusesFilesThatCannotBeReadAsAWhole() {
        Api.Response noHeader = anouk.send("POST", "/api/v1/signal-batches", "text/csv", "achternaam;postcode\nX;1234AB\n");
        assertThat(noHeader.status()).isEqualTo(422);
        assertThat(noHeader.isProblem()).isTrue();
        assertThat(noHeader.json().getString("detail")).contains("Verplichte kolommen ontbreken");
        Api.Response empty = anouk.send("POST", "/api/v1/signal-batches", "text/csv", HEADER + "\n");
        assertThat(empty.status()).isEqualTo(422);
        Api.Response tooLarge = anouk.send("POST", "/api/v1/signal-batches", "text/csv",
                HEADER + "\n" + "x".repeat(3 * 1024 * 1024));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.isProblem()).isTrue();
        assertThat(TestDatabase.count(ReferralImportIT.ORPHAN_FILES)).as("refused files leave no stored part")
                .isZero();
    }

    @Test
    void aPartnerUploadsWithItsOwnNameAndSeesOnlyItsOwnBatchesAndSignals() {
        Api woonzaam = Api.as("woonzaam");
        Api zaanstroom = Api.as("zaanstroom");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "referentie;voorletters;achternaam;geboortedatum;straat;huisnummer;postcode;plaats;bedrag_centen;"
                + "ontstaansdatum;signaaldatum\n%s-1;K.;Kok;1970-03-03;Partnerweg;1;%s;Zaandam;99000;2026-07-01;2026-11-02\n"
                .formatted(run, Households.uniquePostcode());

        JsonObject batch = awaitDone(woonzaam, upload(woonzaam, csv).getString("id"));

        assertThat(batch.getInt("rowsImported")).isEqualTo(1);
        assertThat(zaanstroom.get("/api/v1/signal-batches/" + batch.getString("id")).status()).isEqualTo(404);
        assertThat(zaanstroom.get("/api/v1/signal-batches").body()).doesNotContain(batch.getString("id"));
        String own = woonzaam.get("/api/v1/signals/status?reference=" + run + "-1").body();
        assertThat(own).contains("\"status\":\"OPGEPAKT\"").doesNotContain("Kok").doesNotContain("signalCase");
        assertThat(zaanstroom.get("/api/v1/signals/status?reference=" + run + "-1").body()).isEqualTo("[]");
    }
}
