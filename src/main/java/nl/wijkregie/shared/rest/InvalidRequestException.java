package nl.wijkregie.shared.rest;

import java.util.List;

/** A request the REST layer refuses before any resource sees it (HTTP 400), with the fields at fault. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problem.Violation> violations;

    public InvalidRequestException(String message, List<Problem.Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
