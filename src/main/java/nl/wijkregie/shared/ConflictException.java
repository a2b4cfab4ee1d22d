package nl.wijkregie.shared;

/** The request clashes with what is going on right now, e.g. work another node is doing (HTTP 409); Dutch message. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
