package nl.wijkregie.shared;

/**
 * A value the client sent breaks a rule the domain checks, and the client can fix it in that field (HTTP 400 naming
 * the field, like Bean Validation): a date after today by the application's clock, a member who is not in the
 * household. Rules about the state of an aggregate stay {@link RuleViolationException} (422).
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
