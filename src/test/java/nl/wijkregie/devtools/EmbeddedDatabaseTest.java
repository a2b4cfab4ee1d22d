package nl.wijkregie.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL as scripts/run starts it: durable, with the owner and the application role apart. */
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void startsWithFsyncOnAndBothRolesTheWayScriptsRunDoes() throws Exception {
        int port = freePort();
        // the arguments of the pom's embedded-db profile, which scripts/run activates (its --fsync=on is the default)
        try (EmbeddedPostgres postgres = EmbeddedDatabase.run(new String[] {"--port=" + port,
                "--data=" + temp.resolve("postgres")})) {
            assertThat(superuserQuery(port, "postgres", "show fsync")).isEqualTo("on");
            assertThat(superuserQuery(port, "postgres", "show synchronous_commit")).isEqualTo("on");
            assertThat(superuserQuery(port, "postgres",
                    "select datdba::regrole::text from pg_database where datname = 'wijkregie'"))
                    .isEqualTo(EmbeddedDatabase.OWNER_ROLE);
            try (Connection app = DriverManager.getConnection(EmbeddedDatabase.url(port, "wijkregie"), "wijkregie",
                    "wijkregie");
                 Connection owner = DriverManager.getConnection(EmbeddedDatabase.url(port, "wijkregie"),
                         "wijkregie_owner", "wijkregie_owner")) {
                assertThat(app.isValid(2)).isTrue();
                assertThat(owner.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void fsyncOffOnlyWhenAskedFor() throws Exception {
        int port = freePort();
        try (EmbeddedPostgres postgres = EmbeddedDatabase.run(new String[] {"--port=" + port,
                "--data=" + temp.resolve("postgres"), "--fsync=off"})) {
            assertThat(superuserQuery(port, "postgres", "show fsync")).isEqualTo("off");
        }
    }

    @Test
    void handsADatabaseOfAnEarlierVersionOverToTheOwnerRoleOnce() throws Exception {
        int port = freePort();
        Path data = temp.resolve("postgres");
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(port, data, false)) {
            // the layout before ADR 0017: the application role owned database, schemas and tables
            superuserExecute(port, "postgres", "alter database wijkregie owner to wijkregie");
            superuserExecute(port, "wijkregie", """
                    create schema wijkregie authorization wijkregie;
                    create schema camunda authorization wijkregie;
                    set role wijkregie;
                    create table wijkregie.access_log (id integer primary key);
                    create table camunda.act_ge_property (name_ varchar(64) primary key);
                    reset role""");
        }
        for (int start = 0; start < 2; start++) {
            try (EmbeddedPostgres postgres = EmbeddedDatabase.start(port, data, false)) {
                assertThat(superuserQuery(port, "postgres",
                        "select datdba::regrole::text from pg_database where datname = 'wijkregie'"))
                        .isEqualTo("wijkregie_owner");
                assertThat(superuserQuery(port, "wijkregie",
                        "select nspowner::regrole::text from pg_namespace where nspname = 'wijkregie'"))
                        .isEqualTo("wijkregie_owner");
                assertThat(superuserQuery(port, "wijkregie",
                        "select relowner::regrole::text from pg_class where oid = 'wijkregie.access_log'::regclass"))
                        .isEqualTo("wijkregie_owner");
                // the process engine creates and upgrades its own tables as the application role
                assertThat(superuserQuery(port, "wijkregie",
                        "select nspowner::regrole::text from pg_namespace where nspname = 'camunda'"))
                        .isEqualTo("wijkregie");
                assertThat(superuserQuery(port, "wijkregie",
                        "select relowner::regrole::text from pg_class where oid = 'camunda.act_ge_property'::regclass"))
                        .isEqualTo("wijkregie");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String superuserQuery(int port, String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.url(port, database), "postgres", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void superuserExecute(int port, String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(EmbeddedDatabase.url(port, database), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
