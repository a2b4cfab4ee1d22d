package nl.wijkregie.shared;

/** What the client wants to create or rename already exists (HTTP 409); the message says what, in Dutch. */
public class DuplicateException extends RuntimeException {

    public DuplicateException(String message) {
        super(message);
    }
}
