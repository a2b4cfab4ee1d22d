package nl.wijkregie.security;

/** Why a request was refused; the administrator reads these in Dutch. */
public enum RefusalReason {
    /** Wrong user name or password (form or HTTP Basic). */
    LOGIN_FAILED("Inloggen mislukt"),
    /** Too many failed logins: the name is locked for a while (the lock starting is recorded once). */
    LOCKED("Tijdelijk geblokkeerd"),
    /** Credentials that are no longer valid, e.g. the cookie of a session that was logged out. */
    UNAUTHENTICATED("Niet (meer) ingelogd"),
    /** Logged in, but the role may not use this function. */
    FORBIDDEN("Geen toegang voor deze rol"),
    /** Data of another team (or another partner), answered as "not found". */
    OUT_OF_SCOPE("Buiten eigen team");

    private final String label;

    RefusalReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
