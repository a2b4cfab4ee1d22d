package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Retention of iJw/iWmo events that were never applied: unmatched and rejected ones (they hold a BSN) are erased
 * once three months have passed, an applied one stays with its referral, and only one run goes at a time across nodes.
 */
class ReferralMessageRetentionIT {

    private final Api fatima = Api.as("fatima");
    private final Api anouk = Api.as("anouk");
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private static long messages(String importId, String status) {
        return TestDatabase.count("select count(*) from wijkregie.waitinglist_message where import_id = ?::uuid"
                + " and status = ?", importId, status);
    }

    @Test
    void unmatchedAndRejectedEventsAreErasedAfterThreeMonthsAndAnAppliedOneStays() {
        JsonObject provider = Referrals.provider("Jeugdhulp Bewaartermijn");
        String agb = provider.getString("agbCode");
        String bsn = Households.randomBsn();
        JsonObject caseFile = Referrals.caseWithMember(fatima, bsn);
        Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"), today.minusDays(40), null);
        Api.Response upload = anouk.send("POST", "/api/v1/referral-messages/imports?fileName=bewaren.csv", "text/csv",
                String.join("\n", "bericht;bsn;product;agb;datum",
                        "315;%s;45;%s;%s".formatted(bsn, agb, today.minusDays(30)),
                        "315;%s;41;%s;%s".formatted(bsn, agb, today.minusDays(30)),
                        "315;%s;45;%s;%s".formatted(Households.randomBsn(), agb, today.minusDays(30))) + "\n");
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        String importId = upload.json().getString("id");

        Api.Response tooEarly = anouk.post("/api/v1/referral-messages/retention-runs", "");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(200);
        assertThat(messages(importId, "UNMATCHED")).isEqualTo(1);
        assertThat(messages(importId, "REJECTED")).isEqualTo(1);

        try {
            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(200).toSeconds(), "")
                    .status()).isEqualTo(200);
            Api.Response run = anouk.post("/api/v1/referral-messages/retention-runs", "");
            assertThat(run.status()).as(run.toString()).isEqualTo(200);
            assertThat(run.json().getInt("messages")).isGreaterThanOrEqualTo(2);
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }

        assertThat(messages(importId, "UNMATCHED")).isZero();
        assertThat(messages(importId, "REJECTED")).isZero();
        assertThat(messages(importId, "APPLIED")).isEqualTo(1);
    }

    @Test
    void aSecondRunWhileOneHoldsTheLockIsRefused() throws Exception {
        try (Connection other = TestDatabase.superuser(); Statement statement = other.createStatement()) {
            statement.execute("select pg_advisory_lock(hashtext('wijkregie.waitinglist-message-retention'))");
            Api.Response refused = anouk.post("/api/v1/referral-messages/retention-runs", "");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.isProblem()).isTrue();
            statement.execute("select pg_advisory_unlock(hashtext('wijkregie.waitinglist-message-retention'))");
        }
        assertThat(anouk.post("/api/v1/referral-messages/retention-runs", "").status()).isEqualTo(200);
    }
}
