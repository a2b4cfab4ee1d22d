package nl.wijkregie.casefile.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.casefile.CaseFileDetails;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.CaseloadPage;
import nl.wijkregie.casefile.CaseloadQuery;
import nl.wijkregie.casefile.domain.CaseFile;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.casefile.rest.CaseDtos.AssignmentRequest;
import nl.wijkregie.casefile.rest.CaseDtos.CaseDto;
import nl.wijkregie.casefile.rest.CaseDtos.CaseloadPageDto;
import nl.wijkregie.casefile.rest.CaseDtos.DomainsRequest;
import nl.wijkregie.casefile.rest.CaseDtos.NewCaseRequest;
import nl.wijkregie.casefile.rest.CaseDtos.ReassignmentRequest;
import nl.wijkregie.casefile.rest.CaseDtos.ReassignmentResultDto;
import nl.wijkregie.casefile.rest.CaseDtos.TimelinePageDto;
import nl.wijkregie.casefile.rest.CaseDtos.TransitionRequest;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;
import nl.wijkregie.security.TeamRef;
import nl.wijkregie.shared.rest.PathIds;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Case files. Professionals of the owning team read and write them; team leads read them and (re)assign regisseurs;
 * policy staff and admins have no access to case content at all. Rules live in CaseFileService and CaseFile.
 */
