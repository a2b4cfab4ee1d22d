package nl.wijkregie.security.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.ProfessionalNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I, and ending my session: what the web UI needs to decide what to show. */
@Path("/v1")
@RequestScoped
@Tag(name = "Sessie")
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TeamMapper mapper;

    @Inject
    ProfessionalNames names;

    @Context
    HttpServletRequest request;

    @Schema(name = "TeamSummary", description = "One of the user's teams: id and name, without its members")
    public record TeamSummaryDto(String id, String name) {
    }

    @Schema(name = "Me")
    public record MeDto(String userId, @Schema(description = "The name screens show for this user") String displayName,
                        List<String> roles, List<TeamSummaryDto> teams) {
    }

    @GET
    @Path("/me")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The logged-in user, their roles and teams")
    @APIResponse(responseCode = "200", description = "The user")
    public MeDto me() {
        String displayName = currentUser.isAuthenticated() ? names.nameOf(currentUser.userId()) : null;
        return new MeDto(currentUser.userId(), displayName, currentUser.roles(), mapper.toSummaries(currentUser.teams()));
    }

    @POST
    @Path("/session/logout")
    @PermitAll
    @Operation(summary = "End the browser session")
    @APIResponse(responseCode = "204", description = "Logged out")
    public void logout() throws ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
    }
}
