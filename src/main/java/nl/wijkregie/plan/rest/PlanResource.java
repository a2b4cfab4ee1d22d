package nl.wijkregie.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.plan.PlanService;
import nl.wijkregie.plan.domain.ActionStatus;
import nl.wijkregie.plan.domain.AgreementChannel;
import nl.wijkregie.plan.domain.EvaluationDecision;
import nl.wijkregie.plan.domain.FamilyGroupOffer;
import nl.wijkregie.plan.domain.GoalResult;
import nl.wijkregie.plan.rest.PlanDtos.ActionStatusRequest;
import nl.wijkregie.plan.rest.PlanDtos.AgreementRequest;
import nl.wijkregie.plan.rest.PlanDtos.DraftRequest;
import nl.wijkregie.plan.rest.PlanDtos.EvaluationRequest;
import nl.wijkregie.plan.rest.PlanDtos.OfferRequest;
import nl.wijkregie.plan.rest.PlanDtos.PlanDto;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.rest.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The eigen regie plan of a case: professionals write it, team leads read it (as they read case files). Scope,
 * rules, the process and logging are the service's.
 */
@Path("/v1/cases/{id}/plan")
@RequestScoped
@Tag(name = "Plan")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService service;

    @Inject
    PlanMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The case's plan with its versions (and what changed), agreement and evaluations")
    @APIResponse(responseCode = "200", description = "The plan; phase NOT_STARTED before its first step",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public PlanDto get(@PathParam("id") String id) {
        CaseId caseId = caseId(id);
        return mapper.toDto(service.view(caseId), caseId.value());
    }

    @POST
    @Path("offer")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the outcome of the familiegroepsplan offer (before the first version)")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public PlanDto offer(@PathParam("id") String id,
                         @NotNull(message = "Stuur de uitkomst mee") @Valid OfferRequest request) {
        CaseId caseId = caseId(id);
        return mapper.toDto(service.recordOffer(caseId, FamilyGroupOffer.valueOf(request.outcome())), caseId.value());
    }

    @PUT
    @Path("draft")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the plan: into the draft, or a new version when the latest is vastgesteld")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public PlanDto draft(@PathParam("id") String id,
                         @NotNull(message = "Stuur het plan mee") @Valid DraftRequest request) {
        CaseId caseId = caseId(id);
        return mapper.toDto(service.write(caseId, request.version(), request.strengths(), request.concerns(),
                mapper.toInput(request.regisseur()), request.goals().stream().map(mapper::toInput).toList(),
                request.actions() == null ? List.of() : request.actions().stream().map(mapper::toInput).toList(),
                request.nextEvaluationOn()), caseId.value());
    }

    @POST
    @Path("agreements")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a member's answer on the draft; the last answer needed makes it vastgesteld")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public PlanDto agreement(@PathParam("id") String id,
                             @NotNull(message = "Stuur het akkoord mee") @Valid AgreementRequest request) {
        CaseId caseId = caseId(id);
        return mapper.toDto(service.recordAgreement(caseId, UUID.fromString(request.memberId()), request.agrees(),
                request.answeredOn(), AgreementChannel.valueOf(request.channel()), request.statement()),
                caseId.value());
    }

    @POST
    @Path("actions/{key}/status")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an action of the plan in force (progress: no new version)")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public PlanDto actionStatus(@PathParam("id") String id, @PathParam("key") String key,
                                @NotNull(message = "Stuur de stand mee") @Valid ActionStatusRequest request) {
        CaseId caseId = caseId(id);
        return mapper.toDto(service.moveAction(caseId, PathIds.parse(key, "Actie"),
                ActionStatus.valueOf(request.status())), caseId.value());
    }

    @POST
    @Path("evaluations")
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the evaluation: every goal's result, the three outcome questions, next cycle or close")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanDto.class)))
    public PlanDto evaluate(@PathParam("id") String id,
                            @NotNull(message = "Stuur de evaluatie mee") @Valid EvaluationRequest request) {
        CaseId caseId = caseId(id);
        Map<UUID, GoalResult> results = new LinkedHashMap<>();
        for (PlanDtos.GoalResultRequest goal : request.goals()) {
            if (results.put(UUID.fromString(goal.key()), GoalResult.valueOf(goal.result())) != null) {
                throw new InvalidFieldException("goals", "Elk doel krijgt één uitkomst");
            }
        }
        return mapper.toDto(service.evaluate(caseId, request.evaluatedOn(), results, request.withoutHelp(),
                request.problemsReduced(), request.goalsReached(), EvaluationDecision.valueOf(request.decision()),
                request.nextEvaluationOn(), request.closingReason(), request.outcomeSummary()), caseId.value());
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The plan as a PDF for the household, in plain Dutch (logged as an export)")
    @APIResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = "application/pdf"))
    public Response pdf(@PathParam("id") String id) {
        return Response.ok(service.pdf(caseId(id)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ons-plan.pdf\"").build();
    }

    private static CaseId caseId(String id) {
        return new CaseId(PathIds.parse(id, "Zaak"));
    }
}
