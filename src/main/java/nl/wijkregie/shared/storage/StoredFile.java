package nl.wijkregie.shared.storage;

import java.util.UUID;

/** A file as stored: its id, its size in bytes, its SHA-256 (hex) and the number of parts it was cut into. */
public record StoredFile(UUID id, long size, String sha256, int parts) {
}
