package nl.wijkregie.casefile;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a case file as other modules hold it, typed so that a case file id cannot be passed where another
 * aggregate's id is meant. Inside the owning module, in the database, in events and in JSON it stays a plain UUID.
 */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "CaseId");
    }

    public static CaseId of(UUID value) {
        return value == null ? null : new CaseId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
