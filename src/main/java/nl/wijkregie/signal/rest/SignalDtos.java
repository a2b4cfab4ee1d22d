package nl.wijkregie.signal.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the early-signalling endpoints; validation messages are Dutch because the UI shows them. */
public final class SignalDtos {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final String PARTNER_TYPE = "^(ENERGIE|HUUR|HYPOTHEEK|CAK_ZORGVERZEKERINGEN|ZORG|WATER|DUO|BELASTINGDIENST"
            + "|CAK_EIGEN_BIJDRAGE|OVERIGE|DIENST_TOESLAGEN)$";
    static final String THREAT = "^(GEEN|HUISUITZETTING|AFSLUITING)$";
    static final String CONTACT_KIND = "^(MAIL|BRIEF|SMS_WHATSAPP|TELEFOON|HUISBEZOEK|KAARTJE|OVERIGE|ADMINISTRATIEF)$";
    static final String USER_ID = "^[A-Za-z0-9._@-]{1,100}$";
    static final String PART_OF_DAY = "^(OCHTEND|MIDDAG|AVOND)$";
    static final String END_RESULT = "^(NIET_OPGEPAKT_HERHAALDE_MELDING|NIET_OPGEPAKT_ONTERECHT_SIGNAAL|INWONER_OVERLEDEN"
            + "|GEEN_INWONER|NIET_OPGEPAKT_ANDERE_REDEN|AL_BEKEND_BIJ_SCHULDHULP|ANDER_LOPEND_TRAJECT"
            + "|DEFINITIEF_GEEN_CONTACT|GEEN_REACTIE_NA_CONTACT|GEEN_HULP_NODIG|ZELF_BETAALD|BUDGETADVIES_QUICK_FIX"
            + "|VERVOLGHULP_FINANCIEEL|VERWIJZING_ZONDER_CONTACT|VERVOLGHULP_NIET_FINANCIEEL)$";

    private SignalDtos() {
    }

