package nl.wijkregie.waitinglist.rest;

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
import java.util.List;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.PathIds;
import nl.wijkregie.waitinglist.WaitingListService;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.NormDto;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.ProductDto;
import nl.wijkregie.waitinglist.rest.WaitingListDtos.ProviderDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The provider register, the product list and the waiting norms: everyone reads them, the administrator keeps them. */
@Path("/v1")
@RequestScoped
@Tag(name = "Verwijzingen")
@Produces(MediaType.APPLICATION_JSON)
public class WaitingConfigurationResource {

    @Inject
    WaitingListService service;

    @Inject
    WaitingListMapper mapper;

    @GET
    @Path("/referral-providers")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD, Roles.ADMIN})
    @Operation(summary = "The provider register, by name")
    public List<ProviderDto> providers() {
        return service.providers().stream().map(mapper::toDto).toList();
    }

    @POST
    @Path("/referral-providers")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a provider (its AGB code is unique)")
    @APIResponse(responseCode = "201", description = "The provider",
            content = @Content(schema = @Schema(implementation = ProviderDto.class)))
    public Response addProvider(@NotNull(message = "Stuur de aanbieder mee") @Valid
                                WaitingListDtos.ProviderRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toDto(service.addProvider(request.name(), request.agbCode()))).build();
    }

    @PUT
    @Path("/referral-providers/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a provider's name, AGB code or whether new referrals may go to it")
    public ProviderDto changeProvider(@PathParam("id") String id, @NotNull(message = "Stuur de aanbieder mee")
                                      @Valid WaitingListDtos.ProviderRequest request) {
        return mapper.toDto(service.changeProvider(PathIds.parse(id, "Aanbieder"), request.name(),
                request.agbCode(), request.active() == null || request.active()));
    }

    @GET
    @Path("/referral-products")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD, Roles.ADMIN})
    @Operation(summary = "The product categories (iJw/iWmo and municipal), shipped as reference data")
    public List<ProductDto> products() {
        return service.products().stream().map(mapper::toDto).toList();
    }

    @GET
    @Path("/waiting-norms")
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD, Roles.ADMIN})
    @Operation(summary = "The waiting norms with their source (per product or domain, and region)")
    public List<NormDto> norms() {
        List<nl.wijkregie.waitinglist.domain.WaitingNorm> norms = service.norms();
        java.util.Map<String, String> editors = service.normEditors(norms);
        return norms.stream().map(n -> mapper.toDto(n, editors)).toList();
    }

    @POST
    @Path("/waiting-norms")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a norm for a product, domain or the own intake, optionally for one wijk")
    @APIResponse(responseCode = "201", description = "The norm",
            content = @Content(schema = @Schema(implementation = NormDto.class)))
    public Response addNorm(@NotNull(message = "Stuur de norm mee") @Valid WaitingListDtos.NewNormRequest request) {
        var norm = service.addNorm(request.appliesTo(), request.region(), request.normDays(), request.warningDays(),
                request.checkInDays(), request.source());
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toDto(norm, service.normEditors(List.of(norm)))).build();
    }

    @PUT
    @Path("/waiting-norms/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a norm (applies to requests sent from now on)")
    public NormDto changeNorm(@PathParam("id") String id,
                              @NotNull(message = "Stuur de norm mee") @Valid WaitingListDtos.NormRequest request) {
        var norm = service.changeNorm(PathIds.parse(id, "Norm"), request.normDays(), request.warningDays(),
                request.checkInDays(), request.source());
        return mapper.toDto(norm, service.normEditors(List.of(norm)));
    }
}
