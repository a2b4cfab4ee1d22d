package nl.wijkregie.waitinglist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.QueryDates;
import nl.wijkregie.waitinglist.WaitingDashboard;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.BoardDto;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.DashboardDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The team lead's dashboard (own teams) and the provider board (professionals: counts per provider and product). */
@Path("/v1")
@RequestScoped
@Tag(name = "Verwijzingen")
@Produces(MediaType.APPLICATION_JSON)
public class WaitingDashboardResource {

    @Inject
    WaitingDashboard dashboard;

    @Inject
    WaitingListMapper mapper;

    @Inject
    DashboardJson json;

    @GET
    @Path("/team-lead-dashboard")
    @RolesAllowed(Roles.TEAMLEAD)
    @Operation(summary = "Caseload, unassigned cases, overdue tasks per clock, waiting lists, waiting times "
            + "p50/p90 (period: care started from..to, default the last 90 days) and inflow/outflow per week")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DashboardDto.class)))
    public String teamLead(
            @QueryParam("from") @Pattern(regexp = QueryDates.PATTERN, message = "Datum als JJJJ-MM-DD") String from,
            @QueryParam("to") @Pattern(regexp = QueryDates.PATTERN, message = "Datum als JJJJ-MM-DD") String to,
            @Parameter(description = "Compute the figures now instead of serving those of the last minute")
            @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        return json.of(dashboard.teamLead(from == null ? null : QueryDates.parse(from),
                to == null ? null : QueryDates.parse(to), refresh));
    }

    @GET
    @Path("/team-lead-dashboard/waiting-time-referrals")
    @RolesAllowed(Roles.TEAMLEAD)
    @Operation(summary = "The referrals behind a cell of the waiting-time table (own teams; also for a \"<10\" "
            + "cell): product, optional wijk (\"-\": none) and provider, the dashboard's period; longest wait first, "
            + "at most 200")
    public List<WaitingListDtos.StartedDto> waitingTimeReferrals(
            @QueryParam("product") @jakarta.validation.constraints.NotNull(message = "Kies de productcategorie")
            @jakarta.validation.constraints.Size(max = 10, message = "Onbekende productcategorie") String product,
            @QueryParam("wijk") @jakarta.validation.constraints.Size(max = 10, message = "Onbekende wijk") String wijk,
            @QueryParam("provider") @Pattern(regexp = WaitingListDtos.UUID, message = "Aanbieder is een id")
            String provider,
            @QueryParam("from") @Pattern(regexp = QueryDates.PATTERN, message = "Datum als JJJJ-MM-DD") String from,
            @QueryParam("to") @Pattern(regexp = QueryDates.PATTERN, message = "Datum als JJJJ-MM-DD") String to) {
        return dashboard.waitingTimeReferrals(product, wijk, provider == null ? null : java.util.UUID.fromString(provider),
                from == null ? null : QueryDates.parse(from), to == null ? null : QueryDates.parse(to))
                .stream().map(mapper::toDto).toList();
    }

    @GET
    @Path("/provider-board")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "Per provider and product: households waiting now and their median wait so far, and the "
            + "waiting times of care started in the last 90 days (no persons; percentiles of fewer than 10 withheld)")
    public List<BoardDto> providerBoard() {
        return dashboard.providerBoard().stream().map(mapper::toDto).toList();
    }
}
