package nl.wijkregie.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What happens to a household, fired as CDI events inside the transaction of the change. Other modules (the case
 * file's timeline) listen instead of reading household tables. Events carry ids and labels, not full person records.
 */
public final class HouseholdEvents {

    private HouseholdEvents() {
    }

    /** A household was registered (an aanmelding). */
    public record Registered(UUID householdId, UUID teamId, String actorId, Instant at) {
    }

    public record MemberJoined(UUID householdId, UUID memberId, String memberName, String role, LocalDate joinedOn,
                               String actorId, Instant at) {
    }

    public record MemberLeft(UUID householdId, UUID memberId, String memberName, LocalDate leftOn, String actorId,
                             Instant at) {
    }

    /** The household moved to another address (not fired for a correction). */
    public record Moved(UUID householdId, String wijkCode, LocalDate movedOn, String actorId, Instant at) {
    }

    /** The intake task of the household was completed in the inbox. */
    public record IntakePlanned(UUID householdId, String actorId, Instant at) {
    }
}
