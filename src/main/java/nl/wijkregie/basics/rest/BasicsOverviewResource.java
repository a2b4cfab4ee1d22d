package nl.wijkregie.basics.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.wijkregie.basics.BasicsRecheck;
import nl.wijkregie.basics.BasicsService;
import nl.wijkregie.basics.domain.RecheckRun;
import nl.wijkregie.basics.rest.BasicsDtos.NotInOrderDto;
import nl.wijkregie.basics.rest.BasicsDtos.RecheckDto;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Across cases: the team lead's list of households whose basics are not in order, and the admin's re-check. */
@Path("/v1/basics")
@RequestScoped
@Tag(name = "Basis op orde")
@Produces(MediaType.APPLICATION_JSON)
public class BasicsOverviewResource {

    @Inject
    BasicsService service;

    @Inject
    BasicsRecheck recheck;

    @Inject
    CurrentUser currentUser;

    @Inject
    BasicsMapper mapper;

    @GET
    @Path("/not-in-order")
    @RolesAllowed(Roles.TEAMLEAD)
    @Operation(summary = "Open cases of the team lead's teams with a dimension 'niet op orde', longest first (max 500)")
    @APIResponse(responseCode = "200", description = "The cases",
            content = @Content(schema = @Schema(implementation = NotInOrderDto.class, type = SchemaType.ARRAY)))
    public List<NotInOrderDto> notInOrder() {
        return service.notInOrder().stream().map(mapper::toDto).toList();
    }

    @POST
    @Path("/rechecks")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-check all open cases in the background under the rules in force now")
    @APIResponse(responseCode = "202", description = "The run; follow its progress at its location",
            content = @Content(schema = @Schema(implementation = RecheckDto.class)))
    public Response start() {
        RecheckRun run = recheck.start(currentUser.userId());
        recheck.runInBackground(run.getId());
        return Response.accepted(toDto(recheck.progress(run.getId())))
                .header("Location", "/api/v1/basics/rechecks/" + run.getId()).build();
    }

    @GET
    @Path("/rechecks/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Progress of a re-check")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(schema = @Schema(implementation = RecheckDto.class)))
    public RecheckDto progress(@PathParam("id") String id) {
        return toDto(recheck.progress(PathIds.parse(id, "Hertoetsing")));
    }

    private RecheckDto toDto(BasicsRecheck.Progress progress) {
        return mapper.toDto(progress);
    }
}
