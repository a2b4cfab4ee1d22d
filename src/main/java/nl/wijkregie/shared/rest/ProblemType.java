package nl.wijkregie.shared.rest;

/** The problem types the API answers with; titles are Dutch because the UI shows them. */
public enum ProblemType {
    VALIDATION("validation", "Ongeldige invoer", 400),
    UNAUTHENTICATED("unauthenticated", "Niet ingelogd", 401),
    FORBIDDEN("forbidden", "Geen toegang", 403),
    NOT_FOUND("not-found", "Niet gevonden", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Methode niet toegestaan", 405),
    NOT_ACCEPTABLE("not-acceptable", "Formaat niet beschikbaar", 406),
    CONFLICT("conflict", "Intussen gewijzigd", 409),
    DUPLICATE("duplicate", "Bestaat al", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Verzoek te groot", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Formaat niet ondersteund", 415),
    RULE_VIOLATION("rule-violation", "Niet toegestaan volgens de regels", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Te veel pogingen", 429),
    INTERNAL("internal", "Interne fout", 500),
    UNAVAILABLE("unavailable", "Tijdelijk niet beschikbaar", 503);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
