package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The engine's history does not keep every process forever: a cleanup job is scheduled in the nightly window, and a
 * process that ended longer ago than its model's time to live (vroegsignalering: 400 days) is gone from the engine's
 * history tables after a cleanup run, business key and all. The run is started at night on the shifted clock, inside
 * the window, where the job keeps going until nothing is left (one run outside it deletes one batch).
 */
class WorkflowHistoryCleanupIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Api fatima = Api.as("fatima");
    private final Api anouk = Api.as("anouk");

    @Test
    void theEngineSchedulesItsHistoryCleanupInTheNightlyWindow() {
        assertThat(TestDatabase.count("select count(*) from camunda.act_ru_job where handler_type_ = 'history-cleanup'"
                + " and extract(hour from duedate_) between 1 and 4"))
                .as("a cleanup job due inside the default window 01:00-05:00").isPositive();
    }

    @Test
    void aProcessPastItsTimeToLiveIsGoneFromTheHistoryAfterACleanupRun() {
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Vitens", "WATER", Households.uniquePostcode(), 4,
                "Piet", null, "Geschiedenis", "1970-01-01", 2_500, false, "GEEN"));
        String businessKey = signalCase.getString("id");
        assertThat(signalCase.getString("status")).isEqualTo("CLOSED");
        assertThat(historyRows(businessKey)).as("the ended process is in the history").isPositive();
        assertThat(Signals.processPath(businessKey).getJsonArray("finished")).isNotEmpty();

        try {
            Instant inTheWindow = LocalDate.now(AMSTERDAM).plusDays(402).atTime(2, 0).atZone(AMSTERDAM).toInstant();
            long offset = Duration.between(Instant.now(), inTheWindow).toSeconds();
            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + offset, "").status()).isEqualTo(200);
            // the job executor may be moving the same (now due) cleanup job: that answers 409, and we ask again
            Api.Response[] run = {null};
            Signals.await("the cleanup to be scheduled", Duration.ofSeconds(30), () -> {
                run[0] = anouk.post("/api/v1/workflow/history-cleanup", "");
                assertThat(run[0].status()).as(run[0].toString()).isIn(200, 409);
                return run[0].status() == 200;
            });
            assertThat(run[0].json().getString("jobId")).isNotBlank();

            Signals.await("the history cleanup", Duration.ofSeconds(180), () -> historyRows(businessKey) == 0);
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }

        assertThat(Signals.processPath(businessKey).getJsonArray("finished")).isEmpty();
    }

    /** The process instance with this business key and its activity history, in the engine's own tables. */
    private static long historyRows(String businessKey) {
        return TestDatabase.count("select count(*) from camunda.act_hi_procinst where business_key_ = ?", businessKey)
                + TestDatabase.count("select count(*) from camunda.act_hi_actinst a join camunda.act_hi_procinst p"
                + " on p.id_ = a.proc_inst_id_ where p.business_key_ = ?", businessKey);
    }
}
