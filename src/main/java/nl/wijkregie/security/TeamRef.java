package nl.wijkregie.security;

import java.util.UUID;

/** A team as other modules see it: id and display name. */
public record TeamRef(UUID id, String name) {
}
