package nl.wijkregie.security;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a wijkteam as other modules hold it, typed so that a team id cannot be passed where another
 * aggregate's id is meant. Inside the owning module, in the database, in events and in JSON it stays a plain UUID.
 */
public record TeamId(UUID value) {

    public TeamId {
        Objects.requireNonNull(value, "TeamId");
    }

    public static TeamId of(UUID value) {
        return value == null ? null : new TeamId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
