package nl.wijkregie.audit;

import java.time.Instant;

/** One anchoring of the chain heads: when, into which file, how many chains and entries it covers. */
public record Anchoring(Instant anchoredAt, String file, int chains, long entries) {
}
