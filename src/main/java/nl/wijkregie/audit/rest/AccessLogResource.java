package nl.wijkregie.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.audit.RefusalLog;
import nl.wijkregie.audit.domain.RefusedAttempt;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.audit.AccessOverview;
import nl.wijkregie.audit.AccessOverview.PersonOverview;
import nl.wijkregie.audit.AccessRecord;
import nl.wijkregie.shared.RuleViolationException;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.Anchoring;
import nl.wijkregie.audit.ChainVerification;
import nl.wijkregie.security.ProfessionalNames;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.rest.CsvDownload;
import nl.wijkregie.shared.rest.QueryDates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/access-log")
@RequestScoped
@Tag(name = "Toegangslog")
public class AccessLogResource {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @Inject
    AccessLog accessLog;

    @Inject
    AccessOverview overview;

    @Inject
    RefusalLog refusals;

    @Inject
    ProfessionalNames names;

    @Schema(name = "AccessRecord")
    public record AccessRecordDto(String occurredAt, String userId,
                                  @Schema(description = "The user's display name (what screens show)") String userName,
                                  String userRole, String action, String purpose,
                                  String purposeLabel, String subjectType, String subjectId, String outcome,
                                  String source) {
    }

    @Schema(name = "AccessOverview")
    public record AccessOverviewDto(List<String> personIds,
                                    @Schema(description = "The oldest " + AccessOverview.LISTED + " at most; the CSV "
                                            + "export has them all") List<AccessRecordDto> accesses,
                                    @Schema(description = "How many accesses were logged in all") long total) {
    }

    @Schema(name = "AccessLogVerification")
    public record VerificationDto(boolean valid, long entriesChecked, String firstInvalidEntryId,
                                  Integer firstInvalidStripe, Long firstInvalidSequence) {
    }

    @Schema(name = "RefusedAttempt")
    public record RefusedAttemptDto(String occurredAt, String userName, String reason, String reasonLabel, int status,
                                    String method, String path) {
    }

    @Schema(name = "RefusedAttemptPage")
    public record RefusedAttemptPageDto(List<RefusedAttemptDto> items, int page, int size, long totalItems) {
    }

