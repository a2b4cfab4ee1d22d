package nl.wijkregie.waitinglist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import nl.wijkregie.waitinglist.MessageRetention;
import nl.wijkregie.waitinglist.ReferralMessageChunks;
import nl.wijkregie.waitinglist.ReferralMessageImport;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.ReferralMessage;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.ImportDto;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.MessageDto;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.MessagePageDto;
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

    @Inject
    MessageRetention retention;

    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import a file of 315/301/305/307 events (CSV: bericht;bsn;product;agb;datum)",
            description = "The file is checked as a whole (header, encoding, at most 200,000 rows) and stored, then "
                    + "imported in this request in chunks of 1,000 rows, each committed with the counts under a lease; "
                    + "if the node dies another node finishes it. An event already received counts as a duplicate.")
    @APIResponse(responseCode = "201", description = "The import with its counts and the first 500 rows not applied",
            content = @Content(schema = @Schema(implementation = ImportDto.class)))
    public Response upload(InputStream body,
                           @QueryParam("fileName") @Size(max = 200, message = "Bestandsnaam is te lang")
                           @Pattern(regexp = "^[^/\\\\]*$", message = "Bestandsnaam zonder pad") String fileName) {
        MessageImport run = importer.upload(body, fileName, MAX_BYTES);
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(run, chunks.report(run.getId()))).build();
    }

    @GET
    @Path("/imports")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The latest 20 imports with their status and counts (without their row reports)")
    public List<ImportDto> recent() {
        return chunks.recent().stream().map(run -> mapper.toDto(run, List.of())).toList();
    }

    @GET
    @Path("/imports/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "An import's counts and the first 500 rows that were not applied, with their reasons")
    public ImportDto get(@PathParam("id") String id) {
        UUID importId = PathIds.parse(id, "Import");
        return mapper.toDto(chunks.get(importId), chunks.report(importId));
    }

    @POST
    @Path("/imports/{id}/resume")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Resume an interrupted or failed import from its last committed chunk (in this request)")
    @APIResponse(responseCode = "200", description = "The import as it ended",
            content = @Content(schema = @Schema(implementation = ImportDto.class)))
    @APIResponse(responseCode = "409", description = "A run (on this or another node) still holds the import")
    @APIResponse(responseCode = "422", description = "The import is already done")
    public ImportDto resume(@PathParam("id") String id) {
        UUID importId = PathIds.parse(id, "Import");
        return mapper.toDto(importer.resume(importId), chunks.report(importId));
    }

    @POST
    @Path("/retention-runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase unmatched and rejected events past their retention period now (it also runs daily)")
    @APIResponse(responseCode = "409", description = "A run is already going on (on this or another node)")
    public MessageRetention.Erasure runRetention() {
        return retention.eraseExpired();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Events that matched no referral (UNMATCHED) or were rejected (REJECTED), newest first, 50 a"
            + " page (optionally of one import); the BSN is masked (last three digits)")
    public MessagePageDto open(@QueryParam("status") @DefaultValue("UNMATCHED")
                               @Pattern(regexp = "^(UNMATCHED|REJECTED)$", message = "UNMATCHED of REJECTED")
                               String status,
                               @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina 0 of hoger")
                               @Max(value = 100_000, message = "Pagina te hoog") int page,
                               @QueryParam("importId") @Pattern(regexp = WaitingListDtos.UUID,
                                       message = "Geen geldige import") String importId) {
        ReferralMessageChunks.OpenPage open = chunks.open(ReferralMessage.Status.valueOf(status),
                importId == null ? null : UUID.fromString(importId), page);
        return new MessagePageDto(open.items().stream().map(mapper::toDto).toList(), open.total(), page,
                ReferralMessageChunks.PAGE_SIZE);
    }

    @POST
    @Path("/{id}/rematch")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Match an unmatched or rejected event again (after the referral or resident was entered)")
    @APIResponse(responseCode = "200", description = "The event with its new status",
            content = @Content(schema = @Schema(implementation = MessageDto.class)))
    @APIResponse(responseCode = "422", description = "The event was already applied")
    public MessageDto rematch(@PathParam("id") String id) {
        return mapper.toDto(chunks.rematch(PathIds.parse(id, "Bericht")));
    }
}
