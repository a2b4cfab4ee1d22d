package nl.wijkregie.waitinglist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.shared.ImportRun;
import org.junit.jupiter.api.Test;

/**
 * A message import keeps the number of lanes it was received with, and only the run that holds it finishes it (the
 * lease rules: ImportRunTest; the lanes' counts, SQL increments guarded by the run: ReferralImportIT, TwoNodesIT).
 */
class MessageImportTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Test
    void aReceivedImportKeepsItsLanesAndOnlyTheRunThatHoldsItFinishesIt() {
        MessageImport run = MessageImport.received("berichten.csv", "anouk", "admin", 3_000, 2, T0);
        assertThat(run.getLanes()).isEqualTo(2);
        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.RECEIVED);

        UUID first = run.start("a", T0, LEASE, false).orElseThrow();
        UUID second = run.start("b", T0.plus(LEASE).plusSeconds(1), LEASE, false).orElseThrow();

        assertThat(run.finish(first, T0.plus(LEASE.multipliedBy(2)))).as("the run that lost the import").isFalse();
        assertThat(run.finish(second, T0.plus(LEASE.multipliedBy(2)))).isTrue();
        assertThat(run.getStatus()).isEqualTo(ImportRun.Status.DONE);
        assertThat(run.getStartedAt()).as("the upload's time, not the run's").isEqualTo(T0);
        assertThat(run.getLanes()).as("a resumed import splits alike").isEqualTo(2);
    }

    @Test
    void theNumberOfLanesIsBetweenOneAndEight() {
        assertThatThrownBy(() -> MessageImport.received("b.csv", "anouk", "admin", 1, 0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageImport.received("b.csv", "anouk", "admin", 1, 9, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MessageImport.received("b.csv", "anouk", "admin", 1, 8, T0).getLanes()).isEqualTo(8);
    }
}