    @GET
    @Path("/refusals")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refused attempts: failed logins, refused roles and another team's data, newest first",
            description = "`from` and `to` are dates (Dutch time, both included); `user` is the user or the name "
                    + "tried at login. Kept one year.")
    @APIResponse(responseCode = "200", description = "One page of refused attempts",
            content = @Content(schema = @Schema(implementation = RefusedAttemptPageDto.class)))
    public RefusedAttemptPageDto refusals(
            @QueryParam("from") @Pattern(regexp = QueryDates.PATTERN, message = "Begindatum is JJJJ-MM-DD") String from,
            @QueryParam("to") @Pattern(regexp = QueryDates.PATTERN, message = "Einddatum is JJJJ-MM-DD") String to,
            @QueryParam("user") @Size(max = 100, message = "Gebruikersnaam is hooguit 100 tekens") String user,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = "Paginagrootte is hooguit 100") int size) {
        Page<RefusedAttempt> result = refusals.find(from == null ? null : QueryDates.parse(from), to == null ? null : QueryDates.parse(to),
                user, new PageRequest(page, size));
        return new RefusedAttemptPageDto(result.items().stream().map(AccessLogResource::toDto).toList(),
                result.page(), result.size(), result.totalItems());
    }

    @GET
    @Path("/verification")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recompute the hash chains of the access log and report the first broken entry",
            description = "Also checks each chain against the anchors kept outside the database: a chain cut back "
                    + "behind one is broken at the first missing sequence.")
    @APIResponse(responseCode = "200", description = "The verification result")
    public VerificationDto verify() {
        ChainVerification result = accessLog.verify();
        return new VerificationDto(result.valid(), result.entriesChecked(),
                result.firstInvalidEntryId() == null ? null : result.firstInvalidEntryId().toString(),
                result.firstInvalidStripe(), result.firstInvalidSequence());
    }

    @Schema(name = "AccessLogAnchor")
    public record AnchorDto(String anchoredAt, String file, int chains, long entries) {
    }

    @POST
    @Path("/anchors")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Anchor the head of every hash chain in a file outside the database now (it also runs daily)",
            description = "The verification then also reports a chain cut back behind any anchor (ADR 0017).")
    @APIResponse(responseCode = "200", description = "The anchor written")
    public AnchorDto anchor() {
        Anchoring anchoring = accessLog.anchor();
        return new AnchorDto(anchoring.anchoredAt().toString(), anchoring.file(), anchoring.chains(),
                anchoring.entries());
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who accessed one person's data, when and why (a resident's right of access)",
            description = "Give the person as `subject` (a member id) or by `bsn`. Lists every logged access to the "
                    + "person, their household and its cases, oldest first. The request itself is logged.")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = AccessOverviewDto.class)))
    @APIResponse(responseCode = "404", description = "No such person")
    public AccessOverviewDto overview(
            @QueryParam("subject") @Pattern(regexp = UUID_PATTERN, message = "Onderwerp is een id") String subject,
            @QueryParam("bsn") @Pattern(regexp = "^[0-9]{8,9}$", message = "BSN is 8 of 9 cijfers") String bsn) {
        one(subject, bsn);
        PersonOverview result = subject != null ? overview.ofPerson(UUID.fromString(subject)) : overview.ofBsn(bsn);
        Map<String, String> userNames = names.namesOf(result.accesses().stream().map(AccessRecord::userId).toList());
        return new AccessOverviewDto(result.personIds().stream().map(UUID::toString).toList(),
                result.accesses().stream().map(r -> toDto(r, userNames)).toList(), result.total());
    }

    @GET
    @Path("/export")
    @RolesAllowed(Roles.ADMIN)
    @Produces("text/csv")
    @Operation(summary = "The same overview as CSV (UTF-8, semicolon-separated, safe to open in a spreadsheet)")
    @APIResponse(responseCode = "200", description = "CSV file", content = @Content(mediaType = "text/csv"))
    public Response export(
            @QueryParam("subject") @Pattern(regexp = UUID_PATTERN, message = "Onderwerp is een id") String subject,
            @QueryParam("bsn") @Pattern(regexp = "^[0-9]{8,9}$", message = "BSN is 8 of 9 cijfers") String bsn) {
        one(subject, bsn);
        AccessOverview.AccessExport accesses = subject != null ? overview.exportOfPerson(UUID.fromString(subject))
                : overview.exportOfBsn(bsn);
        return CsvDownload.streamed("inzage-toegang.csv", List.of("tijdstip", "gebruiker", "naam", "rol",
                "handeling", "doel", "onderwerp", "onderwerp_id", "uitkomst", "bron"), rows -> {
                    Map<String, String> known = new HashMap<>();
                    accesses.writeTo(record -> rows.accept(List.of(record.occurredAt(), record.userId(),
                            known.computeIfAbsent(record.userId(), names::nameOf), record.userRole(),
                            record.action(), record.purpose().label(), record.subjectType(), record.subjectId(),
                            record.outcome(), record.source())));
                });
    }

    private static void one(String subject, String bsn) {
        if ((subject == null) == (bsn == null)) {
            throw new RuleViolationException("one-person", "Geef precies één van: onderwerp (subject) of BSN");
        }
    }

    private static RefusedAttemptDto toDto(RefusedAttempt attempt) {
        return new RefusedAttemptDto(attempt.occurredAt().toString(), attempt.userName(), attempt.reason().name(),
                attempt.reason().label(), attempt.status(), attempt.method(), attempt.path());
    }

    private static AccessRecordDto toDto(AccessRecord record, Map<String, String> names) {
        return new AccessRecordDto(record.occurredAt().toString(), record.userId(), names.get(record.userId()),
                record.userRole(),
                record.action().name(), record.purpose().name(), record.purpose().label(),
                record.subjectType().name(), record.subjectId().toString(), record.outcome(), record.source());
    }
}
