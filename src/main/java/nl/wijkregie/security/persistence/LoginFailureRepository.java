package nl.wijkregie.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The failed-login counters (table login_failure). Counting is one atomic upsert, so concurrent attempts on several
 * nodes never lose a failure.
 */
@ApplicationScoped
public class LoginFailureRepository {

    /** The counter of one name after a failure, or as it stands. */
    public record Counter(int failures, Instant lockedUntil) {
    }

    private static final String COUNT_FAILURE = """
            insert into login_failure as f (user_name, failures, window_start, locked_until)
            values (?, 1, ?, case when 1 >= ? then ?::timestamptz end)
            on conflict (user_name) do update set
                failures = case when f.window_start <= ? or f.locked_until <= ? then 1 else f.failures + 1 end,
                window_start = case when f.window_start <= ? or f.locked_until <= ? then excluded.window_start
                                    else f.window_start end,
                locked_until = case
                    when (case when f.window_start <= ? or f.locked_until <= ? then 1 else f.failures + 1 end) >= ?
                        then ?::timestamptz
                    when f.locked_until <= ? then null
                    else f.locked_until end
            returning failures, locked_until""";

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public Optional<Counter> find(String userName) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select failures, locked_until from login_failure where user_name = ?")) {
                select.setString(1, userName);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(counter(row)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Counts one failure: a new window starts when the last one (or the last lock) is over; reaching
     * {@code maxFailures} within the window locks the name until {@code lockUntil}.
     */
    public Counter countFailure(String userName, Instant now, Instant windowStartedBefore, int maxFailures,
                                Instant lockUntil) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(COUNT_FAILURE)) {
                OffsetDateTime at = utc(now);
                OffsetDateTime expired = utc(windowStartedBefore);
                OffsetDateTime until = utc(lockUntil);
                Object[] values = {userName, at, maxFailures, until, expired, at, expired, at, expired, at,
                    maxFailures, until, at};
                for (int i = 0; i < values.length; i++) {
                    upsert.setObject(i + 1, values[i]);
                }
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    return counter(row);
                }
            }
        });
    }

    public void clear(String userName) {
        em.createNativeQuery("delete from login_failure where user_name = ?1").setParameter(1, userName)
                .executeUpdate();
    }

    /** Forgets names whose window and lock are both over (a flood of made-up names must not pile up). */
    public void purgeExpired(Instant now, Instant windowStartedBefore) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from login_failure"
                    + " where window_start <= ? and (locked_until is null or locked_until <= ?)")) {
                delete.setObject(1, utc(windowStartedBefore));
                delete.setObject(2, utc(now));
                delete.executeUpdate();
            }
        });
    }

    private static Counter counter(ResultSet row) throws java.sql.SQLException {
        OffsetDateTime locked = row.getObject(2, OffsetDateTime.class);
        return new Counter(row.getInt(1), locked == null ? null : locked.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
