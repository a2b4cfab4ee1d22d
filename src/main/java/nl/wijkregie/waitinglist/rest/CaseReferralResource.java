package nl.wijkregie.waitinglist.rest;

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
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import nl.wijkregie.waitinglist.WaitingListService;
import nl.wijkregie.waitinglist.domain.PauseReason;
import nl.wijkregie.waitinglist.domain.Referral;
import nl.wijkregie.waitinglist.domain.Step;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.ReferralDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The referrals of a case's members: the case's team reads them, professionals refer. */
@Path("/v1/cases/{id}/referrals")
@RequestScoped
@Tag(name = "Verwijzingen")
@Produces(MediaType.APPLICATION_JSON)
public class CaseReferralResource {

    @Inject
    WaitingListService service;

    @Inject
    WaitingListMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The referrals of the case, newest first, with their waiting time against the norm")
    @APIResponse(responseCode = "200", description = "Referrals", content = @Content(schema = @Schema(
            implementation = ReferralDto.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<ReferralDto> ofCase(@PathParam("id") String id) {
        return service.ofCase(PathIds.parse(id, "Zaak")).stream().map(mapper::toDto).toList();
    }

    @POST
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a member of the case's household to a provider for a product")
    @APIResponse(responseCode = "201", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public Response create(@PathParam("id") String id, @NotNull(message = "Stuur de verwijzing mee") @Valid
                           WaitingListDtos.NewReferralRequest request) {
        ReferralDto created = mapper.toDto(service.create(PathIds.parse(id, "Zaak"), mapper.toNewReferral(request)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

}
