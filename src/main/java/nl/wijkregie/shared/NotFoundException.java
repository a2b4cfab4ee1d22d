package nl.wijkregie.shared;

/**
 * The thing asked for does not exist for this user. Also used when it exists outside the user's scope, so that a
 * response never reveals that another team's household exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " niet gevonden");
    }
}