@Path("/v1/cases")
@RequestScoped
@Tag(name = "Zaken")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String SIZE_MESSAGE = "Paginagrootte is hooguit 100";

    @Inject
    CaseFileService service;

    @Inject
    CaseMapper mapper;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "Caseload: my cases or the team's, filtered and sorted",
            description = "Without `status` only open cases are listed; with `household` all of its cases. `overdue=true` keeps the cases past their "
                    + "due date, `unassigned=true` those without a regisseur (instead of `regisseur`). Every listed case "
                    + "is access-logged.")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(schema = @Schema(implementation = CaseloadPageDto.class)))
    public CaseloadPageDto caseload(
            @QueryParam("scope") @DefaultValue("team") @Pattern(regexp = "^(mine|team)$",
                    message = "Kies mine of team") String scope,
            @QueryParam("status") @Pattern(regexp = CaseDtos.STATUS, message = "Onbekende status") String status,
            @QueryParam("domain") @Pattern(regexp = CaseDtos.DOMAIN, message = "Onbekend domein") String domain,
            @QueryParam("wijk") @Pattern(regexp = "^WK[0-9]{6}$", message = "Wijkcode is een CBS-code") String wijk,
            @QueryParam("regisseur") @Pattern(regexp = CaseDtos.USER_ID, message = "Ongeldige gebruikersnaam")
            String regisseur,
            @QueryParam("unassigned") @DefaultValue("false") boolean unassigned,
            @QueryParam("household") @Pattern(regexp = CaseDtos.UUID, message = "Onbekend huishouden")
            String household,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("sort") @DefaultValue("due") @Pattern(regexp = "^(due|opened|household|status)$",
                    message = "Sorteer op due, opened, household of status") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = SIZE_MESSAGE) int size) {
        CaseloadPage result = service.caseload(new CaseloadQuery(
                CaseloadQuery.Scope.valueOf(scope.toUpperCase(Locale.ROOT)), status, domain, wijk,
                unassigned ? CaseloadQuery.NO_REGISSEUR : regisseur,
                mapper.toId(household), overdue,
                CaseloadQuery.Sort.valueOf(sort.toUpperCase(Locale.ROOT)), new PageRequest(page, size)));
        Map<UUID, String> names = teamNames();
        return new CaseloadPageDto(result.items().stream().map(c -> mapper.toDto(c, names)).toList(), result.page(),
                result.size(), result.totalItems(), result.totalIsLowerBound());
    }

    @POST
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a new case for a household that has no open case",
            description = "Registering a household opens its first case already.")
    @APIResponse(responseCode = "201", description = "The new case",
            content = @Content(schema = @Schema(implementation = CaseDto.class)))
    @APIResponse(responseCode = "422", description = "The household already has an open case")
    public Response open(@NotNull(message = "Kies het huishouden") @Valid NewCaseRequest request) {
        CaseFileDetails details = service.open(mapper.toId(request.householdId()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(details.caseFile().getId().toString()).build())
                .entity(mapper.toDto(details, teamNames())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "One case with its household, domains, professionals and allowed transitions")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseDto.class)))
    @APIResponse(responseCode = "404", description = "No such case in the user's teams")
    public CaseDto get(@PathParam("id") String id) {
        return mapper.toDto(service.get(parseId(id)), teamNames());
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the case to another status",
            description = "Allowed: AANGEMELD→INTAKE, INTAKE→PLAN, PLAN→UITVOERING, UITVOERING→EVALUATIE, "
                    + "EVALUATIE→UITVOERING or PLAN, and any open status→AFGESLOTEN (with closingReason and "
                    + "outcomeSummary). A step back (EVALUATIE→UITVOERING or PLAN) needs a reason, shown in the "
                    + "timeline with the deadline's change. Anything else is 422 naming the allowed statuses.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "naar plan", value = "{\"version\": 3, \"to\": \"PLAN\"}"),
            @ExampleObject(name = "terug naar plan", value = "{\"version\": 9, \"to\": \"PLAN\", "
                    + "\"reason\": \"Doelen bijgesteld na evaluatie\"}"),
            @ExampleObject(name = "afsluiten", value = "{\"version\": 7, \"to\": \"AFGESLOTEN\", "
                    + "\"closingReason\": \"DOELEN_BEREIKT\", \"outcomeSummary\": \"Schulden geregeld, werk gevonden\"}")}))
    @APIResponse(responseCode = "200", description = "The case in its new status",
            content = @Content(schema = @Schema(implementation = CaseDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the case in between")
    @APIResponse(responseCode = "422", description = "Transition not allowed from the current status")
    public CaseDto transition(@PathParam("id") String id,
                              @NotNull(message = "Stuur de nieuwe status mee") @Valid TransitionRequest request) {
        return mapper.toDto(service.transition(parseId(id), request.version(), mapper.toStatus(request.to()),
                mapper.toClosingReason(request.closingReason()), request.outcomeSummary(), request.reason()),
                teamNames());
    }

    @PUT
    @Path("/{id}/domains")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the domains involved, per member or for the whole household")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the case in between")
    public CaseDto changeDomains(@PathParam("id") String id,
                                 @NotNull(message = "Stuur de domeinen mee") @Valid DomainsRequest request) {
        return mapper.toDto(service.changeDomains(parseId(id), request.version(),
                mapper.toInvolvements(request.domains())), teamNames());
    }

    @PUT
    @Path("/{id}/assignment")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Name the regisseur and the other professionals involved (all of the owning team)")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseDto.class)))
    @APIResponse(responseCode = "409", description = "Someone else changed the case in between")
    @APIResponse(responseCode = "422", description = "Someone named does not work in the case's team")
    public CaseDto assign(@PathParam("id") String id,
                          @NotNull(message = "Stuur de toewijzing mee") @Valid AssignmentRequest request) {
        return mapper.toDto(service.assign(parseId(id), request.version(), request.regisseurId(),
                mapper.toUserIds(request.involvedProfessionals())), teamNames());
    }

    @POST
    @Path("/reassignments")
    @RolesAllowed(Roles.TEAMLEAD)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Team lead: hand several cases to one regisseur at once (all or nothing)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "twee zaken naar pieter",
            value = "{\"caseIds\": [\"3f0c…\", \"9a1b…\"], \"regisseurId\": \"pieter\"}")))
    @APIResponse(responseCode = "200", description = "The reassigned cases",
            content = @Content(schema = @Schema(implementation = ReassignmentResultDto.class)))
    @APIResponse(responseCode = "404", description = "A case is not in the team lead's teams")
    @APIResponse(responseCode = "422", description = "The new regisseur does not work in a case's team, or a case is closed")
    public ReassignmentResultDto reassign(@NotNull(message = "Stuur de zaken en de regisseur mee") @Valid
                                          ReassignmentRequest request) {
        List<CaseFile> reassigned = service.reassign(mapper.toIds(request.caseIds()), request.regisseurId());
        Map<UUID, String> names = teamNames();
        return new ReassignmentResultDto(reassigned.stream().map(c -> mapper.toSummaryDto(c, names)).toList());
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "What happened to the household, newest first, from every module's events")
    @APIResponse(responseCode = "200", description = "A page of timeline events",
            content = @Content(schema = @Schema(implementation = TimelinePageDto.class)))
    public TimelinePageDto timeline(@PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = SIZE_MESSAGE) int size) {
        Page<TimelineEvent> events = service.timeline(parseId(id), new PageRequest(page, size));
        Map<String, String> names = service.namesOf(events.items().stream().map(TimelineEvent::getActorId).toList());
        return new TimelinePageDto(events.items().stream().map(e -> mapper.toDto(e, names)).toList(), events.page(),
                events.size(),
                events.totalItems());
    }

    private Map<UUID, String> teamNames() {
        return currentUser.teams().stream().collect(Collectors.toMap(TeamRef::id, TeamRef::name));
    }

    static UUID parseId(String id) {
        return PathIds.parse(id, "Zaak");
    }
}
