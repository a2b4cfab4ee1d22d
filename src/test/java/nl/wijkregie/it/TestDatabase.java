package nl.wijkregie.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Direct access to the integration tests' PostgreSQL as its superuser: to check what the application stored, and to
 * do what the application must not be able to do (tamper with the access log). Also as the application's own role
 * and as the owner role of the migrations (ADR 0017), to show what each may do.
 */
public final class TestDatabase {

    public static final String URL = System.getProperty("wijkregie.db.url",
            "jdbc:postgresql://localhost:55433/wijkregie");

    private TestDatabase() {
    }

    public static Connection superuser() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", "");
    }

    public static Connection applicationRole() throws SQLException {
        return DriverManager.getConnection(URL, "wijkregie", "wijkregie");
    }

    public static Connection ownerRole() throws SQLException {
        return DriverManager.getConnection(URL, "wijkregie_owner", "wijkregie_owner");
    }

    /** A server setting as {@code show} reports it. */
    public static String setting(String name) {
        try (Connection connection = superuser(); PreparedStatement statement = connection.prepareStatement(
                "select current_setting(?)")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = superuser(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql, Object... parameters) {
        try (Connection connection = superuser(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
