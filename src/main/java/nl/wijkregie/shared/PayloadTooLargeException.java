package nl.wijkregie.shared;

/** The request is larger than the limit for it (HTTP 413); the message says which limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
