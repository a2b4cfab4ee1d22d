package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Retention on the real server: signal data of a case closed without help is erased after the period (six months by
 * default), leaving only anonymous counts; a case still open is kept.
 */
class SignalRetentionIT {

    private final Api fatima = Api.as("fatima");
    private final Api anouk = Api.as("anouk");

    @Test
    void aCaseClosedWithoutHelpIsErasedAfterSixMonthsAndOnlyCountsRemain() {
        JsonObject closed = Signals.receive(fatima, Signals.json("Vitens", "WATER", Households.uniquePostcode(), 3,
                "Piet", null, "Smit", "1970-01-01", 2_500, false, "GEEN"));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        JsonObject open = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", Households.uniquePostcode(), 5,
                "Els", null, "Jong", "1990-05-05", 120_000, false, "GEEN"));
        assertThat(open.getString("status")).isEqualTo("OPEN");
        long countsBefore = TestDatabase.count("select coalesce(sum(signal_cases), 0) from wijkregie.signal_erased_count");

        Api.Response tooEarly = anouk.post("/api/v1/signal-admin/retention-runs", "");
        assertThat(tooEarly.status()).isEqualTo(200);
        assertThat(fatima.get("/api/v1/signal-cases/" + closed.getString("id")).status()).isEqualTo(200);

        try {
            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(200).toSeconds(), "")
                    .status()).isEqualTo(200);
            Api.Response run = anouk.post("/api/v1/signal-admin/retention-runs", "");
            assertThat(run.status()).as(run.toString()).isEqualTo(200);
            assertThat(run.json().getInt("signalCases")).isPositive();
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }

        assertThat(fatima.get("/api/v1/signal-cases/" + closed.getString("id")).status()).isEqualTo(404);
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal where signal_case_id = '"
                + closed.getString("id") + "'")).isZero();
        assertThat(TestDatabase.count("select coalesce(sum(signal_cases), 0) from wijkregie.signal_erased_count"))
                .isGreaterThan(countsBefore);
        assertThat(fatima.get("/api/v1/signal-cases/" + open.getString("id")).status()).isEqualTo(200);
    }
}
