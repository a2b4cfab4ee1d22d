package nl.wijkregie.shared;

/**
 * The caller's role allows the endpoint but something about this caller does not (HTTP 403), e.g. a signal partner
 * whose partnership was switched off. The message is for the caller, in Dutch.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
