package nl.wijkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The lease rules every import shares: one live run at a time, a dead run taken over, and the loser changes nothing. */
class ImportRunTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    /** The state an import is in when a node tries to start it at {@link #NOW}; node "a" ran it before. */
    enum Before {
        FREE, HELD_BY_A, EXPIRED_ON_A, FAILED, DONE;

        Fixture make() {
            ImportRun run = ImportRun.received();
            if (this == FREE) {
                return new Fixture(run, null);
            }
            Instant started = this == EXPIRED_ON_A ? NOW.minus(LEASE).minusSeconds(1) : NOW.minusSeconds(60);
            UUID id = run.start("a", started, LEASE, false).orElseThrow();
            if (this == FAILED) {
                run.fail(id, "De verwerking is afgebroken", NOW.minusSeconds(30));
            } else if (this == DONE) {
                run.finish(id, NOW.minusSeconds(30));
            }
            return new Fixture(run, id);
        }
    }

    record Fixture(ImportRun run, UUID previous) {
    }

    static Stream<Arguments> starts() {
        return Stream.of(
                arguments(Before.FREE, "b", false, true),
                arguments(Before.HELD_BY_A, "b", false, false),
                arguments(Before.HELD_BY_A, "a", false, false),
                arguments(Before.HELD_BY_A, "b", true, false),
                arguments(Before.HELD_BY_A, "a", true, true),
                arguments(Before.EXPIRED_ON_A, "b", false, true),
                arguments(Before.EXPIRED_ON_A, "a", false, true),
                arguments(Before.FAILED, "b", false, true),
                arguments(Before.DONE, "a", true, false),
                arguments(Before.DONE, "b", false, false));
    }

    @ParameterizedTest(name = "{0}, node {1} (restarted: {2}) starts: {3}")
    @MethodSource("starts")
    void startsOnlyWhenNoLiveRunHoldsItOrTheHoldersNodeRestarted(Before before, String node, boolean nodeRestarted,
                                                                 boolean starts) {
        Fixture fixture = before.make();
        ImportRun run = fixture.run();
        ImportRun.Status statusBefore = run.getStatus();
        String nodeBefore = run.getRunNode();
        Instant leaseBefore = run.getLeaseUntil();

        Optional<UUID> started = run.start(node, NOW, LEASE, nodeRestarted);

        assertThat(started.isPresent()).isEqualTo(starts);
        if (starts) {
            assertThat(started.get()).as("a new run id").isNotEqualTo(fixture.previous());
            assertThat(run.getStatus()).isEqualTo(ImportRun.Status.RUNNING);
            assertThat(run.getRunNode()).isEqualTo(node);
            assertThat(run.getLeaseUntil()).isEqualTo(NOW.plus(LEASE));
            assertThat(run.getFailure()).isNull();
            assertThat(run.getFinishedAt()).isNull();
            assertThat(run.isHeld(NOW)).isTrue();
            if (fixture.previous() != null) {
                assertThat(run.isHeldBy(fixture.previous())).as("the run taken over").isFalse();
            }
        } else {
            assertThat(run.getStatus()).isEqualTo(statusBefore);
            assertThat(run.getRunNode()).isEqualTo(nodeBefore);
            assertThat(run.getLeaseUntil()).isEqualTo(leaseBefore);
        }
    }

    enum Act { FINISH, FAIL }

    @ParameterizedTest
    @EnumSource(Act.class)
    void aRunThatLostTheLeaseChangesNothing(Act act) {
        ImportRun run = ImportRun.received();
        UUID dead = run.start("a", NOW.minus(LEASE).minusSeconds(1), LEASE, false).orElseThrow();
        run.start("b", NOW, LEASE, false).orElseThrow();

        boolean done = switch (act) {
            case FINISH -> run.finish(dead, NOW);
            case FAIL -> run.fail(dead, "storing", NOW);
        };

        assertThat(done).isFalse();
        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.RUNNING);
        assertThat(run.getRunNode()).isEqualTo("b");
        assertThat(run.getLeaseUntil()).isEqualTo(NOW.plus(LEASE));
        assertThat(run.getFinishedAt()).isNull();
        assertThat(run.getFailure()).isNull();
    }

    @Test
    void aStaleRunCannotTurnDoneIntoFailed() {
        ImportRun run = ImportRun.received();
        UUID dead = run.start("a", NOW.minus(LEASE).minusSeconds(1), LEASE, false).orElseThrow();
        UUID takeover = run.start("b", NOW, LEASE, false).orElseThrow();
        assertThat(run.finish(takeover, NOW.plusSeconds(30))).isTrue();

        assertThat(run.fail(dead, "storing", NOW.plusSeconds(40))).isFalse();
        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.DONE);
        assertThat(run.getFailure()).isNull();
    }

    @Test
    void finishingRecordsWhenAndClearsTheLease() {
        ImportRun run = ImportRun.received();
        UUID id = run.start("a", NOW, LEASE, false).orElseThrow();

        assertThat(run.finish(id, NOW.plusSeconds(30))).isTrue();

        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.DONE);
        assertThat(run.getFinishedAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(run.getLeaseUntil()).isNull();
        assertThat(run.isHeld(NOW.plusSeconds(31))).isFalse();
        assertThat(run.finish(id, NOW.plusSeconds(40))).as("only once").isFalse();
    }

    @Test
    void failingKeepsTheSentenceCutToTheColumnAndClearsTheLease() {
        ImportRun run = ImportRun.received();
        UUID id = run.start("a", NOW, LEASE, false).orElseThrow();
        String longReason = "De verwerking is afgebroken. ".repeat(40);

        assertThat(run.fail(id, longReason, NOW.plusSeconds(3))).isTrue();

        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.FAILED);
        assertThat(run.getFailure()).hasSize(ImportRun.FAILURE_LENGTH).isEqualTo(longReason.substring(0, 500));
        assertThat(run.getFinishedAt()).isEqualTo(NOW.plusSeconds(3));
        assertThat(run.getLeaseUntil()).isNull();
        assertThat(run.isHeld(NOW.plusSeconds(4))).isFalse();
    }
}
