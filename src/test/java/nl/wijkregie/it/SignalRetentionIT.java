package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Retention on the real server: signal data of a case closed without help is erased after the period (six months by
 * default), leaving only anonymous counts — also the line a matched signal wrote on the household's timeline; a case
 * still open is kept. The boundary is pinned to the day in Dutch time.
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

    @Test
    void erasingAMatchedSignalCaseAlsoErasesItsLineOnTheHouseholdsTimeline() {
        String postcode = Households.uniquePostcode();
        Api.Response household = fatima.post("/api/v1/households",
                Households.jsonAt(postcode, 9, "Jan", null, "Huurachterstand", null));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        JsonObject caseFile = Cases.caseOfHousehold(fatima, household.json().getString("id"));
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", postcode, 9, "Jan", null,
                "Huurachterstand", "1985-02-03", 45_000, false, "GEEN"));
        assertThat(signalCase.getString("matchStatus")).isEqualTo("MATCHED");
        Api.Response closed = Signals.close(fatima, signalCase, "NIET_OPGEPAKT_ONTERECHT_SIGNAAL");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        String timeline = "/api/v1/cases/" + caseFile.getString("id") + "/timeline";
        assertThat(fatima.get(timeline).body()).contains("Vroegsignaal ontvangen: Huur");

        try {
            shiftClockTo(Instant.now().plus(Duration.ofDays(200)));
            Api.Response run = anouk.post("/api/v1/signal-admin/retention-runs", "");
            assertThat(run.status()).as(run.toString()).isEqualTo(200);
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }

        assertThat(fatima.get("/api/v1/signal-cases/" + signalCase.getString("id")).status()).isEqualTo(404);
        Api.Response after = fatima.get(timeline);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).doesNotContain("Vroegsignaal").doesNotContain("Huur");
        assertThat(TestDatabase.count("select count(*) from wijkregie.timeline_event where source_id = ?::uuid",
                signalCase.getString("id"))).isZero();
        assertThat(TestDatabase.count("select count(*) from wijkregie.timeline_event where household_id = ?::uuid",
                household.json().getString("id"))).as("the household's own lines stay").isPositive();
    }

    /**
     * Two cases closed half an hour either side of midnight, six months before a run: the one closed the day before
     * the cut-off day goes on that run, the one closed on the cut-off day on the next day's run — not a day earlier.
     */
    @Test
    void theRetentionPeriodEndsAtMidnightDutchTimeSixMonthsAfterTheDayOfClosing() {
        LocalDate cutOffDay = LocalDate.now(AMSTERDAM).plusDays(40);
        if (cutOffDay.getDayOfMonth() > 28) {
            cutOffDay = cutOffDay.plusDays(5);
        }
        LocalDate runDay = cutOffDay.plusMonths(6);
        assertThat(runDay.minusMonths(6)).isEqualTo(cutOffDay);
        JsonObject dayBefore;
        JsonObject onTheDay;
        try {
            shiftClockTo(cutOffDay.minusDays(1).atTime(23, 30).atZone(AMSTERDAM).toInstant());
            dayBefore = closedWithoutHelp("Voorgrens");
            shiftClockTo(cutOffDay.atTime(0, 30).atZone(AMSTERDAM).toInstant());
            onTheDay = closedWithoutHelp("Opgrens");

            shiftClockTo(noonOn(runDay.minusDays(1)));
            assertThat(anouk.post("/api/v1/signal-admin/retention-runs", "").status()).isEqualTo(200);
            assertThat(exists(dayBefore)).as("a day too early: kept").isTrue();
            assertThat(exists(onTheDay)).isTrue();

            shiftClockTo(noonOn(runDay));
            assertThat(anouk.post("/api/v1/signal-admin/retention-runs", "").status()).isEqualTo(200);
            assertThat(exists(dayBefore)).as("closed the day before the cut-off day: erased").isFalse();
            assertThat(exists(onTheDay)).as("closed on the cut-off day: kept until tomorrow").isTrue();

            shiftClockTo(runDay.plusDays(1).atTime(0, 5).atZone(AMSTERDAM).toInstant());
            assertThat(anouk.post("/api/v1/signal-admin/retention-runs", "").status()).isEqualTo(200);
            assertThat(exists(onTheDay)).as("the day after: erased").isFalse();
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static Instant noonOn(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(AMSTERDAM).toInstant();
    }

    /** A signal below the municipal threshold: triage closes its case without help at once, at the clock's time. */
    private JsonObject closedWithoutHelp(String surname) {
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Vitens", "WATER", Households.uniquePostcode(), 3,
                "Piet", null, surname, "1970-01-01", 2_500, false, "GEEN"));
        assertThat(signalCase.getString("status")).isEqualTo("CLOSED");
        return signalCase;
    }

    private static boolean exists(JsonObject signalCase) {
        return TestDatabase.count("select count(*) from wijkregie.signal_case where id = ?::uuid",
                signalCase.getString("id")) == 1;
    }

    private void shiftClockTo(Instant target) {
        long offset = Duration.between(Instant.now(), target).toSeconds();
        Api.Response shifted = anouk.put("/api/v1/devtools/clock?offsetSeconds=" + offset, "");
        assertThat(shifted.status()).as(shifted.toString()).isEqualTo(200);
    }

    /**
     * The daily run starts on every node: while one holds the run (here: the test holds its lock), a second one — on
     * the other node too — is refused with 409 and a Dutch reason, and erases nothing.
     */
    @Test
    void aSecondRetentionRunWhileOneIsRunningIsRefusedOnEitherNode() throws Exception {
        try (java.sql.Connection other = TestDatabase.superuser();
             java.sql.Statement statement = other.createStatement()) {
            statement.execute("select pg_advisory_lock(hashtext('wijkregie.signal-retention'))");
            long runsBefore = TestDatabase.count("select count(*) from wijkregie.signal_erasure_run");
            for (Api node : java.util.List.of(anouk, anouk.onNodeB())) {
                Api.Response refused = node.post("/api/v1/signal-admin/retention-runs", "");
                assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
                assertThat(refused.isProblem()).isTrue();
                assertThat(refused.json().getString("detail")).contains("opschoonronde");
            }
            assertThat(TestDatabase.count("select count(*) from wijkregie.signal_erasure_run")).isEqualTo(runsBefore);
            statement.execute("select pg_advisory_unlock(hashtext('wijkregie.signal-retention'))");
        }
        assertThat(anouk.onNodeB().post("/api/v1/signal-admin/retention-runs", "").status()).isEqualTo(200);
    }
}
