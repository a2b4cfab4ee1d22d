package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every read and write of a household leaves exactly one entry; the log cannot be changed unnoticed. */
class AccessLogIT {

    private final Api fatima = Api.as("fatima");
    private final Api anouk = Api.as("anouk");

    private static long entries(String subjectId, String action) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ? and action = ?",
                UUID.fromString(subjectId), action);
    }

    @Test
    void logsEachCreateReadAndUpdateOnce() {
        String id = Households.register(fatima);
        assertThat(entries(id, "CREATE")).isEqualTo(1);
        assertThat(entries(id, "READ")).isZero();

        fatima.get("/api/v1/households/" + id);
        assertThat(entries(id, "READ")).isEqualTo(1);

        fatima.put("/api/v1/households/" + id + "/address", HouseholdApiIT.addressChange(0));
        assertThat(entries(id, "UPDATE")).isEqualTo(1);

        fatima.get("/api/v1/households?size=100");
        assertThat(entries(id, "READ")).isEqualTo(2);
    }

    @Test
    void recordsWhoWhenWhyAndThroughWhichEndpoint() {
        String id = Households.register(fatima);
        fatima.get("/api/v1/households/" + id);

        long matching = TestDatabase.count("""
                select count(*) from wijkregie.access_log
                where subject_id = ? and action = 'READ' and outcome = 'SUCCESS' and user_id = 'fatima'
                  and user_role = 'professional' and team_id = '7c1e6a4e-0000-4000-8000-000000000001'
                  and purpose = 'CASEWORK' and subject_type = 'HOUSEHOLD'
                  and source = 'GET /api/v1/households/' || ? and occurred_at > now() - interval '1 minute'""",
                UUID.fromString(id), id);
        assertThat(matching).isEqualTo(1);
    }

    @Test
    void leavesNoEntryForARefusedRead() {
        String id = Households.register(fatima);
        Api.as("pieter").get("/api/v1/households/" + id);
        Api.as("bram").get("/api/v1/households/" + id);

        assertThat(entries(id, "READ")).isZero();
    }

    @Test
    void refusesUpdateAndDeleteEvenToTheApplicationsOwnRole() throws SQLException {
        Households.register(fatima);
        try (Connection app = TestDatabase.applicationRole(); Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update wijkregie.access_log set user_id = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from wijkregie.access_log"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("truncate wijkregie.access_log"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void verificationFindsARowTamperedWithBehindTheApplicationsBack() throws SQLException {
        String id = Households.register(fatima);
        JsonObject before = anouk.get("/api/v1/access-log/verification").json();
        assertThat(before.getBoolean("valid")).isTrue();
        assertThat(before.getJsonNumber("entriesChecked").longValue()).isPositive();

        String entryId = tamper(id, "someone-else");
        try {
            JsonObject after = anouk.get("/api/v1/access-log/verification").json();
            assertThat(after.getBoolean("valid")).isFalse();
            assertThat(after.getString("firstInvalidEntryId")).isEqualTo(entryId);
        } finally {
            tamper(id, "fatima");
        }
        assertThat(anouk.get("/api/v1/access-log/verification").json().getBoolean("valid")).isTrue();
    }

    /** As the database superuser, with triggers off: what an attacker with full database access could do. */
    private static String tamper(String subjectId, String userId) throws SQLException {
        try (Connection superuser = TestDatabase.superuser(); Statement sql = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            sql.execute("set local session_replication_role = replica");
            var rows = sql.executeQuery("select id from wijkregie.access_log where subject_id = '" + subjectId
                    + "' and action = 'CREATE'");
            rows.next();
            String entryId = rows.getString(1);
            sql.executeUpdate("update wijkregie.access_log set user_id = '" + userId + "' where id = '" + entryId
                    + "'");
            superuser.commit();
            return entryId;
        }
    }
}
