package nl.wijkregie.signal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import nl.wijkregie.security.Roles;
import nl.wijkregie.signal.SignalExport;
import nl.wijkregie.signal.SignalRetention;
import nl.wijkregie.shared.rest.QueryDates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The functional administrator's side of early signalling: the DDAS delivery to CBS and retention on request.
 */
@Path("/v1/signal-admin")
@RequestScoped
@Tag(name = "Vroegsignalering")
@Produces(MediaType.APPLICATION_JSON)
public class SignalAdminResource {

    @Inject
    SignalRetention retention;

    @Inject
    SignalExport export;

    @GET
    @Path("ddas-delivery")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The DDAS v0.9 delivery (JSON for CBS) of the signal cases matched from `from` to `to`",
            description = "Validates against the national JSON Schema. Every exported case is access-logged.")
    // Streamed as it is read (chunked, no Content-Length): a month of cases does not fit in memory.
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT)))
    public Response ddasDelivery(
            @QueryParam("from") @NotNull(message = "Begindatum (from) ontbreekt")
            @Pattern(regexp = QueryDates.PATTERN, message = "Begindatum is JJJJ-MM-DD") String from,
            @QueryParam("to") @NotNull(message = "Einddatum (to) ontbreekt")
            @Pattern(regexp = QueryDates.PATTERN, message = "Einddatum is JJJJ-MM-DD") String to) {
        LocalDate first = QueryDates.parse(from);
        LocalDate last = QueryDates.parse(to);
        export.checkPeriod(first, last);
        StreamingOutput delivery = out -> export.writeDelivery(first, last, out);
        return Response.ok(delivery, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("retention-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run the retention of signal data now (it also runs daily); answers the counts erased")
    public SignalRetention.Erasure runRetention() {
        return retention.eraseExpired();
    }
}
