package nl.wijkregie.shared;

/** A business rule of an aggregate refused a command (HTTP 422). The message is for the user, in Dutch. */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
