package nl.wijkregie.shared.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document; {@code violations} is filled for 400 validation problems only. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://wijkregie.nl/problems/";
    /** Seconds a client should wait before trying again after a 503. */
    public static final int RETRY_AFTER_SECONDS = 10;

    @Schema(name = "Violation", description = "One invalid field of the request body or query")
    public record Violation(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, instance, null);
    }

    public static Problem validation(String detail, String instance, List<Violation> violations) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, instance, violations);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA).entity(this);
        if (status == ProblemType.UNAVAILABLE.status()) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
