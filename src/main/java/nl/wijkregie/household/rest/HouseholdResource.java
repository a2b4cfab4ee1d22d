package nl.wijkregie.household.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import nl.wijkregie.household.HouseholdQuery;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.domain.Bsn;
import nl.wijkregie.household.rest.HouseholdDtos.MemberChangeRequest;
import nl.wijkregie.household.rest.HouseholdDtos.MemberDepartureRequest;
import nl.wijkregie.household.rest.HouseholdDtos.MemberJoinRequest;
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
import nl.wijkregie.shared.rest.PathIds;
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
                mapper.toPersonDetails(request.members()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(household.getId().toString()).build())
                .entity(mapper.toDto(household, teamNames())).build();
    }

    @GET
    @Operation(summary = "The households of the user's teams: newest first, or those matching a search",
            description = "Search by name (`q`: any word of first name or surname, ignoring case, diacritics and "
                    + "surname prefixes — 'Ozturk' finds 'Öztürk', 'Dijk' finds 'van Dijk'), by postcode and house "
                    + "number, or by exact BSN. Only the user's teams are searched.")
    @APIResponse(responseCode = "200", description = "A page of households",
            content = @Content(schema = @Schema(implementation = HouseholdPageDto.class)))
    public HouseholdPageDto list(
            @QueryParam("q") @Size(max = 100, message = "Zoekterm is hooguit 100 tekens") String name,
            @QueryParam("postcode") @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$",
                    message = "Postcode is 4 cijfers en 2 letters, bijvoorbeeld 1502AB") String postcode,
            @QueryParam("houseNumber") @Min(value = 1, message = "Huisnummer is minstens 1") Integer houseNumber,
            @QueryParam("bsn") @ValidBsn String bsn,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = "Paginagrootte is hooguit 100") int size) {
        HouseholdQuery query = new HouseholdQuery(name, postcode, houseNumber, bsn == null ? null : Bsn.normalise(bsn.trim()));
        PageRequest request = new PageRequest(page, size);
        Page<HouseholdSummary> result = query.isEmpty() ? service.list(request) : service.search(query, request);
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

    @GET
    @Path("/{id}/members/{memberId}/bsn")
    @Operation(summary = "A member's full BSN (\"Toon BSN\"); every call is an access-logged read",
            description = "The household's other answers show the BSN masked. `bsn` is null when none is known.")
    @APIResponse(responseCode = "200", description = "The BSN",
            content = @Content(schema = @Schema(implementation = HouseholdDtos.MemberBsnDto.class)))
    @APIResponse(responseCode = "404", description = "No such member of a household in the user's teams")
    public HouseholdDtos.MemberBsnDto revealBsn(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        UUID member = parseMemberId(memberId);
        return new HouseholdDtos.MemberBsnDto(member.toString(), service.revealBsn(parseId(id), member));
    }

    @PUT
    @Path("/{id}/address")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the address, or record a move (with movedOn) in the address history",
            description = "Refused with 409 when the version is not the current one.")
    @APIResponse(responseCode = "200", description = "The changed household",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the household in between")
    public HouseholdDto changeAddress(@PathParam("id") String id,
                                      @NotNull(message = "Stuur het nieuwe adres mee") @Valid
                                      AddressChangeRequest request) {
        Household household = service.changeAddress(parseId(id), request.version(),
                mapper.toAddress(request.address()), Optional.ofNullable(request.movedOn()));
        return mapper.toDto(household, teamNames());
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A person joins the household on a date (birth, moving in)")
    @APIResponse(responseCode = "201", description = "The household with the new member",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the household in between")
    public Response addMember(@PathParam("id") String id,
                              @NotNull(message = "Stuur de gegevens van het lid mee") @Valid MemberJoinRequest request) {
        Household household = service.addMember(parseId(id), request.version(),
                mapper.toPersonDetails(request.member()), request.joinedOn());
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(household, teamNames())).build();
    }

    @PUT
    @Path("/{id}/members/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a member's role, contact details, language or interpreter need")
    @APIResponse(responseCode = "200", description = "The changed household",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the household in between")
    public HouseholdDto changeMember(@PathParam("id") String id, @PathParam("memberId") String memberId,
                                     @NotNull(message = "Stuur de gegevens van het lid mee") @Valid
                                     MemberChangeRequest request) {
        Household household = service.changeMember(parseId(id), parseMemberId(memberId), request.version(),
                mapper.toRole(request.role()), mapper.toContact(request));
        return mapper.toDto(household, teamNames());
    }

    @POST
    @Path("/{id}/members/{memberId}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A member left the household on a date; they stay on record")
    @APIResponse(responseCode = "200", description = "The changed household",
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "422", description = "The last member cannot leave, or the date is not possible")
    public HouseholdDto memberLeft(@PathParam("id") String id, @PathParam("memberId") String memberId,
                                   @NotNull(message = "Stuur de vertrekdatum mee") @Valid
                                   MemberDepartureRequest request) {
        Household household = service.memberLeft(parseId(id), parseMemberId(memberId), request.version(),
                request.leftOn());
        return mapper.toDto(household, teamNames());
    }

    private Map<UUID, String> teamNames() {
        return currentUser.teams().stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name));
    }

    private static UUID parseId(String id) {
        return PathIds.parse(id, "Huishouden");
    }

    private static UUID parseMemberId(String id) {
        return PathIds.parse(id, "Lid");
    }

    private static Optional<UUID> parseTeam(String teamId) {
        if (teamId == null || teamId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(teamId));
    }
}
