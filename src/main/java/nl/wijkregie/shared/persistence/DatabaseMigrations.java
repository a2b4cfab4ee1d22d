package nl.wijkregie.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches the database: Flyway owns schema {@code wijkregie};
 * Hibernate validates nothing and creates nothing. Runs first among the start-up observers (the process engine is
 * built after it). In demo mode it also loads the demo teams from {@code db/demo}.
 */
@ApplicationScoped
public class DatabaseMigrations {

    public static final int STARTUP_ORDER = 100;
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "jdbc/wijkregie")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "auth.mode", defaultValue = "oidc")
    String authMode;

    void migrateOnStart(@Observes @Priority(STARTUP_ORDER) @Initialized(ApplicationScoped.class) Object event) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if ("demo".equals(authMode)) {
            locations.add("classpath:db/demo");
        }
        LOG.info(() -> "Migrating schema wijkregie from " + locations + " (auth.mode=" + authMode + ")");
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
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
}
