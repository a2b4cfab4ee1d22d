package nl.wijkregie.casefile.persistence;

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
 * Issue 14's migrations on a database of the version before: existing cases get case numbers per year in the order
 * they were opened and the counter continues after them (V030); timeline lines with ISO dates and wijk codes are
 * written in Dutch words (V033). Real Flyway on a real PostgreSQL.
 */
class CaseFileMigrationsTest {

    private static final String APPLICATION_ROLE = "wijkregie_app";
    private static final String TEAM = "7c1e6a4e-0000-4000-8000-000000000001";
    private static final String HOUSEHOLD = "01900000-0000-7000-8000-0000000000a1";

    private static EmbeddedPostgres postgres;

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
    void existingCasesAreNumberedPerYearAndOldTimelineLinesSpeakDutch() throws SQLException {
        DataSource database = postgres.getPostgresDatabase();
        migrate(database, "17");
        execute(database, "insert into wijkregie.team (id, name) values ('" + TEAM + "', 'Zaandam-Oost')");
        execute(database, "insert into wijkregie.wijk (code, municipality_code, name, team_id)"
                + " values ('WK047901', 'GM0479', 'Poelenburg', '" + TEAM + "')");
        execute(database, "insert into wijkregie.household (id, version, team_id, street, house_number, postcode, town,"
                + " wijk_code, display_name, created_at, created_by, updated_at) values ('" + HOUSEHOLD + "', 0, '"
                + TEAM + "', 'Peperstraat', 1, '1502AB', 'Zaandam', 'WK047901', 'Huishouden Dijk', now(), 'test', now())");
        // Three closed cases: two opened in 2025 (the later one first in the table), one on new year's eve 2025 in
        // Dutch time, which is 2026 there.
        caseOpenedAt("01900000-0000-7000-8000-0000000000c2", "2025-06-01T10:00:00Z");
        caseOpenedAt("01900000-0000-7000-8000-0000000000c1", "2025-03-01T10:00:00Z");
        caseOpenedAt("01900000-0000-7000-8000-0000000000c3", "2025-12-31T23:30:00Z");
        line("MEMBER_JOINED", "Sem hoort sinds 2026-11-01 bij het huishouden");
        line("MOVED", "Verhuisd op 2026-11-03 (wijk WK047901)");
        line("STATUS_CHANGED", "Status Aangemeld → Intake");

        migrate(database, null);

        assertThat(rows(database, "select id::text || ' ' || case_number from wijkregie.case_file order by id"))
                .containsExactly("01900000-0000-7000-8000-0000000000c1 2025-000001",
                        "01900000-0000-7000-8000-0000000000c2 2025-000002",
                        "01900000-0000-7000-8000-0000000000c3 2026-000001");
        assertThat(rows(database, "select wijkregie.next_case_number('2026-02-01T12:00:00Z')"))
                .containsExactly("2026-000002");
        assertThat(rows(database, "select wijkregie.next_case_number('2027-01-01T12:00:00Z')"))
                .containsExactly("2027-000001");
        assertThat(rows(database, "select summary from wijkregie.timeline_event order by kind")).containsExactly(
                "Sem hoort sinds 1 november 2026 bij het huishouden",
                "Verhuisd op 3 november 2026 (wijk Poelenburg)",
                "Status Aangemeld → Intake");
    }

    private static void caseOpenedAt(String id, String openedAt) throws SQLException {
        execute(postgres.getPostgresDatabase(), "insert into wijkregie.case_file (id, version, household_id, team_id,"
                + " status, opened_at, opened_by, status_changed_at, closed_at, closing_reason, outcome_summary,"
                + " updated_at) values ('" + id + "', 0, '" + HOUSEHOLD + "', '" + TEAM + "', 'AFGESLOTEN', '"
                + openedAt + "', 'test', '" + openedAt + "', '" + openedAt + "', 'OVERIG', 'Klaar', now())");
    }

    private static void line(String kind, String summary) throws SQLException {
        execute(postgres.getPostgresDatabase(), "insert into wijkregie.timeline_event (id, household_id, occurred_at,"
                + " kind, summary, actor_id, source_module, confidential) values (gen_random_uuid(), '" + HOUSEHOLD
                + "', now(), '" + kind + "', '" + summary + "', 'fatima', 'household', false)");
    }

    private static void migrate(DataSource database, String target) {
        var configuration = Flyway.configure().dataSource(database).schemas("wijkregie").createSchemas(true)
                .locations("classpath:db/migration").placeholders(Map.of("appRole", APPLICATION_ROLE));
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static List<String> rows(DataSource database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
