package nl.wijkregie.security;

import nl.wijkregie.shared.RuleViolationException;

/** The user has no team, or several without saying which one. */
public class TeamChoiceException extends RuleViolationException {

    public TeamChoiceException(String message) {
        super("team-choice", message);
    }
}
