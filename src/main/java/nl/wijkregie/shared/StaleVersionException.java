package nl.wijkregie.shared;

/** The client edited an older version than the one stored (HTTP 409): someone else saved in between. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, Object id, long expected, long actual) {
        super(what + " " + id + " is intussen gewijzigd (versie " + expected + " bewerkt, huidige versie " + actual + ")");
    }
}
