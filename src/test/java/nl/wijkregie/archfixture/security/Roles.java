package nl.wijkregie.archfixture.security;

/** Role names as compile-time constants: javac inlines them where they are used. */
public final class Roles {

    public static final String ADMIN = "admin";

    private Roles() {
    }
}
