package nl.wijkregie.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Fire this CDI event (inside the transaction of the change) to add a line to a household's timeline. This is how
 * other modules — signals, plans, referrals — add to the case file without writing its tables. The summary is shown
 * to everyone with access to the case, so it must not contain confidential content.
 */
public record TimelineEntry(UUID householdId, Instant occurredAt, String kind, String summary, String actorId,
                            String sourceModule, UUID sourceId, boolean confidential) {

    public static TimelineEntry of(UUID householdId, Instant occurredAt, String kind, String summary, String actorId,
                                   String sourceModule, UUID sourceId) {
        return new TimelineEntry(householdId, occurredAt, kind, summary, actorId, sourceModule, sourceId, false);
    }

    /** Many lines at once (a monthly list touches thousands of households): fire this instead of one event each. */
    public record Batch(List<TimelineEntry> entries) {
    }

    /**
     * Fire this (inside the erasing transaction) when a module erased the records some lines were derived from, e.g.
     * signal cases at the end of their retention: every line with that source module and one of these source ids is
     * erased with them, so the household's timeline does not keep what the source no longer may.
     */
    public record SourcesErased(String sourceModule, Collection<UUID> sourceIds) {
    }
}
