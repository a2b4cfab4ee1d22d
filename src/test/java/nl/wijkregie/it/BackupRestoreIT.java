package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.wijkregie.audit.ChainVerification;
import nl.wijkregie.audit.persistence.AccessLogVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * scripts/backup and scripts/restore against the test database (issue 21): a backup restored into a new database
 * passes the application's access-log verification with the anchors it carries, the same anchors catch a restored
 * chain that was cut back, and a damaged backup restores nothing.
 */
class BackupRestoreIT {

    private static final URI DB = URI.create(TestDatabase.URL.substring("jdbc:".length()));
    private static final Path WORK = Path.of("target", "it-backup-restore");
    private static final Path SOURCE_ANCHORS = Path.of(System.getProperty("wijkregie.anchorDir",
            "target/it-access-log-anchors"));
    private static final String RESTORED = "wijkregie_restored_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String DAMAGED = RESTORED + "_damaged";

    private static final Api fatima = Api.as("fatima");
    private static final Api anouk = Api.as("anouk");

    private static Path backup;
    private static String anchoredHousehold;
    private static long entriesBeforeBackup;

    @BeforeAll
    static void backUp() throws Exception {
        // entries before and after an anchor, so the backup holds anchored and not yet anchored ones
        anchoredHousehold = Households.register(fatima);
        assertThat(fatima.get("/api/v1/households/" + anchoredHousehold).status()).isEqualTo(200);
        Api.Response anchor = anouk.post("/api/v1/access-log/anchors", "");
        assertThat(anchor.status()).as(anchor.toString()).isEqualTo(200);
        String later = Households.register(fatima);
        assertThat(fatima.get("/api/v1/households/" + later).status()).isEqualTo(200);
        assertThat(anouk.get("/api/v1/access-log/verification").json().getBoolean("valid")).isTrue();
        entriesBeforeBackup = TestDatabase.count("select count(*) from wijkregie.access_log");

        Files.createDirectories(WORK);
        List<String> output = run("scripts/backup", "--out=" + WORK.resolve("backups"), "--host=" + DB.getHost(),
                "--port=" + DB.getPort(), "--db=wijkregie", "--user=postgres", "--anchors=" + SOURCE_ANCHORS);
        backup = Path.of(output.get(output.size() - 1));
    }

    @AfterAll
    static void dropRestoredDatabases() throws SQLException {
        try (Connection postgres = DriverManager.getConnection(databaseUrl("postgres"), "postgres", "");
             Statement sql = postgres.createStatement()) {
            sql.execute("drop database if exists " + RESTORED + " with (force)");
            sql.execute("drop database if exists " + DAMAGED + " with (force)");
        }
    }

    @Test
    void aRestoredBackupPassesTheAccessLogVerificationWithItsAnchors() throws Exception {
        assertThat(backup.resolve("database.dump")).isNotEmptyFile();
        assertThat(anchorFiles(backup.resolve("access-log-anchors"))).isNotEmpty();
        Path anchors = WORK.resolve("anchors-" + RESTORED);

        run("scripts/restore", "--backup=" + backup, "--db=" + RESTORED, "--anchors=" + anchors,
                "--host=" + DB.getHost(), "--port=" + DB.getPort(), "--user=postgres");

        String restored = databaseUrl(RESTORED);
        long restoredEntries = count(restored, "select count(*) from wijkregie.access_log");
        assertThat(restoredEntries).isGreaterThanOrEqualTo(entriesBeforeBackup);
        assertThat(count(restored, "select count(*) from wijkregie.household where id = '" + anchoredHousehold + "'"))
                .isEqualTo(1);
        assertThat(anchorFiles(anchors)).hasSameSizeAs(anchorFiles(backup.resolve("access-log-anchors")));
        ChainVerification verification = AccessLogVerifier.verify(restored, "postgres", "", anchors);
        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(restoredEntries);
        // the roles of ADR 0017 came along: the application role may read, not rewrite, the restored log
        try (Connection application = DriverManager.getConnection(restored, "wijkregie", "wijkregie");
             Statement sql = application.createStatement()) {
            assertThat(sql.executeQuery("select count(*) from wijkregie.access_log").next()).isTrue();
            assertThatThrownBy(() -> sql.executeUpdate("update wijkregie.access_log set user_id = 'x'"))
                    .isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }

        // Someone with full rights on the restored database cuts a chain back to before an anchored entry and winds
        // its head back: consistent in itself, so only the anchors that came with the backup can tell.
        long[] cut = cutBackBehindAnAnchor(restored, anchors);
        ChainVerification withoutAnchors = AccessLogVerifier.verify(restored, "postgres", "",
                Files.createDirectories(WORK.resolve("no-anchors")));
        assertThat(withoutAnchors.valid()).as(withoutAnchors.toString()).isTrue();
        ChainVerification tampered = AccessLogVerifier.verify(restored, "postgres", "", anchors);
        assertThat(tampered.valid()).as(tampered.toString()).isFalse();
        assertThat(tampered.firstInvalidStripe()).isEqualTo((int) cut[0]);
        assertThat(tampered.firstInvalidSequence()).isEqualTo(cut[1]);
    }

