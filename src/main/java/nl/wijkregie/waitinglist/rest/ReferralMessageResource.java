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
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.PayloadTooLargeException;
import nl.wijkregie.shared.rest.PathIds;
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
        MessageImport run = importer.importCsv(new Limited(body, MAX_BYTES), fileName);
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

    /** Stops reading at the limit with a 413, instead of reading an endless body. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > max) {
                throw new PayloadTooLargeException("Het bestand is groter dan het maximum van "
                        + max / (1024 * 1024) + " MB");
            }
        }
    }
}
