package nl.wijkregie.household;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a household as other modules hold it, typed so that a household id cannot be passed where another
 * aggregate's id is meant. Inside the owning module, in the database, in events and in JSON it stays a plain UUID.
 */
public record HouseholdId(UUID value) {

    public HouseholdId {
        Objects.requireNonNull(value, "HouseholdId");
    }

    public static HouseholdId of(UUID value) {
        return value == null ? null : new HouseholdId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
