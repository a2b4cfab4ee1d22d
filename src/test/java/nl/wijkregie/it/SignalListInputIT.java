package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signal lists and the import switch with input that used to give a 500. */
class SignalListInputIT {

    private final Api anouk = Api.as("anouk");

    @BeforeAll
    static void ready() {
        Api.awaitReady(Duration.ofMinutes(3));
    }

    @Test
    void aFileWithAnUnterminatedQuoteIsRefusedNamingTheLineAndNothingIsStored() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String postcode = Households.uniquePostcode();
        String csv = SignalBatchIT.HEADER + "\n" + SignalBatchIT.row(run, 1, postcode) + "\n"
                + SignalBatchIT.row(run, 2, postcode).replace(";van;Dijk;", ";van;\"Pietersen;") + "\n"
                + SignalBatchIT.row(run, 3, postcode) + "\n";
        long batchesBefore = TestDatabase.count("select count(*) from wijkregie.signal_batch");

        Api.Response response = anouk.send("POST", "/api/v1/signal-batches?fileName=quote.csv", "text/csv", csv);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().getString("detail")).startsWith("Regel 3 ").contains("aanhalingsteken");
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal_batch")).isEqualTo(batchesBefore);
    }

    @Test
    void aRowWithANulIsRejectedWithItsReasonAndTheOthersAreImported() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String postcode = Households.uniquePostcode();
        String csv = SignalBatchIT.HEADER + "\n" + SignalBatchIT.row(run, 1, postcode) + "\n"
                + SignalBatchIT.row(run, 2, postcode).replace(";Dijk;", ";Di\u0000jk;") + "\n"
                + SignalBatchIT.row(run, 3, postcode) + "\n";

        JsonObject batch = SignalBatchIT.awaitDone(anouk, SignalBatchIT.upload(anouk, csv).getString("id"));

        assertThat(batch.getString("status")).isEqualTo("DONE");
        assertThat(batch.getInt("rowsImported")).isEqualTo(2);
        assertThat(batch.getInt("rowsRejected")).isEqualTo(1);
        List<JsonObject> rejections = anouk.get("/api/v1/signal-batches/" + batch.getString("id") + "/rejections")
                .structure().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(rejections).extracting(r -> r.getInt("rowNumber")).containsExactly(3);
        assertThat(rejections.get(0).getString("reasons")).contains("achternaam bevat een ongeldig teken");
    }

    /**
     * The crash switch armed a crash after 0 rows when its row count was left out (issue 12); crash and resume are
     * now tested in the container (SignalImportContainerIT, ADR 0018), and the switch is gone even with devtools on.
     */
    @Test
    void theImportCrashSwitchIsGone() {
        Api.Response response = anouk.put("/api/v1/signal-admin/import-crash", "");

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
        assertThat(anouk.put("/api/v1/signal-admin/import-crash?afterRows=0", "").status()).isEqualTo(404);
    }
}
