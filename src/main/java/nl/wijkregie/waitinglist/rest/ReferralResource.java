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

/** Referrals (verwijzingen) of a case's members: the case's team reads them, professionals record and change them. */
@Path("/v1/referrals")
@RequestScoped
@Tag(name = "Verwijzingen")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    WaitingListService service;

    @Inject
    WaitingListMapper mapper;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "One referral")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public ReferralDto get(@PathParam("id") String id) {
        return mapper.toDto(service.get(PathIds.parse(id, "Verwijzing")));
    }

    @POST
    @Path("{id}/steps")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the date of a step by hand (a date from a message is not overwritten)")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public ReferralDto step(@PathParam("id") String id,
                            @NotNull(message = "Stuur de stap mee") @Valid WaitingListDtos.StepRequest request) {
        return mapper.toDto(service.record(PathIds.parse(id, "Verwijzing"), Step.valueOf(request.step()),
                request.on()));
    }

    @POST
    @Path("{id}/pause")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pause the waiting (the norm's clock stops); the resident's own wish is reported apart")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public ReferralDto pause(@PathParam("id") String id,
                             @NotNull(message = "Stuur de reden mee") @Valid WaitingListDtos.PauseRequest request) {
        return mapper.toDto(service.pause(PathIds.parse(id, "Verwijzing"), request.from(),
                PauseReason.valueOf(request.reason())));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End the pause: the norm's clock runs again")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public ReferralDto resume(@PathParam("id") String id,
                              @NotNull(message = "Stuur een (leeg) object mee") @Valid
                              WaitingListDtos.ResumeRequest request) {
        return mapper.toDto(service.resume(PathIds.parse(id, "Verwijzing"), request.on()));
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a waiting referral; ends its tasks")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public ReferralDto withdraw(@PathParam("id") String id, @NotNull(message = "Stuur de reden mee") @Valid
                                WaitingListDtos.WithdrawRequest request) {
        return mapper.toDto(service.withdraw(PathIds.parse(id, "Verwijzing"), request.on(),
                Referral.WithdrawalReason.valueOf(request.reason())));
    }

    @POST
    @Path("{id}/check-ins")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a bridging check-in while the household waits (completes the open check-in task; "
            + "not safe gives the team lead a task)")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralDto.class)))
    public ReferralDto checkIn(@PathParam("id") String id, @NotNull(message = "Stuur de antwoorden mee") @Valid
                               WaitingListDtos.CheckInRequest request) {
        return mapper.toDto(service.checkIn(PathIds.parse(id, "Verwijzing"), request.heldOn(), request.safe(),
                request.interimSupportNeeded()));
    }
}
