package nl.wijkregie.signal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.shared.ImportRun;
import org.junit.jupiter.api.Test;

/** A batch's lanes are fixed by the start that wins the lease (the lease rules themselves: ImportRunTest). */
class SignalBatchTest {

    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    private static SignalBatch received(int rows) {
        return SignalBatch.received("lijst.csv", "anouk", "admin", null, rows, T0);
    }

    @Test
    void aResumedImportKeepsTheLanesOfItsFirstStart() {
        SignalBatch batch = received(5000);
        UUID dead = batch.start(2, "node-a", T0, LEASE, false).orElseThrow();

        UUID takeover = batch.start(4, "node-b", T0.plus(LEASE).plusSeconds(1), LEASE, false).orElseThrow();

        assertEquals(2, batch.getLanes());
        assertEquals("node-b", batch.getRunNode());
        assertFalse(batch.finish(dead, T0.plus(LEASE).plusSeconds(5)), "the run taken over");
        assertTrue(batch.finish(takeover, T0.plus(LEASE).plusSeconds(30)));
        assertEquals(ImportRun.Status.DONE, batch.getStatus());
        assertNull(batch.getLeaseUntil());
    }

    @Test
    void aRefusedStartLeavesTheLanesAlone() {
        SignalBatch batch = received(5000);
        batch.start(2, "node-a", T0, LEASE, false).orElseThrow();

        assertEquals(Optional.empty(), batch.start(4, "node-b", T0.plusSeconds(10), LEASE, false));
        assertEquals(2, batch.getLanes());
    }

    @Test
    void theLanesAreNeverMoreThanTheRowsNorTheMaximum() {
        SignalBatch small = received(3);
        small.start(8, "node-a", T0, LEASE, false).orElseThrow();
        assertEquals(3, small.getLanes());

        SignalBatch large = received(100_000);
        large.start(1_000, "node-a", T0, LEASE, false).orElseThrow();
        assertEquals(ImportLanes.MAX_LANES, large.getLanes());
    }
}
