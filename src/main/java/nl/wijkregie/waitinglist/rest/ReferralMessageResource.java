package nl.wijkregie.waitinglist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import nl.wijkregie.shared.rest.SizeLimitedInputStream;
import nl.wijkregie.waitinglist.ReferralMessageChunks;
import nl.wijkregie.waitinglist.ReferralMessageImport;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.ReferralMessage;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.ImportDto;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.MessageDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The import of iJw/iWmo events (CSV) by the administrator, its row report, and the events that matched no referral
 * or were rejected (listed until resolved, never dropped).
 */
@Path("/v1/referral-messages")
@RequestScoped
@Tag(name = "Verwijzingen")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralMessageResource {

    /** 100,000 events of about 50 bytes fit many times over. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    @Inject
    ReferralMessageImport importer;

    @Inject
    ReferralMessageChunks chunks;

    @Inject
    WaitingListMapper mapper;

    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a file of 315/301/305/307 events (CSV: bericht;bsn;product;agb;datum)",
            description = "Streamed in chunks of 1,000 rows, each committed on its own; an event already received is "
                    + "counted as a duplicate, so uploading the file again after an interruption resumes it.")
    @APIResponse(responseCode = "201", description = "The import with its counts and the first 500 rows not applied",
            content = @Content(schema = @Schema(implementation = ImportDto.class)))
    public Response upload(InputStream body,
                           @QueryParam("fileName") @Size(max = 200, message = "Bestandsnaam is te lang")
                           @Pattern(regexp = "^[^/\\\\]*$", message = "Bestandsnaam zonder pad") String fileName) {
        MessageImport run = importer.importCsv(new SizeLimitedInputStream(body, MAX_BYTES), fileName);
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(run, chunks.report(run.getId()))).build();
    }

    @GET
    @Path("/imports/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "An import's counts and the first 500 rows that were not applied, with their reasons")
    public ImportDto get(@PathParam("id") String id) {
        UUID importId = PathIds.parse(id, "Import");
        return mapper.toDto(chunks.get(importId), chunks.report(importId));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Events that matched no referral (UNMATCHED) or were rejected (REJECTED), newest 500")
    public List<MessageDto> open(@QueryParam("status") @DefaultValue("UNMATCHED")
                                 @Pattern(regexp = "^(UNMATCHED|REJECTED)$", message = "UNMATCHED of REJECTED")
                                 String status) {
        return chunks.open(ReferralMessage.Status.valueOf(status)).stream().map(mapper::toDto).toList();
    }
}
