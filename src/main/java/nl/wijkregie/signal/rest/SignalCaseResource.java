package nl.wijkregie.signal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.shared.rest.PathIds;
import nl.wijkregie.signal.SignalCaseService;
import nl.wijkregie.signal.SignalInboxQuery;
import nl.wijkregie.signal.domain.MatchStatus;
import nl.wijkregie.signal.domain.Priority;
import nl.wijkregie.signal.domain.EndResult;
import nl.wijkregie.signal.rest.SignalDtos.ContactAttemptRequest;
import nl.wijkregie.signal.rest.SignalDtos.EndResultOptionDto;
import nl.wijkregie.signal.rest.SignalDtos.EndResultRequest;
import nl.wijkregie.signal.rest.SignalDtos.HouseholdLinkRequest;
import nl.wijkregie.signal.rest.SignalDtos.AssignmentRequest;
import nl.wijkregie.signal.rest.SignalDtos.InboxPageDto;
import nl.wijkregie.signal.rest.SignalDtos.NoteRequest;
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
            description = "A page with filters: `priority`, `wijk`, `match`, `deadline` (`overdue`, `soon` = within 3 "
                    + "working days, `attention` = overdue or escalated: the team lead's view), `assignee` (a login, "
                    + "or `none` for nobody yet). `view=attention` is the older name of `deadline=attention`. "
                    + "`totalItems` is exact up to 10000 (`totalIsLowerBound` beyond); every listed case is "
                    + "access-logged.")
    public InboxPageDto inbox(
            @QueryParam("team") @Pattern(regexp = SignalDtos.UUID, message = "Onbekend team") String team,
            @QueryParam("view") @DefaultValue("all") @Pattern(regexp = "^(all|attention)$",
                    message = "Kies all of attention") String view,
            @QueryParam("priority") @Pattern(regexp = "^(HOOG|MIDDEN|LAAG|GEEN)$",
                    message = "Prioriteit is HOOG, MIDDEN, LAAG of GEEN") String priority,
            @QueryParam("wijk") @Pattern(regexp = "^WK[0-9]{6}$", message = "Wijkcode is een CBS-code") String wijk,
            @QueryParam("match") @Pattern(regexp = "^(MATCHED|UNCERTAIN|UNKNOWN)$",
                    message = "Koppeling is MATCHED, UNCERTAIN of UNKNOWN") String match,
            @QueryParam("deadline") @DefaultValue("all") @Pattern(regexp = "^(all|overdue|soon|attention)$",
                    message = "Termijn is all, overdue, soon of attention") String deadline,
            @QueryParam("assignee") @Pattern(regexp = SignalDtos.USER_ID, message = "Ongeldige gebruikersnaam")
            String assignee,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = "Paginagrootte is hooguit " + PageRequest.MAX_SIZE)
            int size) {
        SignalInboxQuery.Deadline deadlines = "attention".equals(view) ? SignalInboxQuery.Deadline.ATTENTION
                : SignalInboxQuery.Deadline.valueOf(deadline.toUpperCase(Locale.ROOT));
        return mapper.toDto(service.inbox(new SignalInboxQuery(Optional.ofNullable(mapper.toId(team)),
                priority == null ? null : Priority.valueOf(priority), wijk,
                match == null ? null : MatchStatus.valueOf(match), deadlines,
                "none".equals(assignee) ? SignalInboxQuery.UNASSIGNED : assignee, new PageRequest(page, size))));
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

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "Assign the case to a professional of its team (or free it with a null assignee)",
            description = "The open contact task is assigned too, so it is in that professional's own task list.")
    public SignalCaseDto assign(@PathParam("id") String id,
                                @Valid @NotNull(message = "Toewijzing ontbreekt") AssignmentRequest request) {
        return mapper.toDto(service.assign(PathIds.parse(id, "Signaalzaak"), request.version(),
                request.assignee()));
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROFESSIONAL)
    @Operation(summary = "Write a note on an open signal case (access-logged as an update)")
    public SignalCaseDto addNote(@PathParam("id") String id,
                                 @Valid @NotNull(message = "Notitie ontbreekt") NoteRequest request) {
        return mapper.toDto(service.addNote(PathIds.parse(id, "Signaalzaak"), request.text()));
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
