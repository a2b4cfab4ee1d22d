package nl.wijkregie.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is unreachable" (503) rather than a bug (500) or a conflict (409). */
class ProblemMappersTest {

    @Test
    void recognisesAnUnreachableDatabaseThroughTheWrappers() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001",
                new ConnectException("Connection refused"));

        assertThat(ProblemMappers.isDatabaseUnavailable(new TransactionalException("rolled back",
                new PersistenceException(new JDBCConnectionException("no connection", refused))))).isTrue();
        assertThat(ProblemMappers.isDatabaseUnavailable(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(ProblemMappers.isDatabaseUnavailable(new SQLTransientConnectionException("pool timeout")))
                .isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(refused);
        assertThat(ProblemMappers.isDatabaseUnavailable(batch)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertThat(ProblemMappers.isDatabaseUnavailable(new PersistenceException(
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(ProblemMappers.isDatabaseUnavailable(new IllegalStateException("bug"))).isFalse();
    }
}
