package nl.wijkregie.it.container;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of every in-container test (*ContainerIT, ADR 0018): the WAR the build made, whole (CDI beans,
 * persistence unit, process engine, migrations), plus the test classes; and a look at the database from inside, on
 * the application's own DataSource, so that a query within a test's transaction sees what that transaction wrote.
 */
public final class ContainerDeployment {

    private ContainerDeployment() {
    }

    /** Runs on the test client: the built WAR under a name of its own, with the given test classes. */
    public static WebArchive of(Class<?>... testClasses) {
        File built = new File(System.getProperty("wijkregie.war", "target/wijkregie.war"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "wijkregie-container.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, built));
        return war.addClass(ContainerDeployment.class).addClasses(testClasses);
    }

    /** The number that a {@code select count(*)} with the given parameters returns. */
    public static long count(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one {@code update} with the given parameters; returns the number of rows it changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup("jdbc/wijkregie");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
