package nl.wijkregie.household.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.SizeLimitedInputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CBS wijken and buurten: readable by every staff role, kept current by the admin. */
@Path("/v1/areas")
@RequestScoped
@Tag(name = "Wijken en buurten")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    @Schema(name = "Wijk")
    public record WijkDto(String code, String municipalityCode, String name, String teamId, boolean active) {
    }

    @Schema(name = "Buurt")
    public record BuurtDto(String code, String wijkCode, String name, boolean active) {
    }

    @Schema(name = "Areas")
    public record AreasDto(List<WijkDto> wijken, List<BuurtDto> buurten,
                           @Schema(description = "true while the list is the illustrative one shipped with Wijkregie "
                                   + "(no CBS file imported yet)") boolean illustrative) {
    }

    @Schema(name = "CbsImportRejection")
    public record CbsRejectionDto(long line, String code, String reason) {
    }

    @Schema(name = "CbsImport")
    public record CbsImportDto(String municipality, int wijkenAdded, int wijkenChanged, int buurtenAdded,
                               int buurtenChanged, int switchedOff, long otherMunicipalityRows, long rejectedRows,
                               List<CbsRejectionDto> rejections) {
    }

    @Schema(name = "WijkChange")
    public record WijkChangeRequest(
            @NotBlank(message = "Vul de naam in") @Size(max = 100, message = "Hooguit 100 tekens") String name,
            @Pattern(regexp = "^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?$",
                    message = "Onbekend team") String teamId,
            @NotNull(message = "Geef aan of de wijk in gebruik is") Boolean active) {
    }

    @Schema(name = "BuurtChange")
    public record BuurtChangeRequest(
            @NotBlank(message = "Vul de wijkcode in") @Pattern(regexp = "^WK[0-9]{6}$",
                    message = "Wijkcode is een CBS-code, bijvoorbeeld WK047901") String wijkCode,
            @NotBlank(message = "Vul de naam in") @Size(max = 100, message = "Hooguit 100 tekens") String name,
            @NotNull(message = "Geef aan of de buurt in gebruik is") Boolean active) {
    }

    @Inject
    AreaCatalogue catalogue;

    @Inject
    AreaMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD, Roles.POLICY, Roles.ADMIN})
    @Operation(summary = "All wijken and buurten of the municipality, switched-off ones included")
    @APIResponse(responseCode = "200", description = "The reference list",
            content = @Content(schema = @Schema(implementation = AreasDto.class)))
    public AreasDto list() {
        return new AreasDto(mapper.toWijkDtos(catalogue.wijken()), mapper.toBuurtDtos(catalogue.buurten()),
                catalogue.isIllustrative());
    }

    @PUT
    @Path("/wijken/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or change a wijk: name, serving team, in use or not")
    @APIResponse(responseCode = "200", description = "The wijk",
            content = @Content(schema = @Schema(implementation = WijkDto.class)))
    public WijkDto saveWijk(@PathParam("code") @Pattern(regexp = "^WK[0-9]{6}$",
                                    message = "Wijkcode is een CBS-code, bijvoorbeeld WK047901") String code,
                            @NotNull(message = "Stuur de gegevens van de wijk mee") @Valid WijkChangeRequest request) {
        return mapper.toDto(catalogue.saveWijk(code, request.name(), mapper.toTeamId(request.teamId()),
                request.active()));
    }

    @PUT
    @Path("/buurten/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or change a buurt")
    @APIResponse(responseCode = "200", description = "The buurt",
            content = @Content(schema = @Schema(implementation = BuurtDto.class)))
    public BuurtDto saveBuurt(@PathParam("code") @Pattern(regexp = "^BU[0-9]{8}$",
                                      message = "Buurtcode is een CBS-code, bijvoorbeeld BU04790101") String code,
                              @NotNull(message = "Stuur de gegevens van de buurt mee") @Valid
                              BuurtChangeRequest request) {
        return mapper.toDto(catalogue.saveBuurt(code, request.wijkCode(), request.name(), request.active()));
    }

    /** The CBS file of all of the Netherlands is some tens of MB; anything far larger is not that file. */
    static final long CBS_FILE_MAX_BYTES = 128L * 1024 * 1024;

    @POST
    @Path("/cbs-import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Load the municipality's real wijken and buurten from the CBS 'Kerncijfers wijken en "
            + "buurten' CSV (read as it streams; wrong rows reported and skipped)")
    @APIResponse(responseCode = "200", description = "What the import did",
            content = @Content(schema = @Schema(implementation = CbsImportDto.class)))
    public CbsImportDto importCbs(
            @QueryParam("municipality") @Pattern(regexp = "^GM[0-9]{4}$",
                    message = "Gemeentecode is een CBS-code, bijvoorbeeld GM0479") String municipality,
            @QueryParam("switchOffMissing") boolean switchOffMissing, InputStream file) {
        return mapper.toDto(catalogue.importCbs(new BufferedReader(new InputStreamReader(
                new SizeLimitedInputStream(file, CBS_FILE_MAX_BYTES), StandardCharsets.UTF_8)), municipality,
                switchOffMissing));
    }
}
