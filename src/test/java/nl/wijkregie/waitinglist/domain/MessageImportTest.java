package nl.wijkregie.waitinglist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.shared.ImportRun;
import org.junit.jupiter.api.Test;

/** A message import's counts: only the run that holds the import adds to them (the lease rules: ImportRunTest). */
class MessageImportTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MessageImport run = MessageImport.received("berichten.csv", "anouk", "admin", 3_000, T0);

    @Test
    void theChunksOfARunThatLostTheImportNoLongerCount() {
        UUID first = run.start("a", T0, LEASE, false).orElseThrow();
        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.RUNNING);
        assertThat(run.count(first, T0.plusSeconds(60).plus(LEASE), 1_000, 900, 0, 50, 40, 10)).isTrue();
        assertThat(run.isBeingImported(T0.plusSeconds(60).plus(LEASE).minusSeconds(1))).as("renewed").isTrue();

        UUID second = run.start("b", T0.plusSeconds(60).plus(LEASE).plusSeconds(1), LEASE, false).orElseThrow();

        assertThat(run.count(first, T0.plus(LEASE.multipliedBy(3)), 1_000, 1_000, 0, 0, 0, 0))
                .as("the run that lost the import").isFalse();
        assertThat(run.count(second, T0.plus(LEASE.multipliedBy(3)), 2_000, 2_000, 0, 0, 0, 0)).isTrue();
        assertThat(run.finish(second, T0.plus(LEASE.multipliedBy(3)))).isTrue();
        assertThat(run.getRows()).isEqualTo(3_000);
        assertThat(run.getApplied()).isEqualTo(2_900);
        assertThat(run.getUnmatched()).isEqualTo(50);
        assertThat(run.getRejected()).isEqualTo(40);
        assertThat(run.getDuplicates()).isEqualTo(10);
        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.DONE);
        assertThat(run.getFinishedAt()).isEqualTo(T0.plus(LEASE.multipliedBy(3)));
        assertThat(run.getStartedAt()).as("the upload's time, not the run's").isEqualTo(T0);
    }
}
