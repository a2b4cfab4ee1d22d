package nl.wijkregie.shared.rest;

import java.util.UUID;
import nl.wijkregie.shared.NotFoundException;

/** Ids in URL paths: a malformed id is a 404 ("no such thing"), never a 400 or 500. */
public final class PathIds {

    private PathIds() {
    }

    public static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what, id);
        }
    }
}
