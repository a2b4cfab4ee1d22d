package nl.wijkregie.signal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.CsvDownload;
import nl.wijkregie.shared.rest.PathIds;
import nl.wijkregie.signal.batch.SignalBatches;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.rest.SignalDtos.RejectionDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalBatchDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Monthly lists of signals (CSV, see docs/signal-csv-format.md). Partners upload their own and see only those; the
 * functional administrator uploads lists received through other channels and sees all. The import runs in the
 * background; the batch shows its progress and, at the end, every rejected row with its reasons.
 */
@Path("/v1/signal-batches")
@RequestScoped
@Tag(name = "Vroegsignalering")
@Produces(MediaType.APPLICATION_JSON)
public class SignalBatchResource {

    @Inject
    SignalBatches batches;

    @Inject
    SignalMapper mapper;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.SIGNAL_PARTNER})
    @Operation(summary = "Upload a monthly list (CSV); the import runs in the background",
            description = "The file is checked as a whole first: encoding, header, size (413) and row count (422). "
                    + "Then each row is validated on its own; follow the progress at the returned location.")
    @APIResponse(responseCode = "202", description = "Accepted; the import has started",
            content = @Content(schema = @Schema(implementation = SignalBatchDto.class)))
    public Response upload(InputStream body,
                           @QueryParam("fileName") @Size(max = 200, message = "Bestandsnaam is te lang")
                           @Pattern(regexp = "^[^/\\\\]*$", message = "Bestandsnaam zonder pad") String fileName) {
        SignalBatch batch = batches.upload(body, fileName);
        batches.importInBackground(batch.getId());
        return Response.accepted(mapper.toDto(batch))
                .location(uriInfo.getBaseUriBuilder().path("v1/signal-batches/{id}").build(batch.getId())).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SIGNAL_PARTNER})
    @Operation(summary = "The latest 50 uploads (a partner sees its own)")
    public List<SignalBatchDto> recent() {
        return batches.recent().stream().map(mapper::toDto).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.SIGNAL_PARTNER})
    @Operation(summary = "Progress and totals of one upload")
    public SignalBatchDto get(@PathParam("id") String id) {
        return mapper.toDto(batches.get(PathIds.parse(id, "Bestand")));
    }

    @GET
    @Path("{id}/rejections")
    @RolesAllowed({Roles.ADMIN, Roles.SIGNAL_PARTNER})
    @Operation(summary = "The first 500 rows that were not imported, with row number and reasons (the CSV has all)")
    public List<RejectionDto> rejections(@PathParam("id") String id) {
        return batches.rejections(PathIds.parse(id, "Bestand")).stream().map(mapper::toDto).toList();
    }

    @GET
    @Path("{id}/rejections.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.SIGNAL_PARTNER})
    @Operation(summary = "The rejected rows as CSV (UTF-8, semicolon-separated, safe to open in a spreadsheet)")
    @APIResponse(responseCode = "200", description = "CSV file", content = @Content(mediaType = "text/csv"))
    public Response rejectionsCsv(@PathParam("id") String id) {
        SignalBatches.RejectionExport rejections = batches.exportRejections(PathIds.parse(id, "Bestand"));
        return CsvDownload.streamed("afgewezen-regels.csv",
                List.of("regel", "referentie", "redenen", "oorspronkelijke_regel"),
                rows -> rejections.writeTo(r -> rows.accept(List.of(r.rowNumber(), nullToEmpty(r.reference()),
                        r.reasons(), r.rawRow()))));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Resume an interrupted or failed import from its last committed chunk")
    @APIResponse(responseCode = "202", description = "Resuming",
            content = @Content(schema = @Schema(implementation = SignalBatchDto.class)))
    @APIResponse(responseCode = "409", description = "A run (on this or another node) still holds the batch")
    public Response resume(@PathParam("id") String id) {
        return Response.accepted(mapper.toDto(batches.resume(PathIds.parse(id, "Bestand")))).build();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
