package nl.wijkregie.basics.rest;

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
import java.util.List;
import nl.wijkregie.basics.BasicsService;
import nl.wijkregie.basics.rest.BasicsDtos.BasicsDto;
import nl.wijkregie.basics.rest.BasicsDtos.CheckDto;
import nl.wijkregie.basics.rest.BasicsDtos.NewFactsRequest;
import nl.wijkregie.basics.rest.BasicsDtos.NotSolvableRequest;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The basics of a case ("Basis op orde"): the case's team reads them, professionals record facts and reasons. */
@Path("/v1/cases/{id}/basics")
@RequestScoped
@Tag(name = "Basis op orde")
@Produces(MediaType.APPLICATION_JSON)
public class BasicsResource {

    @Inject
    BasicsService service;

    @Inject
    BasicsMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The latest check per dimension (with its reason and inputs) and the latest facts")
    @APIResponse(responseCode = "200", description = "The basics",
            content = @Content(schema = @Schema(implementation = BasicsDto.class)))
    public BasicsDto get(@PathParam("id") String id) {
        return mapper.toDto(service.status(PathIds.parse(id, "Zaak")));
    }

    @POST
    @Path("/facts")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record facts (any dimension may be left out; UNKNOWN is valid) and check the case")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "feiten", value = """
            {"housing": {"observedOn": "2026-11-02", "source": "RESIDENT", "situation": "EVICTION_THREATENED"},
             "income": {"source": "DOCUMENT", "sources": ["SOCIAL_ASSISTANCE"], "netMonthlyIncomeCents": 136906}}""")))
    @APIResponse(responseCode = "201", description = "The basics after the check",
            content = @Content(schema = @Schema(implementation = BasicsDto.class)))
    public Response recordFacts(@PathParam("id") String id,
                                @NotNull(message = "Stuur de feiten mee") @Valid NewFactsRequest request) {
        BasicsDto basics = mapper.toDto(service.recordFacts(PathIds.parse(id, "Zaak"), mapper.toNewFacts(request)));
        return Response.status(Response.Status.CREATED).entity(basics).build();
    }

    @GET
    @Path("/checks")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The check history, newest first (at most 200 results), with inputs and table version")
    @APIResponse(responseCode = "200", description = "Check results",
            content = @Content(schema = @Schema(implementation = CheckDto.class, type = org.eclipse.microprofile
                    .openapi.annotations.enums.SchemaType.ARRAY)))
    public List<CheckDto> history(@PathParam("id") String id) {
        return service.history(PathIds.parse(id, "Zaak")).stream().map(mapper::toDto).toList();
    }

    @POST
    @Path("/checks")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Operation(summary = "Check the case's basics now, by hand")
    @APIResponse(responseCode = "200", description = "The basics after the check",
            content = @Content(schema = @Schema(implementation = BasicsDto.class)))
    public BasicsDto check(@PathParam("id") String id) {
        return mapper.toDto(service.checkByHand(PathIds.parse(id, "Zaak")));
    }

    @POST
    @Path("/not-solvable")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record why the basics cannot be put in order now; ends the task 'Basis op orde brengen'")
    @APIResponse(responseCode = "200", description = "The basics",
            content = @Content(schema = @Schema(implementation = BasicsDto.class)))
    public BasicsDto notSolvable(@PathParam("id") String id,
                                 @NotNull(message = "Stuur de reden mee") @Valid NotSolvableRequest request) {
        return mapper.toDto(service.recordNotSolvable(PathIds.parse(id, "Zaak"), request.reason()));
    }
}
