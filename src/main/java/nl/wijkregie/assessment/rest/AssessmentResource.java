package nl.wijkregie.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.wijkregie.assessment.AssessmentService;
import nl.wijkregie.assessment.domain.Assessment;
import nl.wijkregie.assessment.rest.AssessmentDtos.AssessmentDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.AssessmentListDto;
import nl.wijkregie.assessment.rest.AssessmentDtos.NewAssessmentRequest;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Self-reliance assessments of a case's household members: professionals record, professionals and team leads read.
 * Scope (the case's team) and logging are the service's.
 */
@Path("/v1/cases/{id}/assessments")
@RequestScoped
@Tag(name = "Zelfredzaamheid")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @Inject
    AssessmentMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The assessments of the case's household, oldest first; optionally of one member")
    @APIResponse(responseCode = "200", description = "The assessments, each marked outdated or not",
            content = @Content(schema = @Schema(implementation = AssessmentListDto.class)))
    public AssessmentListDto list(@PathParam("id") String id,
            @QueryParam("memberId") @Pattern(regexp = AssessmentDtos.UUID, message = "Onbekend lid")
            String memberId) {
        return mapper.toDto(service.history(caseId(id), mapper.toId(memberId)));
    }

    @POST
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an assessment of a household member (never edited; record a new one)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "intake",
            value = "{\"memberId\": \"0190f0c2-0000-7000-8000-000000000001\", \"assessedOn\": \"2026-11-02\", "
                    + "\"moment\": \"INTAKE\", \"scores\": [{\"domain\": \"FINANCES\", \"score\": 2, "
                    + "\"carrier\": \"PROFESSIONAL_HELP\"}, {\"domain\": \"SOCIAL_NETWORK\", \"score\": 4}], "
                    + "\"note\": \"Schulden in beeld, zus helpt met post.\"}")))
    @APIResponse(responseCode = "201", description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentDto.class)))
    public Response record(@PathParam("id") String id,
                           @NotNull(message = "Stuur de meting mee") @Valid NewAssessmentRequest request) {
        Assessment assessment = service.record(caseId(id), mapper.toId(request.memberId()), request.assessedOn(),
                mapper.toMoment(request.moment()), mapper.toScores(request.scores()), request.note());
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(assessment, service.today())).build();
    }

    private static CaseId caseId(String id) {
        return new CaseId(PathIds.parse(id, "Zaak"));
    }
}
