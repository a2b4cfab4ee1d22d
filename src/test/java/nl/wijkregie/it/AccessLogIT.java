package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every read and write of a household leaves exactly one entry; the log cannot be changed unnoticed. */
class AccessLogIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

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
    void theApplicationsOwnRoleMayNotChangeEmptyOrAlterTheLog() throws SQLException {
        Households.register(fatima);
        try (Connection app = TestDatabase.applicationRole(); Statement sql = app.createStatement()) {
            for (String change : List.of(
                    "update wijkregie.access_log set user_id = 'x'",
                    "delete from wijkregie.access_log",
                    "truncate wijkregie.access_log",
                    "alter table wijkregie.access_log disable trigger access_log_no_update_or_delete",
                    "alter table wijkregie.access_log disable trigger user",
                    "drop table wijkregie.access_log",
                    "delete from wijkregie.access_log_chain",
                    "truncate wijkregie.access_log_chain",
                    "insert into wijkregie.access_log_chain (stripe, last_sequence, last_hash) values (99, 0, '')",
                    "update wijkregie.access_log_chain set stripe = stripe + 100",
                    "delete from wijkregie.flyway_schema_history")) {
                assertThatThrownBy(() -> sql.execute(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
            // what the writer needs, and the application's other tables as before (signal retention deletes)
            assertThat(sql.executeQuery("select count(*) from wijkregie.access_log").next()).isTrue();
            app.setAutoCommit(false);
            sql.executeUpdate("update wijkregie.access_log_chain set last_sequence = last_sequence where stripe = 0");
            sql.executeUpdate("delete from wijkregie.signal_match_candidate where false");
            app.rollback();
        }
    }

    @Test
    void theTriggersStillRefuseChangesToTheOwnerRole() throws SQLException {
        Households.register(fatima);
        try (Connection owner = TestDatabase.ownerRole(); Statement sql = owner.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update wijkregie.access_log set user_id = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from wijkregie.access_log"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("truncate wijkregie.access_log"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void verificationFindsAChainCutBackBehindAnAnchor() throws Exception {
        Households.register(fatima);
        // As the owner role (or anyone who can switch the triggers off): remove the newest entry of a chain and wind
        // its head back, which leaves a chain that is consistent in itself. The head stays locked from before the
        // anchor until the entry is put back (the keeper queues for the lock right after the attacker took it), so the
        // application appends nothing to this chain meanwhile.
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (Connection attacker = TestDatabase.ownerRole(); Statement attack = attacker.createStatement();
             Connection keeper = TestDatabase.ownerRole(); Statement keep = keeper.createStatement()) {
            attacker.setAutoCommit(false);
            keeper.setAutoCommit(false);
            ResultSet head = attack.executeQuery("select stripe, last_sequence from wijkregie.access_log_chain"
                    + " where last_sequence > 0 order by last_sequence desc limit 1 for update");
            assertThat(head.next()).isTrue();
            int stripe = head.getInt(1);
            long sequence = head.getLong(2);
            // The keeper queues for the head first, before requests of the application (the job executor appends
            // in the background) can queue behind the attacker: it gets the head as the attack left it.
            int keeperPid = backendPid(keep);
            Future<Long> kept = background.submit(() -> Entry.lockHead(keep, stripe));
            awaitWaitingForALock(keeperPid);

            Api.Response anchor = anouk.post("/api/v1/access-log/anchors", "");
            assertThat(anchor.status()).as(anchor.toString()).isEqualTo(200);
            assertThat(anchor.json().getInt("chains")).isEqualTo(16);
            assertThat(anchor.json().getString("file")).startsWith("access-log-anchor-");

            Entry removed = Entry.remove(attack, stripe, sequence);
            attacker.commit();
            // An application request that had queued for this chain's head before the keeper may have appended
            // onto the cut chain: the verification sees the cut all the same (the anchored hash no longer matches),
            // and its entries are taken out below before the removed one is put back.
            long keptHead = kept.get();
            assertThat(keptHead).isGreaterThanOrEqualTo(sequence - 1);
            try {
                JsonObject after = anouk.get("/api/v1/access-log/verification").json();
                assertThat(after.getBoolean("valid")).as(after.toString()).isFalse();
                assertThat(after.getInt("firstInvalidStripe")).isEqualTo(stripe);
                assertThat(after.getJsonNumber("firstInvalidSequence").longValue()).isEqualTo(sequence);
            } finally {
                if (keptHead >= sequence) {
                    Entry.removeFrom(keep, stripe, sequence);
                }
                removed.restore(keep);
                keeper.commit();
            }
        } finally {
            background.shutdownNow();
        }
        assertThat(anouk.get("/api/v1/access-log/verification").json().getBoolean("valid")).isTrue();
    }

    private static int backendPid(Statement sql) throws SQLException {
        try (ResultSet row = sql.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Until this backend waits for a lock: its query runs on another thread, so look from outside. */
    private static void awaitWaitingForALock(int pid) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (TestDatabase.count("select count(*) from pg_stat_activity where pid = ? and wait_event_type = 'Lock'",
                    pid) == 1) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the keeper never queued for the chain head's lock");
    }

    /** The last entry of a chain, taken out by someone who may switch the triggers off, and put back. */
    private record Entry(int stripe, long sequence, String row) {

        static Entry remove(Statement sql, int stripe, long sequence) throws SQLException {
            String where = " where stripe = " + stripe + " and sequence = " + sequence;
            ResultSet found = sql.executeQuery("select row_to_json(e)::text from wijkregie.access_log e" + where);
            assertThat(found.next()).isTrue();
            Entry entry = new Entry(stripe, sequence, found.getString(1));
            sql.executeUpdate("update wijkregie.access_log_chain set last_sequence = " + (sequence - 1)
                    + ", last_hash = (select previous_hash from wijkregie.access_log" + where + ") where stripe = "
                    + stripe);
            sql.execute("alter table wijkregie.access_log disable trigger access_log_no_update_or_delete");
            sql.executeUpdate("delete from wijkregie.access_log" + where);
            sql.execute("alter table wijkregie.access_log enable trigger access_log_no_update_or_delete");
            return entry;
        }

        /** Entries appended onto the cut chain, from {@code sequence} on (the keeper holds the head's lock). */
        static void removeFrom(Statement sql, int stripe, long sequence) throws SQLException {
            sql.execute("alter table wijkregie.access_log disable trigger access_log_no_update_or_delete");
            sql.executeUpdate("delete from wijkregie.access_log where stripe = " + stripe + " and sequence >= "
                    + sequence);
            sql.execute("alter table wijkregie.access_log enable trigger access_log_no_update_or_delete");
        }

        static long lockHead(Statement sql, int stripe) throws SQLException {
            try (ResultSet head = sql.executeQuery("select last_sequence from wijkregie.access_log_chain"
                    + " where stripe = " + stripe + " for update")) {
                head.next();
                return head.getLong(1);
            }
        }

        /** In the transaction that holds the chain head's lock since the removal. */
        void restore(Statement sql) throws SQLException {
            String restored = "json_populate_record(null::wijkregie.access_log, '" + row.replace("'", "''") + "')";
            sql.executeUpdate("insert into wijkregie.access_log select * from " + restored);
            sql.executeUpdate("update wijkregie.access_log_chain set last_sequence = " + sequence
                    + ", last_hash = (select hash from " + restored + ") where stripe = " + stripe);
        }
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
