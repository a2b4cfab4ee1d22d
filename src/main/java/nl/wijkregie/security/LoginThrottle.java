package nl.wijkregie.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.wijkregie.security.persistence.LoginFailureRepository;
import nl.wijkregie.security.persistence.LoginFailureRepository.Counter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing against the local registry (form login and HTTP Basic): after
 * {@code wijkregie.login.max-failures} failures for one user name within {@code wijkregie.login.failure-window-minutes},
 * that name is refused for {@code wijkregie.login.lock-minutes} — even with the right password, so a guesser learns
 * nothing during the lock. Counted per name (lower case) in the database, so every node sees the same count. Each
 * call is its own transaction: a failed login must count even though nothing else happens in the request.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final int MAX_NAME_LENGTH = 100;

    @Inject
    @ConfigProperty(name = "wijkregie.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "wijkregie.login.failure-window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "wijkregie.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    LoginFailureRepository failures;

    @Inject
    Clock clock;

    /** How a name stands before its password is checked: locked (for how long), or with earlier failures. */
    public record Standing(boolean hasFailures, Optional<Duration> lockedFor) {

        static final Standing CLEAN = new Standing(false, Optional.empty());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Standing standing(String userName) {
        Instant now = clock.instant();
        return failures.find(key(userName)).map(counter -> new Standing(true, remaining(counter, now)))
                .orElse(Standing.CLEAN);
    }

    /** Counts a failed login; answers the lock when this failure started one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> failed(String userName) {
        Instant now = clock.instant();
        Instant windowStartedBefore = now.minus(window());
        failures.purgeExpired(now, windowStartedBefore);
        Counter counter = failures.countFailure(key(userName), now, windowStartedBefore, Math.max(1, maxFailures),
                now.plus(lock()));
        return counter.failures() == Math.max(1, maxFailures) ? remaining(counter, now) : Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String userName) {
        failures.clear(key(userName));
    }

    public Duration lock() {
        return Duration.ofMinutes(Math.max(1, lockMinutes));
    }

    private Duration window() {
        return Duration.ofMinutes(Math.max(1, windowMinutes));
    }

    private static Optional<Duration> remaining(Counter counter, Instant now) {
        return counter.lockedUntil() != null && counter.lockedUntil().isAfter(now)
                ? Optional.of(Duration.between(now, counter.lockedUntil())) : Optional.empty();
    }

    /** Names differ only in case for a guesser; very long ones are cut (the column holds 100). */
    static String key(String userName) {
        String key = userName.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME_LENGTH ? key.substring(0, MAX_NAME_LENGTH) : key;
    }
}
