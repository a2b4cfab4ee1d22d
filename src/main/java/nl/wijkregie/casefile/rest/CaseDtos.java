package nl.wijkregie.casefile.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the case-file endpoints; validation messages are Dutch because the UI shows them. */
public final class CaseDtos {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String STATUS = "^(AANGEMELD|INTAKE|PLAN|UITVOERING|EVALUATIE|AFGESLOTEN)$";
    static final String DOMAIN = "^(JEUGD|WMO|PARTICIPATIE|SCHULDEN|WONEN|VEILIGHEID|GEZONDHEID)$";
    static final String CLOSING = "^(DOELEN_BEREIKT|OVERGEDRAGEN|HULP_GEWEIGERD|VERHUISD|GEEN_CONTACT|GEEN_HULPVRAAG"
            + "|OVERLEDEN|OVERIG)$";
    static final String USER_ID = "^[A-Za-z0-9._@-]{1,100}$";

    private CaseDtos() {
    }

    @Schema(name = "CaseMember", description = "A household member as the case page shows it (no BSN)")
    public record CaseMemberDto(String id, String firstName, String surnamePrefix, String surname,
                                LocalDate dateOfBirth, String role, LocalDate joinedOn, LocalDate leftOn,
                                String preferredLanguage, boolean interpreterNeeded) {
    }

    @Schema(name = "CaseHousehold")
    public record CaseHouseholdDto(String id, String displayName, String street, int houseNumber,
                                   String houseNumberAddition, String postcode, String town, String wijkCode,
                                   String buurtCode, List<CaseMemberDto> members) {
    }

    @Schema(name = "DomainInvolvement")
    public record DomainDto(
            @NotNull(message = "Kies een domein")
            @Schema(enumeration = {"JEUGD", "WMO", "PARTICIPATIE", "SCHULDEN", "WONEN", "VEILIGHEID", "GEZONDHEID"})
            @Pattern(regexp = DOMAIN, message = "Onbekend domein") String domain,
            @Schema(description = "The member it applies to; leave out for the household as a whole")
            @Pattern(regexp = UUID, message = "Onbekend lid") String memberId) {
    }

    @Schema(name = "Case")
    public record CaseDto(String id, long version,
                          @Schema(description = "The case number people quote, e.g. 2026-000123") String caseNumber,
                          String householdId, String teamId, String teamName,
                          @Schema(enumeration = {"AANGEMELD", "INTAKE", "PLAN", "UITVOERING", "EVALUATIE",
                                  "AFGESLOTEN"}) String status,
                          @Schema(description = "Why the case went to its current status, when a reason was given")
                          String statusReason,
                          @Schema(description = "The statuses this case may move to now") List<String> allowedTransitions,
                          @Schema(description = "Per allowed status: a step back (needs a reason) and the new deadline")
                          List<TransitionOptionDto> transitions,
                          @Schema(description = "Login name: a key for the assignment form, never shown")
                          String regisseurId,
                          @Schema(description = "The regisseur by display name") PersonDto regisseur,
                          @Schema(description = "Login names: keys, never shown") List<String> involvedProfessionals,
                          @Schema(description = "The involved professionals by display name") List<PersonDto> involved,
                          List<DomainDto> domains,
                          Instant openedAt, String openedBy, Instant statusChangedAt, LocalDate dueOn,
                          boolean overdue, Instant closedAt, String closingReason, String outcomeSummary,
                          CaseHouseholdDto household,
                          @Schema(description = "Signal cases whose signals reached the household, newest first")
                          List<SignalCaseLinkDto> signalCases) {
    }

    @Schema(name = "CasePerson", description = "A professional: the login name is a key, the display name is shown")
    public record PersonDto(String userId, String displayName) {
    }

    @Schema(name = "TransitionOption")
    public record TransitionOptionDto(
            @Schema(enumeration = {"AANGEMELD", "INTAKE", "PLAN", "UITVOERING", "EVALUATIE", "AFGESLOTEN"}) String to,
            @Schema(description = "Going back a phase: the request needs a reason") boolean backStep,
            @Schema(description = "The deadline the case gets in that status (none when closing)") LocalDate dueOn) {
    }

    @Schema(name = "CaseSignalCase")
    public record SignalCaseLinkDto(String signalCaseId, Instant receivedAt) {
    }

    @Schema(name = "CaseSummary")
    public record CaseSummaryDto(String id, String householdId, String householdName, String wijkCode,
                                 String teamId, String teamName, String status, String regisseurId, LocalDate dueOn,
                                 boolean overdue, Instant openedAt, List<String> domains, String caseNumber,
                                 @Schema(description = "The regisseur by display name") String regisseurName) {
    }

    @Schema(name = "CaseloadPage")
    public record CaseloadPageDto(List<CaseSummaryDto> items, int page, int size,
                                  @Schema(description = "Exact up to 1000; beyond that see totalIsLowerBound")
                                  long totalItems, boolean totalIsLowerBound) {
    }

    @Schema(name = "NewCase")
    public record NewCaseRequest(
            @NotNull(message = "Kies het huishouden") @Pattern(regexp = UUID, message = "Onbekend huishouden")
            String householdId) {
    }

