package nl.wijkregie.archfixture.shared;

/** The switch, as shared.Devtools. */
public class Devtools {

    boolean enabled;

    public void requireEnabled() {
        if (!enabled) {
            throw new IllegalStateException("devtools");
        }
    }
}
