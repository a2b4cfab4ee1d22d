package nl.wijkregie.signal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import nl.wijkregie.signal.SignalCaseService;
import nl.wijkregie.signal.domain.EndResult;
import nl.wijkregie.signal.rest.SignalDtos.ContactAttemptRequest;
import nl.wijkregie.signal.rest.SignalDtos.EndResultOptionDto;
import nl.wijkregie.signal.rest.SignalDtos.EndResultRequest;
import nl.wijkregie.signal.rest.SignalDtos.HouseholdLinkRequest;
import nl.wijkregie.signal.rest.SignalDtos.InboxItemDto;
import nl.wijkregie.signal.rest.SignalDtos.SignalCaseDto;
import nl.wijkregie.signal.rest.SignalDtos.VersionRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Signal cases: the team's inbox and the outreach work on one case. Professionals of the owning team work on them;
 * team leads read them (the overdue and escalated view is theirs) but record nothing. Rules live in SignalCase.
 */
@Path("/v1/signal-cases")
@RequestScoped
@Tag(name = "Vroegsignalering")
@Produces(MediaType.APPLICATION_JSON)
public class SignalCaseResource {

    @Inject
    SignalCaseService service;

    @Inject
    SignalMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The inbox: open signal cases of my teams, overdue first, then by priority and deadline",
            description = "`view=attention` keeps the overdue and escalated ones (the team lead's view). At most 300; "
                    + "every listed case is access-logged.")
    public List<InboxItemDto> inbox(
            @QueryParam("team") @Pattern(regexp = SignalDtos.UUID, message = "Onbekend team") String team,
            @QueryParam("view") @DefaultValue("all") @Pattern(regexp = "^(all|attention)$",
                    message = "Kies all of attention") String view) {
        return mapper.toInboxDtos(service.inbox(Optional.ofNullable(mapper.toId(team)),
                "attention".equals(view)));
    }

    @GET
    @Path("end-results")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The DDAS end results, with their labels")
    public List<EndResultOptionDto> endResults() {
        return mapper.toOptions(List.of(EndResult.values()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "A signal case with its stacked signals, triage reasoning, candidates and contact attempts")
    public SignalCaseDto get(@PathParam("id") String id) {
        return mapper.toDto(service.get(PathIds.parse(id, "Signaalzaak")));
    }

    @POST
    @Path("{id}/contact-attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROFESSIONAL)
    @Operation(summary = "Record an attempt to reach the resident (DDAS: kind, reached, date, part of day)")
    public SignalCaseDto recordAttempt(@PathParam("id") String id,
                                       @Valid @NotNull(message = "Contactpoging ontbreekt") ContactAttemptRequest request) {
        return mapper.toDto(service.recordAttempt(PathIds.parse(id, "Signaalzaak"), mapper.toContactKind(request.kind()),
                request.reached(), request.attemptedOn(), mapper.toPartOfDay(request.partOfDay())));
    }

    @POST
    @Path("{id}/end-result")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROFESSIONAL)
    @Operation(summary = "Close the signal case with a DDAS end result",
            description = "Help accepted opens the household's case file or extends it with debt help (schulden).")
    public SignalCaseDto close(@PathParam("id") String id,
                               @Valid @NotNull(message = "Eindresultaat ontbreekt") EndResultRequest request) {
        return mapper.toDto(service.close(PathIds.parse(id, "Signaalzaak"), request.version(),
                mapper.toEndResult(request.result())));
    }

    @POST
    @Path("{id}/household")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROFESSIONAL)
    @Operation(summary = "Confirm the household the signals are about (a candidate, or a household of my team)")
    public SignalCaseDto confirmHousehold(@PathParam("id") String id,
                                          @Valid @NotNull(message = "Huishouden ontbreekt") HouseholdLinkRequest request) {
        return mapper.toDto(service.confirmHousehold(PathIds.parse(id, "Signaalzaak"), request.version(),
                mapper.toId(request.householdId())));
    }

    @POST
    @Path("{id}/candidates/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROFESSIONAL)
    @Operation(summary = "None of the candidates is the household: continue with the address as unknown")
    public SignalCaseDto rejectCandidates(@PathParam("id") String id,
                                          @Valid @NotNull(message = "Versie ontbreekt") VersionRequest request) {
        return mapper.toDto(service.rejectCandidates(PathIds.parse(id, "Signaalzaak"), request.version()));
    }
}