    @Schema(name = "Transition", description = "Move the case to another status; closing needs reason and summary")
    public record TransitionRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Kies de nieuwe status")
            @Schema(enumeration = {"AANGEMELD", "INTAKE", "PLAN", "UITVOERING", "EVALUATIE", "AFGESLOTEN"})
            @Pattern(regexp = STATUS, message = "Onbekende status") String to,
            @Schema(enumeration = {"DOELEN_BEREIKT", "OVERGEDRAGEN", "HULP_GEWEIGERD", "VERHUISD", "GEEN_CONTACT",
                    "GEEN_HULPVRAAG", "OVERLEDEN", "OVERIG"})
            @Pattern(regexp = CLOSING, message = "Onbekende reden") String closingReason,
            @Size(max = 2000, message = "Hooguit 2000 tekens") String outcomeSummary,
            @Schema(description = "Why: required when going back a phase, shown in the timeline")
            @Size(max = 500, message = "Hooguit 500 tekens") String reason) {
    }

    @Schema(name = "DomainsChange")
    public record DomainsRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Geef de domeinen op") @Size(max = 50, message = "Hooguit 50 regels")
            List<@NotNull(message = "Domein ontbreekt") @Valid DomainDto> domains) {
    }

    @Schema(name = "Assignment")
    public record AssignmentRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @Pattern(regexp = USER_ID, message = "Ongeldige gebruikersnaam") String regisseurId,
            @Size(max = 20, message = "Hooguit 20 betrokkenen")
            List<@NotNull @Pattern(regexp = USER_ID, message = "Ongeldige gebruikersnaam") String> involvedProfessionals) {
    }

    @Schema(name = "Reassignment", description = "Hand several cases to one regisseur at once (team lead)")
    public record ReassignmentRequest(
            @NotEmpty(message = "Kies minstens één zaak") @Size(max = 500, message = "Hooguit 500 zaken tegelijk")
            List<@NotNull @Pattern(regexp = UUID, message = "Onbekende zaak") String> caseIds,
            @NotBlank(message = "Kies de nieuwe regisseur")
            @Pattern(regexp = USER_ID, message = "Ongeldige gebruikersnaam") String regisseurId) {
    }

    @Schema(name = "ReassignmentResult")
    public record ReassignmentResultDto(List<CaseSummaryDto> cases) {
    }

    @Schema(name = "JournalEntry")
    public record JournalEntryDto(String id, String authorId,
                                  @Schema(description = "The author by display name") String authorName,
                                  Instant writtenAt, String text, String domain,
                                  boolean confidential, List<String> memberIds) {
    }

    @Schema(name = "JournalPage")
    public record JournalPageDto(List<JournalEntryDto> items, int page, int size, long totalItems) {
    }

    @Schema(name = "NewJournalEntry")
    public record NewJournalEntryRequest(
            @NotBlank(message = "Schrijf de notitie") @Size(max = 10000, message = "Hooguit 10.000 tekens") String text,
            @Pattern(regexp = DOMAIN, message = "Onbekend domein") String domain,
            @Size(max = 20, message = "Hooguit 20 leden")
            List<@NotNull @Pattern(regexp = UUID, message = "Onbekend lid") String> memberIds,
            @Schema(description = "Readable only by the author and the regisseur") Boolean confidential) {
    }

    @Schema(name = "TimelineEvent")
    public record TimelineEventDto(String id, Instant occurredAt, String kind, String summary, String actorId,
                                   @Schema(description = "Who did it, by display name") String actorName,
                                   String sourceModule, boolean confidential,
                                   @Schema(description = "The signal case a signal line came from") String signalCaseId) {
    }

    @Schema(name = "TimelinePage")
    public record TimelinePageDto(List<TimelineEventDto> items, int page, int size, long totalItems) {
    }

    @Schema(name = "Consent")
    public record ConsentDto(String id, long version, String memberId,
                             @Schema(enumeration = {"GIVEN", "OBJECTED"}) String decision,
                             @Schema(enumeration = {"DOMAIN", "ORGANISATION"}) String recipientKind,
                             String recipient, String purpose, LocalDate recordedOn, LocalDate expiresOn,
                             String recordedBy, LocalDate withdrawnOn, String withdrawnBy,
                             @Schema(enumeration = {"GELDIG", "VERLOPEN", "INGETROKKEN", "BEZWAAR"}) String standing) {
    }

    @Schema(name = "NewConsent")
    public record NewConsentRequest(
            @NotNull(message = "Kies het lid") @Pattern(regexp = UUID, message = "Onbekend lid") String memberId,
            @NotNull(message = "Kies toestemming of bezwaar")
            @Pattern(regexp = "^(GIVEN|OBJECTED)$", message = "Kies toestemming of bezwaar") String decision,
            @NotNull(message = "Kies domein of organisatie")
            @Pattern(regexp = "^(DOMAIN|ORGANISATION)$", message = "Kies domein of organisatie") String recipientKind,
            @NotBlank(message = "Vul in met wie gedeeld mag worden") @Size(max = 200, message = "Hooguit 200 tekens")
            String recipient,
            @Size(max = 500, message = "Hooguit 500 tekens") String purpose,
            @NotNull(message = "Vul de datum in") @PastOrPresent(message = "Datum ligt niet in de toekomst")
            LocalDate recordedOn,
            LocalDate expiresOn) {
    }

    @Schema(name = "ConsentWithdrawal")
    public record ConsentWithdrawalRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Vul de datum van intrekking in")
            @PastOrPresent(message = "Datum ligt niet in de toekomst") LocalDate withdrawnOn) {
    }
}
