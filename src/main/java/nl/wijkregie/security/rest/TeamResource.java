package nl.wijkregie.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.security.Roles;
import nl.wijkregie.security.TeamDirectory;
import nl.wijkregie.shared.rest.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teams and memberships: the admin manages them; professionals and team leads see their own teams' members. */
@Path("/v1/teams")
@RequestScoped
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    static final String USER_ID = "^[A-Za-z0-9._@-]{1,100}$";

    @Schema(name = "Team", description = "A team with the login names of its members and who they are by name")
    public record TeamDto(String id, String name,
                          @Schema(description = "Login names: keys for assignment, never shown") List<String> members,
                          @Schema(description = "The members by display name, in the order of members")
                          List<PersonDto> people) {
    }

    @Schema(name = "Person", description = "A professional: the login name is the key, the display name is shown")
    public record PersonDto(String userId, String displayName) {
    }

    @Schema(name = "NewTeam")
    public record NewTeamRequest(
            @NotBlank(message = "Vul de naam in") @Size(max = 100, message = "Hooguit 100 tekens") String name) {
    }

    @Inject
    TeamDirectory teams;

    @Inject
    TeamMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD, Roles.ADMIN})
    @Operation(summary = "Teams with their members: all for the admin, the user's own for everyone else")
    @APIResponse(responseCode = "200", description = "The teams",
            content = @Content(schema = @Schema(implementation = TeamDto[].class)))
    public List<TeamDto> list() {
        return mapper.toDtos(teams.visibleTeams());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a team")
    @APIResponse(responseCode = "201", description = "The new team",
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    public Response create(@NotNull(message = "Stuur de naam van het team mee") @Valid NewTeamRequest request) {
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(teams.create(request.name()))).build();
    }

    @PUT
    @Path("/{id}/members/{userId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a user (login name) to the team; gives access to the team's households at once")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    public TeamDto addMember(@PathParam("id") String id,
                             @PathParam("userId") @Pattern(regexp = USER_ID, message = "Ongeldige gebruikersnaam")
                             String userId) {
        return mapper.toDto(teams.addMember(parseId(id), userId));
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a user from the team; their access to the team's data ends with this call")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(schema = @Schema(implementation = TeamDto.class)))
    public TeamDto removeMember(@PathParam("id") String id,
                                @PathParam("userId") @Pattern(regexp = USER_ID, message = "Ongeldige gebruikersnaam")
                                String userId) {
        return mapper.toDto(teams.removeMember(parseId(id), userId));
    }

    private static UUID parseId(String id) {
        return PathIds.parse(id, "Team");
    }
}
