package nl.wijkregie.casefile.rest;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.domain.Consent;
import nl.wijkregie.casefile.rest.CaseDtos.ConsentDto;
import nl.wijkregie.casefile.rest.CaseDtos.ConsentWithdrawalRequest;
import nl.wijkregie.casefile.rest.CaseDtos.NewConsentRequest;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consent and objections of the household's members to sharing information, per domain or organisation. */
@Path("/v1/cases/{id}/consents")
@RequestScoped
@Tag(name = "Zaken")
@Produces(MediaType.APPLICATION_JSON)
public class CaseConsentResource {

    @Inject
    CaseFileService service;

    @Inject
    CaseMapper mapper;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "All consents and objections of the household's members, with how each stands today")
    @APIResponse(responseCode = "200", description = "The consents",
            content = @Content(schema = @Schema(implementation = ConsentDto[].class)))
    public List<ConsentDto> list(@PathParam("id") String id) {
        LocalDate today = LocalDate.now(clock);
        return service.consents(CaseResource.parseId(id)).stream().map(c -> mapper.toDto(c, today)).toList();
    }

    @POST
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a member's consent or objection")
    @APIResponse(responseCode = "201", description = "The consent",
            content = @Content(schema = @Schema(implementation = ConsentDto.class)))
    public Response record(@PathParam("id") String id,
                           @NotNull(message = "Stuur de toestemming mee") @Valid NewConsentRequest request) {
        Consent consent = service.recordConsent(CaseResource.parseId(id), mapper.toId(request.memberId()),
                mapper.toDecision(request.decision()), mapper.toRecipientKind(request.recipientKind()),
                request.recipient(), request.purpose(), request.recordedOn(), request.expiresOn());
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(consent, LocalDate.now(clock))).build();
    }

    @POST
    @Path("/{consentId}/withdrawal")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The member withdraws a consent")
    @APIResponse(responseCode = "200", description = "The withdrawn consent",
            content = @Content(schema = @Schema(implementation = ConsentDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the consent in between")
    public ConsentDto withdraw(@PathParam("id") String id, @PathParam("consentId") String consentId,
                               @NotNull(message = "Stuur de intrekking mee") @Valid ConsentWithdrawalRequest request) {
        return mapper.toDto(service.withdrawConsent(CaseResource.parseId(id), PathIds.parse(consentId, "Toestemming"),
                request.version(),
                request.withdrawnOn()), LocalDate.now(clock));
    }
}