    @Test
    void aDamagedBackupRestoresNothing() throws Exception {
        Path copy = WORK.resolve("damaged-" + backup.getFileName());
        copyTree(backup, copy);
        byte[] dump = Files.readAllBytes(copy.resolve("database.dump"));
        dump[dump.length / 2] ^= 0x01;
        Files.write(copy.resolve("database.dump"), dump);

        Process restore = process("scripts/restore", "--backup=" + copy, "--db=" + DAMAGED,
                "--anchors=" + WORK.resolve("anchors-" + DAMAGED), "--host=" + DB.getHost(),
                "--port=" + DB.getPort(), "--user=postgres");
        String output = new String(restore.getInputStream().readAllBytes());
        assertThat(restore.waitFor()).as(output).isNotZero();
        assertThat(output).contains("does not match its SHA256SUMS");
        assertThat(TestDatabase.count("select count(*) from pg_database where datname = ?", DAMAGED)).isZero();
        assertThat(WORK.resolve("anchors-" + DAMAGED)).doesNotExist();
    }

    /** Deletes an anchored stripe's entries from its newest anchored sequence on; answers {stripe, that sequence}. */
    private static long[] cutBackBehindAnAnchor(String url, Path anchors) throws IOException, SQLException {
        long stripe = -1;
        long sequence = 0;
        for (Path file : anchorFiles(anchors)) {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.split(" ");
                if (!line.startsWith("#") && fields.length == 3 && Long.parseLong(fields[1]) > sequence) {
                    stripe = Long.parseLong(fields[0]);
                    sequence = Long.parseLong(fields[1]);
                }
            }
        }
        assertThat(sequence).as("an anchored entry").isPositive();
        try (Connection superuser = DriverManager.getConnection(url, "postgres", "");
             Statement sql = superuser.createStatement()) {
            superuser.setAutoCommit(false);
            sql.execute("set local session_replication_role = replica");
            String previousHash = sequence == 1 ? "wijkregie.access_log_genesis(" + stripe + ")"
                    : "(select hash from wijkregie.access_log where stripe = " + stripe + " and sequence = "
                    + (sequence - 1) + ")";
            sql.executeUpdate("update wijkregie.access_log_chain set last_sequence = " + (sequence - 1)
                    + ", last_hash = " + previousHash + " where stripe = " + stripe);
            sql.executeUpdate("delete from wijkregie.access_log where stripe = " + stripe + " and sequence >= "
                    + sequence);
            superuser.commit();
        }
        return new long[] {stripe, sequence};
    }

    private static List<Path> anchorFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("access-log-anchor-")).sorted().toList();
        }
    }

    private static String databaseUrl(String name) {
        return "jdbc:postgresql://" + DB.getHost() + ":" + DB.getPort() + "/" + name;
    }

    private static long count(String url, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static Process process(String... command) throws IOException {
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Runs a script to its end and answers its output lines; fails the test with that output if it failed. */
    private static List<String> run(String... command) throws IOException, InterruptedException {
        Process process = process(command);
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return new ArrayList<>(output.lines().toList());
    }
}
