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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wijkregie.security.ProfessionalNames;
import nl.wijkregie.security.Roles;
import nl.wijkregie.security.rest.TeamResource.PersonDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin names professionals, so that screens show people by name instead of by login name. */
@Path("/v1/professionals")
@RequestScoped
@Tag(name = "Teams")
@Produces(MediaType.APPLICATION_JSON)
public class ProfessionalResource {

    @Schema(name = "DisplayNameChange")
    public record DisplayNameRequest(
            @NotBlank(message = "Vul de naam in") @Size(max = 100, message = "Hooguit 100 tekens") String displayName) {
    }

    @Inject
    ProfessionalNames names;

    @PUT
    @Path("/{userId}/display-name")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the name screens show for a professional (login name in the path)")
    @APIResponse(responseCode = "200", description = "The professional by login and display name",
            content = @Content(schema = @Schema(implementation = PersonDto.class)))
    public PersonDto rename(@PathParam("userId") @Pattern(regexp = TeamResource.USER_ID,
                                    message = "Ongeldige gebruikersnaam") String userId,
                            @NotNull(message = "Stuur de naam mee") @Valid DisplayNameRequest request) {
        return new PersonDto(userId, names.rename(userId, request.displayName()));
    }
}