    @Schema(name = "NewSignal", description = "One signal of payment arrears. A signal-partner account's own "
            + "organisation and partner type are used, whatever the body says. No BSN: the municipality resolves the person.")
    public record SignalRequest(
            @Schema(enumeration = {"ENERGIE", "HUUR", "HYPOTHEEK", "CAK_ZORGVERZEKERINGEN", "ZORG", "WATER", "DUO",
                    "BELASTINGDIENST", "CAK_EIGEN_BIJDRAGE", "OVERIGE", "DIENST_TOESLAGEN"})
            @Pattern(regexp = PARTNER_TYPE, message = "Onbekend soort signaalpartner") String partnerType,
            @Size(max = 200, message = "Naam signaalpartner is te lang") String partnerOrganisation,
            @NotBlank(message = "Referentie van de signaalpartner ontbreekt")
            @Size(max = 100, message = "Referentie is hooguit 100 tekens") String partnerReference,
            @Size(max = 20, message = "Voorletters zijn hooguit 20 tekens") String initials,
            @Size(max = 100, message = "Voornaam is hooguit 100 tekens") String firstName,
            @Size(max = 30, message = "Voorvoegsel is hooguit 30 tekens") String surnamePrefix,
            @NotBlank(message = "Achternaam ontbreekt") @Size(max = 100, message = "Achternaam is hooguit 100 tekens")
            String surname,
            @NotNull(message = "Geboortedatum ontbreekt") @Past(message = "Geboortedatum ligt in de toekomst")
            LocalDate dateOfBirth,
            @NotBlank(message = "Straat ontbreekt") @Size(max = 100, message = "Straat is hooguit 100 tekens")
            String street,
            @NotNull(message = "Huisnummer ontbreekt") @Positive(message = "Huisnummer is positief")
            @Max(value = 99999, message = "Huisnummer is te groot") Integer houseNumber,
            @Size(max = 10, message = "Toevoeging is hooguit 10 tekens") String houseNumberAddition,
            @NotBlank(message = "Postcode ontbreekt")
            @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "Postcode is 4 cijfers en 2 letters")
            String postcode,
            @NotBlank(message = "Plaats ontbreekt") @Size(max = 80, message = "Plaats is hooguit 80 tekens") String town,
            @Size(max = 30, message = "Telefoonnummer is hooguit 30 tekens")
            @Pattern(regexp = "^[0-9+() -]*$", message = "Telefoonnummer bevat ongeldige tekens") String phone,
            @Email(message = "Ongeldig e-mailadres") @Size(max = 200, message = "E-mailadres is te lang") String email,
            @NotNull(message = "Bedrag ontbreekt") @Positive(message = "Bedrag is positief (in centen)")
            Long amountCents,
            @NotNull(message = "Ontstaansdatum ontbreekt")
            @PastOrPresent(message = "Ontstaansdatum ligt in de toekomst") LocalDate arrearsSince,
            @NotNull(message = "Signaaldatum ontbreekt") @PastOrPresent(message = "Signaaldatum ligt in de toekomst")
            LocalDate signalDate,
            boolean crisis,
            boolean warmHandover,
            @Schema(enumeration = {"GEEN", "HUISUITZETTING", "AFSLUITING"})
            @Pattern(regexp = THREAT, message = "Dreiging is GEEN, HUISUITZETTING of AFSLUITING") String threat) {
    }

    @Schema(name = "SignalReceipt", description = "IMPORTED, or DUPLICATE when this partner reference was received "
            + "before (nothing changed). The signal case id is returned to professionals only.")
    public record SignalReceiptDto(String status, String partnerReference, String signalCaseId) {
    }

    @Schema(name = "PartnerSignalStatus", description = "Whether the municipality picked the signal up; nothing else")
    public record PartnerSignalStatusDto(String reference, LocalDate signalDate, Instant receivedAt,
                                         @Schema(enumeration = {"OPGEPAKT", "NIET_OPGEPAKT"}) String status) {
    }

    @Schema(name = "SignalBatch")
    public record SignalBatchDto(String id, String fileName, String uploadedBy,
                                 @Schema(enumeration = {"RECEIVED", "RUNNING", "DONE", "FAILED"}) String status,
                                 int rowsTotal, int rowsDone, int rowsImported, int rowsDuplicate, int rowsRejected,
                                 Instant uploadedAt, Instant finishedAt, String failure) {
    }

    @Schema(name = "SignalBatchRejection", description = "A row that was not imported, with every reason")
    public record RejectionDto(int rowNumber, String reference, String reasons, String rawRow) {
    }

    @Schema(name = "SignalInboxItem")
    public record InboxItemDto(String id, String teamId, String priority, LocalDate contactDeadline,
                               Integer workingDaysLeft, boolean overdue, Instant escalatedAt, String matchStatus,
                               String addressKey, String wijkCode, String residentName, String householdId,
                               String regisseurId, int signalCount, int creditorCount, long amountCents,
                               Instant openedAt,
                               @Schema(description = "Login of the professional who took the case on") String assignedTo) {
    }

    @Schema(name = "SignalInboxPage")
    public record InboxPageDto(List<InboxItemDto> items, int page, int size,
                               @Schema(description = "Exact up to 10000; beyond that see totalIsLowerBound")
                               long totalItems, boolean totalIsLowerBound) {
    }

    @Schema(name = "SignalCaseNote")
    public record NoteDto(String id, String text, String writtenBy, Instant writtenAt) {
    }

    @Schema(name = "NewSignalCaseNote")
    public record NoteRequest(
            @NotBlank(message = "Schrijf eerst een notitie")
            @Size(max = 4000, message = "Een notitie is hooguit 4000 tekens") String text) {
    }

    @Schema(name = "SignalCaseAssignment", description = "The professional who takes the case on; null frees it")
    public record AssignmentRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @Pattern(regexp = USER_ID, message = "Ongeldige gebruikersnaam") String assignee) {
    }

    @Schema(name = "Signal")
    public record SignalDto(String id, String partnerType, String partnerTypeLabel, String partnerOrganisation,
                            String partnerReference, String initials, String firstName, String surnamePrefix,
                            String surname, LocalDate dateOfBirth, String street, int houseNumber,
                            String houseNumberAddition, String postcode, String town, String phone, String email,
                            long amountCents, LocalDate arrearsSince, LocalDate signalDate, boolean crisis,
                            boolean warmHandover, String threat, Instant receivedAt, String batchId) {
    }

    @Schema(name = "TriageDecision", description = "One decision of the triage table with its inputs")
    public record TriageDecisionDto(Instant decidedAt, String decisionKey, int decisionVersion,
                                    Map<String, Object> inputs, String priority, String deadlineKind, String reason,
                                    LocalDate contactDeadline) {
    }

    @Schema(name = "ContactAttempt")
    public record ContactAttemptDto(String id, String kind, boolean reached, LocalDate attemptedOn, String partOfDay,
                                    String recordedBy, Instant recordedAt) {
    }

    @Schema(name = "MatchCandidate")
    public record MatchCandidateDto(String householdId, String label, String reason) {
    }

    @Schema(name = "SignalCase")
    public record SignalCaseDto(String id, long version,
                                @Schema(enumeration = {"OPEN", "CLOSED"}) String status,
                                @Schema(enumeration = {"HOOG", "MIDDEN", "LAAG", "GEEN"}) String priority,
                                @Schema(enumeration = {"DREIGING", "NORM", "GEEN"}) String deadlineKind,
                                LocalDate contactDeadline, Integer workingDaysLeft, boolean overdue,
                                Instant escalatedAt,
                                @Schema(enumeration = {"MATCHED", "UNCERTAIN", "UNKNOWN"}) String matchStatus,
                                String teamId, String wijkCode, String addressKey, String householdId,
                                String householdLabel, String caseFileId, String regisseurId, String previousCaseId,
                                Instant openedAt, LocalDate pickedUpOn, String endResult, String endResultLabel,
                                Boolean helpAccepted, Instant closedAt, String closedBy, List<String> creditors,
                                List<SignalDto> signals, List<TriageDecisionDto> decisions,
                                List<ContactAttemptDto> attempts, List<MatchCandidateDto> candidates,
                                String assignedTo, List<NoteDto> notes) {
    }

    @Schema(name = "NewContactAttempt")
    public record ContactAttemptRequest(
            @NotNull(message = "Kies de soort contact")
            @Schema(enumeration = {"MAIL", "BRIEF", "SMS_WHATSAPP", "TELEFOON", "HUISBEZOEK", "KAARTJE", "OVERIGE",
                    "ADMINISTRATIEF"})
            @Pattern(regexp = CONTACT_KIND, message = "Onbekende soort contact") String kind,
            @NotNull(message = "Geef aan of de inwoner is bereikt") Boolean reached,
            @NotNull(message = "Datum ontbreekt") LocalDate attemptedOn,
            @NotNull(message = "Kies het dagdeel") @Schema(enumeration = {"OCHTEND", "MIDDAG", "AVOND"})
            @Pattern(regexp = PART_OF_DAY, message = "Dagdeel is OCHTEND, MIDDAG of AVOND") String partOfDay) {
    }

    @Schema(name = "SignalEndResult")
    public record EndResultRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Kies een eindresultaat") @Pattern(regexp = END_RESULT, message = "Onbekend eindresultaat")
            String result) {
    }

    @Schema(name = "SignalHouseholdLink")
    public record HouseholdLinkRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Kies een huishouden") @Pattern(regexp = UUID, message = "Onbekend huishouden")
            String householdId) {
    }

    @Schema(name = "SignalCandidateRejection")
    public record VersionRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version) {
    }

    @Schema(name = "SignalEndResultOption", description = "A DDAS end result with its label and whether it means help")
    public record EndResultOptionDto(String code, String label, boolean helpAccepted) {
    }
}
