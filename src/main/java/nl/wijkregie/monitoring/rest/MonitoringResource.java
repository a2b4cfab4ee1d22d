package nl.wijkregie.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.monitoring.MonitoringReleases;
import nl.wijkregie.monitoring.Release;
import nl.wijkregie.monitoring.domain.ReleaseContent;
import nl.wijkregie.monitoring.rest.MonitoringDtos.IndicatorDto;
import nl.wijkregie.monitoring.rest.MonitoringDtos.ReleaseDto;
import nl.wijkregie.monitoring.rest.MonitoringDtos.ReleaseRequest;
import nl.wijkregie.monitoring.rest.MonitoringDtos.ReleaseSummaryDto;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.CsvDownload;
import nl.wijkregie.shared.rest.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anonymised outcome monitoring: policy staff make releases and read them; the data warehouse's machine client reads
 * released extracts from the feed. Neither role reaches any personal endpoint, and nothing here serves anything but
 * released, disclosure-controlled cells.
 */
@Path("/v1/monitoring")
@RequestScoped
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    private static final int LIST_LIMIT = 200;

    @Inject
    MonitoringReleases releases;

    @Inject
    MonitoringMapper mapper;

    @GET
    @Path("/indicators")
    @RolesAllowed({Roles.POLICY, Roles.MONITORING_FEED})
    @Operation(summary = "The indicators with their Dutch description and definition")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(schema = @Schema(implementation = IndicatorDto.class, type = SchemaType.ARRAY)))
    public List<IndicatorDto> indicators() {
        return mapper.toIndicatorDtos(releases.indicators());
    }

    @POST
    @Path("/releases")
    @RolesAllowed(Roles.POLICY)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release an indicator over a period per wijk or buurt, through the disclosure control")
    @APIResponse(responseCode = "201", description = "The release, stored and access-logged",
            content = @Content(schema = @Schema(implementation = ReleaseDto.class)))
    public Response release(@NotNull(message = "Stuur de gegevens van de publicatie mee") @Valid
                            ReleaseRequest request) {
        Release release = releases.release(mapper.toRequest(request));
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(release))
                .header("Location", "/api/v1/monitoring/releases/" + release.id()).build();
    }

    @GET
    @Path("/releases")
    @RolesAllowed(Roles.POLICY)
    @Operation(summary = "The latest releases, newest first (at most 200), without their cells")
    @APIResponse(responseCode = "200", description = "The releases",
            content = @Content(schema = @Schema(implementation = ReleaseSummaryDto.class, type = SchemaType.ARRAY)))
    public List<ReleaseSummaryDto> list() {
        return mapper.toSummaries(releases.list(LIST_LIMIT));
    }

    @GET
    @Path("/feed")
    @RolesAllowed(Roles.MONITORING_FEED)
    @Operation(summary = "For the municipal data warehouse: the released extracts, newest first (at most 200); "
            + "each is read at /releases/{id} or /releases/{id}/cells.csv")
    @APIResponse(responseCode = "200", description = "The released extracts",
            content = @Content(schema = @Schema(implementation = ReleaseSummaryDto.class, type = SchemaType.ARRAY)))
    public List<ReleaseSummaryDto> feed() {
        return mapper.toSummaries(releases.list(LIST_LIMIT));
    }

    @GET
    @Path("/releases/{id}")
    @RolesAllowed({Roles.POLICY, Roles.MONITORING_FEED})
    @Operation(summary = "A release with its published cells (access-logged)")
    @APIResponse(responseCode = "200", description = "The release",
            content = @Content(schema = @Schema(implementation = ReleaseDto.class)))
    public ReleaseDto get(@PathParam("id") String id) {
        return mapper.toDto(releases.get(PathIds.parse(id, "Publicatie"), AccessAction.READ));
    }

    @GET
    @Path("/releases/{id}/cells.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.POLICY, Roles.MONITORING_FEED})
    @Operation(summary = "A release's published cells as CSV (semicolons, UTF-8 with BOM; access-logged)")
    @APIResponse(responseCode = "200", description = "The cells", content = @Content(mediaType = "text/csv"))
    public Response csv(@PathParam("id") String id) {
        Release release = releases.get(PathIds.parse(id, "Publicatie"), AccessAction.EXPORT);
        ReleaseContent content = release.content();
        List<String> header = Arrays.asList("indicator", "gebiedsniveau", "gebied", "maand", "aantal", "van",
                "percentage", "toelichting", "regels", "publicatie");
        String fileName = "publicatie-" + release.indicator() + "-" + release.from() + "-" + release.to() + ".csv";
        return CsvDownload.streamed(fileName, header, rows -> content.cells().forEach(cell -> rows.accept(
                Arrays.asList(release.indicator(), release.areaLevel(), cell.area(), cell.month(), cell.count(),
                        cell.outOf() == null ? "" : cell.outOf(),
                        cell.percentage() == null ? "" : cell.percentage(),
                        explanation(cell, release.threshold()), release.rulesVersion(), release.id()))));
    }

    /** Why a cell reads "x", in the words of the policy page. */
    static String explanation(ReleaseContent.Cell cell, int threshold) {
        String reason = cell.suppression() != null ? cell.suppression() : cell.outOfSuppression();
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case "PRIMARY" -> "<" + threshold + ": minder dan " + threshold + " huishoudens";
            case "SECONDARY" -> "afgeschermd: anders terug te rekenen uit de totalen";
            case "DIFFERENCING" -> "afgeschermd: verschilt te weinig van een eerdere publicatie";
            default -> "afgeschermd";
        };
    }
}
