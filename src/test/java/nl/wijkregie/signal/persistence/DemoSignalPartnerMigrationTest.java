package nl.wijkregie.signal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo signal partners exist only where the demo runs: the schema migrations alone (production) leave none, the
 * demo location adds them, and a database that once ran as a demo keeps the partners its signals name, switched off.
 * Real Flyway on a real PostgreSQL, each case in its own database.
 */
class DemoSignalPartnerMigrationTest {

    /** The application's role, which the migrations grant to (ADR 0017); they run as the superuser here. */
    private static final String APPLICATION_ROLE = "wijkregie_app";

    private static EmbeddedPostgres postgres;
    private static int databases;

    @BeforeAll
    static void start() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        execute(postgres.getPostgresDatabase(), "create role " + APPLICATION_ROLE + " login");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void productionHasNoDemoPartners() throws SQLException {
        DataSource database = freshDatabase();

        migrate(database, null, "classpath:db/migration");

        assertThat(partners(database)).isEmpty();
    }

    @Test
    void theDemoHasBothPartnersActive() throws SQLException {
        DataSource database = freshDatabase();

        migrate(database, null, "classpath:db/migration", "classpath:db/demo");

        assertThat(partners(database)).containsExactly("woonzaam HUUR true", "zaanstroom ENERGIE true");
    }

    @Test
    void anOldDemoDatabaseKeepsThePartnerItsSignalsNameButSwitchedOff() throws SQLException {
        DataSource database = freshDatabase();
        migrate(database, "9", "classpath:db/migration");
        execute(database, "insert into wijkregie.signal_batch (id, version, file_name, uploaded_by, uploaded_role,"
                + " partner_account, uploaded_at, status, rows_total, rows_done, rows_imported, rows_duplicate,"
                + " rows_rejected) values ('01900000-0000-7000-8000-000000000001', 0, 'lijst.csv', 'woonzaam',"
                + " 'signal-partner', 'woonzaam', now(), 'DONE', 1, 1, 1, 0, 0)");

        migrate(database, null, "classpath:db/migration");

        assertThat(partners(database)).containsExactly("woonzaam HUUR false");
        migrate(database, null, "classpath:db/migration", "classpath:db/demo");
        assertThat(partners(database)).containsExactly("woonzaam HUUR true", "zaanstroom ENERGIE true");
    }

    private static DataSource freshDatabase() throws SQLException {
        String name = "migration_" + ++databases;
        execute(postgres.getPostgresDatabase(), "create database " + name);
        return postgres.getDatabase("postgres", name);
    }

    private static void migrate(DataSource database, String target, String... locations) {
        var configuration = Flyway.configure().dataSource(database).schemas("wijkregie").createSchemas(true)
                .locations(locations).ignoreMigrationPatterns("repeatable:missing")
                .placeholders(Map.of("appRole", APPLICATION_ROLE));
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static List<String> partners(DataSource database) throws SQLException {
        List<String> partners = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select account, partner_type, active"
                     + " from wijkregie.signal_partner order by account")) {
            while (rows.next()) {
                partners.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getBoolean(3));
            }
        }
        return partners;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
