package nl.wijkregie.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches the database: Flyway owns schema {@code wijkregie};
 * Hibernate validates nothing and creates nothing. Runs first among the start-up observers (the process engine is
 * built after it). In demo mode it also loads the demo teams from {@code db/demo}.
 * <p>
 * The migrations run as the owner role ({@code jdbc/wijkregie-owner}), the application as its own role
 * ({@code jdbc/wijkregie}), which the migrations grant only what the application needs: no changing or emptying of
 * the access log (ADR 0017). The application role's name is passed to the migrations as {@code ${appRole}}.
 */
@ApplicationScoped
public class DatabaseMigrations {

    public static final int STARTUP_ORDER = 100;
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/wijkregie")
    DataSource dataSource;

    @Resource(lookup = "jdbc/wijkregie-owner")
    DataSource ownerDataSource;

    @Inject
    @ConfigProperty(name = "auth.mode", defaultValue = "oidc")
    String authMode;

    void migrateOnStart(@Observes @Priority(STARTUP_ORDER) @Initialized(ApplicationScoped.class) Object event) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if ("demo".equals(authMode)) {
            locations.add("classpath:db/demo");
        }
        String applicationRole = applicationRole();
        LOG.info(() -> "Migrating schema wijkregie from " + locations + " (auth.mode=" + authMode
                + ", application role " + applicationRole + ")");
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(ownerDataSource)
                .placeholders(Map.of("appRole", applicationRole))
                .schemas("wijkregie")
                .createSchemas(true)
                .locations(locations.toArray(String[]::new))
                // a database once started in demo mode has the demo teams applied; it must still start without them
                .ignoreMigrationPatterns("repeatable:missing")
                .load()
                .migrate();
        LOG.info(() -> "Database schema wijkregie at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied)");
    }

    /** The role the application's DataSource logs in as: the one the migrations grant to. */
    private String applicationRole() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_user")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect as the application role", e);
        }
    }
}
