package nl.wijkregie.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.wijkregie.assessment.AssessmentCatalogue;
import nl.wijkregie.assessment.rest.AssessmentDtos.CatalogueDto;
import nl.wijkregie.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the assessment form offers; no personal data, so nothing is logged. */
@Path("/v1/assessment-catalogue")
@RequestScoped
@Tag(name = "Zelfredzaamheid")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentCatalogueResource {

    @Inject
    AssessmentCatalogue catalogue;

    @Inject
    AssessmentMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "The domains, scale, carriers and moments of the assessment",
            description = "Criteria texts only when the municipality configured its licensed text pack")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(schema = @Schema(implementation = CatalogueDto.class)))
    public CatalogueDto catalogue() {
        return mapper.catalogue(catalogue.criteriaTexts());
    }
}
