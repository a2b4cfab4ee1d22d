package nl.wijkregie.audit;

/** Who accessed data and through what, when there is no HTTP request to take it from. */
public record Actor(String userId, String role, String source) {

    /** The application itself, e.g. a timer of a process: {@code source} names the step. */
    public static Actor system(String source) {
        return new Actor("systeem", "system", source);
    }
}
