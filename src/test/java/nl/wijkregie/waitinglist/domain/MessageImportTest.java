package nl.wijkregie.waitinglist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lease of a message import: one live run at a time, a dead run taken over, and the loser cannot count. */
class MessageImportTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MessageImport run = MessageImport.received("berichten.csv", "anouk", "admin", 3_000, T0);

    @Test
    void aLiveRunHoldsTheImportAndAnExpiredOneIsTakenOverWhoseChunksNoLongerCount() {
        UUID first = run.start("a", T0, LEASE, false).orElseThrow();
        assertThat(run.isBeingImported(T0.plusSeconds(60))).isTrue();
        assertThat(run.start("b", T0.plusSeconds(60), LEASE, false)).as("held by a live run").isEmpty();
        assertThat(run.count(first, T0.plusSeconds(60).plus(LEASE), 1_000, 900, 0, 50, 40, 10)).isTrue();

        UUID second = run.start("b", T0.plusSeconds(60).plus(LEASE).plusSeconds(1), LEASE, false).orElseThrow();

        assertThat(run.count(first, T0.plus(LEASE.multipliedBy(3)), 1_000, 1_000, 0, 0, 0, 0))
                .as("the run that lost the import").isFalse();
        assertThat(run.finish(first, T0.plus(LEASE.multipliedBy(3)))).isFalse();
        assertThat(run.count(second, T0.plus(LEASE.multipliedBy(3)), 2_000, 2_000, 0, 0, 0, 0)).isTrue();
        assertThat(run.finish(second, T0.plus(LEASE.multipliedBy(3)))).isTrue();
        assertThat(run.getRows()).isEqualTo(3_000);
        assertThat(run.getApplied()).isEqualTo(2_900);
        assertThat(run.getStatus()).isEqualTo(MessageImport.Status.DONE);
        assertThat(run.start("a", T0.plus(LEASE.multipliedBy(4)), LEASE, false)).as("done").isEmpty();
    }

    @Test
    void aRestartedNodeTakesBackItsOwnRunAtOnceAndAFailedImportCanBeResumed() {
        UUID first = run.start("a", T0, LEASE, false).orElseThrow();
        assertThat(run.start("b", T0.plusSeconds(1), LEASE, true)).as("another node's live run").isEmpty();
        UUID again = run.start("a", T0.plusSeconds(1), LEASE, true).orElseThrow();
        assertThat(run.fail(first, "oud", T0.plusSeconds(2))).isFalse();
        assertThat(run.fail(again, "De verwerking is afgebroken", T0.plusSeconds(2))).isTrue();
        assertThat(run.isBeingImported(T0.plusSeconds(3))).isFalse();
        assertThat(run.start("b", T0.plusSeconds(3), LEASE, false)).isPresent();
        assertThat(run.getFailure()).isNull();
    }
}
