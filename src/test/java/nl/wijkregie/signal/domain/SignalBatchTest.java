package nl.wijkregie.signal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One run holds a batch at a time: a lease that can be taken over once it expired, and a stale run changes nothing. */
class SignalBatchTest {

    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);

    private static SignalBatch received() {
        return SignalBatch.received("lijst.csv", "anouk", "admin", null, 5000, T0);
    }

    @Test
    void aLiveRunHoldsTheBatchAgainstEveryOtherStart() {
        SignalBatch batch = received();
        UUID run = batch.start(2, "node-a", T0, LEASE, false).orElseThrow();

        assertTrue(batch.isBeingImported(T0.plusSeconds(119)));
        assertEquals(Optional.empty(), batch.start(2, "node-b", T0.plusSeconds(60), LEASE, false));
        assertEquals(Optional.empty(), batch.start(2, "node-a", T0.plusSeconds(60), LEASE, false),
                "the same node resuming while its own run lives would import twice");
        assertEquals(SignalBatch.Status.RUNNING, batch.getStatus());
        assertEquals("node-a", batch.getRunNode());
        assertTrue(batch.finish(run, T0.plusSeconds(90)));
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldRunCanNeitherFinishNorFail() {
        SignalBatch batch = received();
        UUID dead = batch.start(2, "node-a", T0, LEASE, false).orElseThrow();

        Instant later = T0.plus(LEASE).plusSeconds(1);
        assertFalse(batch.isBeingImported(later));
        UUID takeover = batch.start(4, "node-b", later, LEASE, false).orElseThrow();
        assertNotEquals(dead, takeover);
        assertEquals(2, batch.getLanes(), "a resumed import keeps the lanes of its first start");

        assertFalse(batch.fail(dead, "storing", later.plusSeconds(5)));
        assertFalse(batch.finish(dead, later.plusSeconds(5)));
        assertEquals(SignalBatch.Status.RUNNING, batch.getStatus());
        assertNull(batch.getFailure());

        assertTrue(batch.finish(takeover, later.plusSeconds(30)));
        assertFalse(batch.fail(dead, "storing", later.plusSeconds(40)), "a stale run cannot turn DONE into FAILED");
        assertEquals(SignalBatch.Status.DONE, batch.getStatus());
        assertEquals(Optional.empty(), batch.start(2, "node-a", later.plusSeconds(50), LEASE, true));
    }

    @Test
    void aRestartedNodeTakesBackItsOwnRunAtOnceButNotAnotherNodes() {
        SignalBatch batch = received();
        batch.start(2, "node-a", T0, LEASE, false).orElseThrow();

        assertEquals(Optional.empty(), batch.start(2, "node-b", T0.plusSeconds(10), LEASE, true));
        assertTrue(batch.start(2, "node-a", T0.plusSeconds(10), LEASE, true).isPresent());
    }

    @Test
    void aFailedRunLeavesTheDutchSentenceItWasGivenAndCanBeResumed() {
        SignalBatch batch = received();
        UUID run = batch.start(2, "node-a", T0, LEASE, false).orElseThrow();
        assertTrue(batch.fail(run, "De verwerking is afgebroken.", T0.plusSeconds(3)));

        assertEquals(SignalBatch.Status.FAILED, batch.getStatus());
        assertEquals("De verwerking is afgebroken.", batch.getFailure());
        assertFalse(batch.isBeingImported(T0.plusSeconds(4)));
        assertTrue(batch.start(2, "node-b", T0.plusSeconds(4), LEASE, false).isPresent());
        assertNull(batch.getFailure());
    }
}
