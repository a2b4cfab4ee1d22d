package nl.wijkregie.signal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;
import nl.wijkregie.signal.SignalCaseService;
import nl.wijkregie.signal.SignalIntake;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.rest.SignalDtos.PartnerSignalStatusDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalReceiptDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signal intake, one at a time: from a partner's system (role signal-partner) or entered by a professional from a
 * letter or phone call. Partners also read back whether their own signals were picked up — nothing more.
 */
@Path("/v1/signals")
@RequestScoped
@Tag(name = "Vroegsignalering")
@Produces(MediaType.APPLICATION_JSON)
public class SignalResource {

    @Inject
    SignalCaseService service;

    @Inject
    SignalMapper mapper;

    @Inject
    CurrentUser currentUser;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SIGNAL_PARTNER, Roles.PROFESSIONAL})
    @Operation(summary = "Receive one signal of payment arrears",
            description = "Idempotent per (partner organisation, reference): a repeat answers 200 with status "
                    + "DUPLICATE and changes nothing. The signal is matched, stacked on the open signal case of its "
                    + "address (or a new one), triaged and its outreach process started.")
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(schema = @Schema(implementation = SignalReceiptDto.class)))
    @APIResponse(responseCode = "200", description = "Received before: nothing changed")
    public Response receive(@Valid @NotNull(message = "Signaal ontbreekt") SignalRequest request) {
        SignalReport report = mapper.toReport(request);
        SignalIntake.Outcome outcome = service.receive(report);
        boolean partner = currentUser.hasRole(Roles.SIGNAL_PARTNER);
        String caseId = partner || outcome.signalCaseId() == null ? null : outcome.signalCaseId().toString();
        SignalReceiptDto body = new SignalReceiptDto(outcome.kind().name(), report.partnerReference(), caseId);
        return Response.status(outcome.kind() == SignalIntake.Outcome.Kind.IMPORTED ? 201 : 200).entity(body)
                .build();
    }

    @GET
    @Path("status")
    @RolesAllowed(Roles.SIGNAL_PARTNER)
    @Operation(summary = "Status of the calling partner's own signals (picked up or not), newest first, at most 1000")
    public List<PartnerSignalStatusDto> status(
            @QueryParam("reference") @Size(max = 100, message = "Referentie is hooguit 100 tekens") String reference) {
        return service.partnerStatus(Optional.ofNullable(reference)).stream().map(mapper::toDto).toList();
    }
}
