package nl.wijkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unreachable" (503) rather than a bug (500) or a conflict (409). */
class DatabaseFailuresTest {

    @Test
    void recognisesAnUnreachableDatabaseThroughTheWrappers() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001",
                new ConnectException("Connection refused"));

        assertThat(DatabaseFailures.isUnavailable(new TransactionalException("rolled back",
                new PersistenceException(new JDBCConnectionException("no connection", refused))))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new SQLTransientConnectionException("pool timeout")))
                .isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(refused);
        assertThat(DatabaseFailures.isUnavailable(batch)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertThat(DatabaseFailures.isUnavailable(new PersistenceException(
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
