package nl.wijkregie.casefile.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.domain.JournalEntry;
import nl.wijkregie.casefile.rest.CaseDtos.JournalEntryDto;
import nl.wijkregie.casefile.rest.CaseDtos.JournalPageDto;
import nl.wijkregie.casefile.rest.CaseDtos.NewJournalEntryRequest;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The journal of a case: professionals write, professionals and team leads read what they may see. */
@Path("/v1/cases/{id}/journal")
@RequestScoped
@Tag(name = "Zaken")
@Produces(MediaType.APPLICATION_JSON)
public class CaseJournalResource {

    @Inject
    CaseFileService service;

    @Inject
    CaseMapper mapper;

    @GET
    @RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
    @Operation(summary = "Journal entries, newest first; confidential ones only for their author and the regisseur")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(schema = @Schema(implementation = JournalPageDto.class)))
    public JournalPageDto list(@PathParam("id") String id,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = CaseResource.SIZE_MESSAGE) int size) {
        Page<JournalEntry> entries = service.journal(CaseResource.parseId(id), new PageRequest(page, size));
        Map<String, String> names = service.namesOf(entries.items().stream().map(JournalEntry::getAuthorId).toList());
        return new JournalPageDto(entries.items().stream().map(e -> mapper.toDto(e, names)).toList(), entries.page(),
                entries.size(), entries.totalItems());
    }

    @POST
    @RolesAllowed(Roles.PROFESSIONAL)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a journal entry (entries are never edited; write a new one to correct)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "notitie",
            value = "{\"text\": \"Huisbezoek gehad, moeder wil hulp bij de administratie.\", \"domain\": "
                    + "\"SCHULDEN\", \"memberIds\": [], \"confidential\": false}")))
    @APIResponse(responseCode = "201", description = "The entry",
            content = @Content(schema = @Schema(implementation = JournalEntryDto.class)))
    public Response write(@PathParam("id") String id,
                          @NotNull(message = "Stuur de notitie mee") @Valid NewJournalEntryRequest request) {
        JournalEntry entry = service.writeNote(CaseResource.parseId(id), request.text(),
                mapper.toCareDomain(request.domain()), mapper.toMemberIds(request.memberIds()),
                mapper.isTrue(request.confidential()));
        return Response.status(Response.Status.CREATED)
                .entity(mapper.toDto(entry, service.namesOf(List.of(entry.getAuthorId())))).build();
    }
}
