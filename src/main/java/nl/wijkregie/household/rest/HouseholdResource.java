package nl.wijkregie.household.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.domain.Household;
import nl.wijkregie.household.rest.HouseholdDtos.AddressChangeRequest;
import nl.wijkregie.household.rest.HouseholdDtos.HouseholdDto;
import nl.wijkregie.household.rest.HouseholdDtos.HouseholdPageDto;
import nl.wijkregie.household.rest.HouseholdDtos.NewHouseholdRequest;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;
import nl.wijkregie.security.TeamRef;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.household.HouseholdSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Households of the user's teams. Thin: validates, maps, and leaves every rule to HouseholdService and Household. */
@Path("/v1/households")
@RequestScoped
@Tag(name = "Huishoudens")
@RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    @Inject
    HouseholdService service;

    @Inject
    HouseholdMapper mapper;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a household; starts its intake process for the owning team")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, per field",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = nl.wijkregie.shared.rest.Problem.class)))
    public Response register(@NotNull(message = "Stuur de gegevens van het huishouden mee") @Valid
                             NewHouseholdRequest request) {
        Household household = service.register(parseTeam(request.teamId()), mapper.toAddress(request.address()),
                request.members().stream().map(mapper::toPersonDetails).toList());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(household.getId().toString()).build())
                .entity(mapper.toDto(household, teamNames())).build();
    }

    @GET
    @Operation(summary = "The households of the user's teams, newest first")
    @APIResponse(responseCode = "200", description = "A page of households",
            content = @Content(schema = @Schema(implementation = HouseholdPageDto.class)))
    public HouseholdPageDto list(
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = "Paginagrootte is hooguit 100") int size) {
        Page<HouseholdSummary> result = service.list(new PageRequest(page, size));
        Map<UUID, String> names = teamNames();
        return new HouseholdPageDto(result.items().stream().map(h -> mapper.toDto(h, names)).toList(),
                result.page(), result.size(), result.totalItems());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One household with its members")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "404", description = "No such household in the user's teams")
    public HouseholdDto get(@PathParam("id") String id) {
        return mapper.toDto(service.get(parseId(id)), teamNames());
    }

    @PUT
    @Path("/{id}/address")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the address; refused with 409 when the version is not the current one")
    @APIResponse(responseCode = "200", description = "The changed household",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the household in between")
    public HouseholdDto changeAddress(@PathParam("id") String id,
                                      @NotNull(message = "Stuur het nieuwe adres mee") @Valid
                                      AddressChangeRequest request) {
        Household household = service.changeAddress(parseId(id), request.version(),
                mapper.toAddress(request.address()));
        return mapper.toDto(household, teamNames());
    }

    private Map<UUID, String> teamNames() {
        return currentUser.teams().stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Huishouden", id);
        }
    }

    private static Optional<UUID> parseTeam(String teamId) {
        if (teamId == null || teamId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(teamId));
    }
}
