package nl.wijkregie.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.ChainVerification;
import nl.wijkregie.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/access-log")
@RequestScoped
@Tag(name = "Toegangslog")
public class AccessLogResource {

    @Inject
    AccessLog accessLog;

    @Schema(name = "AccessLogVerification")
    public record VerificationDto(boolean valid, long entriesChecked, String firstInvalidEntryId,
                                  Integer firstInvalidStripe, Long firstInvalidSequence) {
    }

    @GET
    @Path("/verification")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the hash chains of the access log and report the first broken entry")
    @APIResponse(responseCode = "200", description = "The verification result")
    public VerificationDto verify() {
        ChainVerification result = accessLog.verify();
        return new VerificationDto(result.valid(), result.entriesChecked(),
                result.firstInvalidEntryId() == null ? null : result.firstInvalidEntryId().toString(),
                result.firstInvalidStripe(), result.firstInvalidSequence());
    }
}
