package nl.wijkregie.household;

import java.time.Instant;
import java.util.UUID;

/** One row of the household list: enough to recognise and open it, no member details. */
public record HouseholdSummary(UUID id, String displayName, String postcode, int houseNumber,
                               String houseNumberAddition, String town, String wijkCode, UUID teamId,
                               long memberCount, Instant createdAt) {
}
