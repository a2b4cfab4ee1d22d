package nl.wijkregie.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's waiting list and plans (issues 16 and 17) on a migrated PostgreSQL: referrals of several products and
 * providers, started, waiting past their norm, paused and withdrawn; plans with goals, actions by household, network
 * and professional, and evaluations due soon and overdue — so the dashboard and the plan tab look real in a demo.
 */
class DemoReferralsTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource database = postgres.getPostgresDatabase();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create role wijkregie_app login");
        }
        Flyway.configure().dataSource(database).schemas("wijkregie").createSchemas(true)
                .locations("classpath:db/migration").placeholders(Map.of("appRole", "wijkregie_app")).load().migrate();
        DemoData.main(new String[] {"--households=1500", "--seed=7",
            "--url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "--user=postgres",
            "--password=postgres"});
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void referralsComeInEveryStateAcrossProductsAndProviders() throws SQLException {
        String mine = "from wijkregie.waitinglist_referral where created_by = 'demo-data'";
        assertThat(count("select count(distinct product_code) " + mine)).isGreaterThanOrEqualTo(6);
        assertThat(count("select count(distinct provider_id) " + mine)).isGreaterThanOrEqualTo(6);
        assertThat(count("select count(*) " + mine + " and care_started_on is not null and waiting_days > norm_days"))
                .as("started after the norm").isPositive();
        assertThat(count("select count(*) " + mine + " and care_started_on is not null and waiting_days <= norm_days"))
                .as("started within the norm").isPositive();
        assertThat(count("select count(*) " + mine + " and care_started_on is null and withdrawn_on is null"
                + " and request_sent_on + norm_days < current_date and breached_at is not null"))
                .as("waiting past the norm").isPositive();
        assertThat(count("select count(*) " + mine + " and care_started_on is null and withdrawn_on is null"
                + " and request_sent_on + norm_days >= current_date")).as("waiting within the norm").isPositive();
        assertThat(count("select count(*) from wijkregie.waitinglist_pause where until_on is null"
                + " and reason = 'RESIDENT_WISH'")).as("paused at the resident's wish").isPositive();
        assertThat(count("select count(*) " + mine + " and withdrawn_on is not null")).isPositive();
        assertThat(count("select count(*) " + mine + " and request_sent_on is null")).as("not yet requested")
                .isPositive();
        assertThat(count("select count(*) from wijkregie.timeline_event where source_module = 'waitinglist'"
                + " and summary ~ '^Verwijzing [^:]+: aanvraag verstuurd op [0-9]{1,2} [a-z]+ [0-9]{4} \\(bericht 315\\)$'"))
                .as("the requests on the timeline").isEqualTo(count("select count(*) " + mine
                        + " and request_sent_on is not null"));
        assertThat(count("select count(*) from wijkregie.waitinglist_case"))
                .isEqualTo(count("select count(*) from wijkregie.case_file"));
    }

    @Test
    void plansAreVastgesteldWithActionsByEveryoneAndEvaluationsDueAndOverdue() throws SQLException {
        assertThat(count("select count(*) from wijkregie.care_plan")).isPositive();
        assertThat(count("select count(*) from wijkregie.care_plan p join wijkregie.case_file c on c.id = p.case_id"
                + " where c.status not in ('UITVOERING', 'EVALUATIE')")).as("a vastgesteld plan: the case is past PLAN")
                .isZero();
        assertThat(count("select count(*) from wijkregie.care_plan p join wijkregie.case_file c on c.id = p.case_id"
                + " where (c.status = 'EVALUATIE') <> (p.phase = 'EVALUATION')")).as("the phase follows the case")
                .isZero();
        assertThat(count("select count(*) from wijkregie.care_plan_version where established_at is null")).isZero();
        assertThat(count("select count(distinct person_kind) from wijkregie.care_plan_action")).isEqualTo(3);
        assertThat(count("select count(*) from wijkregie.care_plan where next_evaluation_on < current_date"))
                .as("evaluation overdue").isPositive();
        assertThat(count("select count(*) from wijkregie.care_plan where next_evaluation_on between current_date"
                + " and current_date + 14")).as("evaluation due soon").isPositive();
        assertThat(count("select count(*) from wijkregie.care_plan_version v where not exists (select 1 from"
                + " wijkregie.care_plan_agreement a where a.version_id = v.id)")).isZero();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
