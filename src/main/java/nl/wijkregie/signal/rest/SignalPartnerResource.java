package nl.wijkregie.signal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
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
import nl.wijkregie.signal.SignalPartners;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The administrator's register of signal partners: which machine account (login name or OIDC client id) delivers
 * signals for which organisation and DDAS partner type, and whether it still may. Writes are access-logged.
 */
@Path("/v1/signal-partners")
@RequestScoped
@Tag(name = "Vroegsignalering")
@Produces(MediaType.APPLICATION_JSON)
public class SignalPartnerResource {

    static final String ACCOUNT = "^[A-Za-z0-9._@-]{1,100}$";
    static final String ACCOUNT_MESSAGE = "Een account bestaat uit letters, cijfers en . _ @ -, zonder spaties";

    @Schema(name = "SignalPartner")
    public record SignalPartnerDto(String id, long version, String account, String organisation,
                                   @Schema(enumeration = {"ENERGIE", "HUUR", "HYPOTHEEK", "CAK_ZORGVERZEKERINGEN",
                                           "ZORG", "WATER", "DUO", "BELASTINGDIENST", "CAK_EIGEN_BIJDRAGE", "OVERIGE",
                                           "DIENST_TOESLAGEN"}) String partnerType,
                                   String partnerTypeLabel, boolean active) {
    }

    @Schema(name = "NewSignalPartner")
    public record NewSignalPartnerRequest(
            @NotBlank(message = "Vul het account in")
            @Pattern(regexp = ACCOUNT, message = ACCOUNT_MESSAGE) String account,
            @NotBlank(message = "Vul de naam van de organisatie in")
            @Size(max = 200, message = "Hooguit 200 tekens") String organisation,
            @NotNull(message = "Kies het soort signaalpartner")
            @Schema(enumeration = {"ENERGIE", "HUUR", "HYPOTHEEK", "CAK_ZORGVERZEKERINGEN", "ZORG", "WATER", "DUO",
                    "BELASTINGDIENST", "CAK_EIGEN_BIJDRAGE", "OVERIGE", "DIENST_TOESLAGEN"})
            @Pattern(regexp = SignalDtos.PARTNER_TYPE, message = "Onbekend soort signaalpartner") String partnerType,
            @NotNull(message = "Geef aan of de signaalpartner actief is") Boolean active) {
    }

    @Schema(name = "SignalPartnerChange", description = "The partner as it should be, with the version that was read")
    public record SignalPartnerChangeRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Ongeldige versie") Long version,
            @NotBlank(message = "Vul het account in")
            @Pattern(regexp = ACCOUNT, message = ACCOUNT_MESSAGE) String account,
            @NotBlank(message = "Vul de naam van de organisatie in")
            @Size(max = 200, message = "Hooguit 200 tekens") String organisation,
            @NotNull(message = "Kies het soort signaalpartner")
            @Schema(enumeration = {"ENERGIE", "HUUR", "HYPOTHEEK", "CAK_ZORGVERZEKERINGEN", "ZORG", "WATER", "DUO",
                    "BELASTINGDIENST", "CAK_EIGEN_BIJDRAGE", "OVERIGE", "DIENST_TOESLAGEN"})
            @Pattern(regexp = SignalDtos.PARTNER_TYPE, message = "Onbekend soort signaalpartner") String partnerType,
            @NotNull(message = "Geef aan of de signaalpartner actief is") Boolean active) {
    }

    @Inject
    SignalPartners partners;

    @Inject
    SignalPartnerMapper mapper;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "All registered signal partners, active or not")
    @APIResponse(responseCode = "200", description = "The partners",
            content = @Content(schema = @Schema(implementation = SignalPartnerDto[].class)))
    public List<SignalPartnerDto> list() {
        return partners.all().stream().map(mapper::toDto).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a signal partner and the account its system delivers signals with",
            description = "The account must also hold the role signal-partner at the identity provider. 409 when "
                    + "the account is registered already.")
    @APIResponse(responseCode = "201", description = "The new partner",
            content = @Content(schema = @Schema(implementation = SignalPartnerDto.class)))
    public Response register(@NotNull(message = "Stuur de gegevens van de signaalpartner mee") @Valid
                             NewSignalPartnerRequest request) {
        return Response.status(Response.Status.CREATED).entity(mapper.toDto(partners.register(mapper.toDetails(request))))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a signal partner; `active: false` refuses its account from now on",
            description = "409 when someone changed it in between (stale `version`) or the new account is taken; "
                    + "422 when renaming an account that already delivered signals.")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(schema = @Schema(implementation = SignalPartnerDto.class)))
    public SignalPartnerDto change(@PathParam("id") String id,
                                   @NotNull(message = "Stuur de gegevens van de signaalpartner mee") @Valid
                                   SignalPartnerChangeRequest request) {
        return mapper.toDto(partners.change(PathIds.parse(id, "Signaalpartner"), request.version(),
                mapper.toDetails(request)));
    }
}
