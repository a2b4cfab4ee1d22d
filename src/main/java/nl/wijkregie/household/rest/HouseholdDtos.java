package nl.wijkregie.household.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the household endpoints. Validation messages are Dutch: the UI shows them next to fields. */
public final class HouseholdDtos {

    private HouseholdDtos() {
    }

    @Schema(name = "Address")
    public record AddressDto(
            @NotBlank(message = "Vul de straat in") @Size(max = 100, message = "Hooguit 100 tekens") String street,
            @NotNull(message = "Vul het huisnummer in") @Min(value = 1, message = "Huisnummer is minstens 1")
            @Max(value = 99999, message = "Huisnummer is hooguit 99999") Integer houseNumber,
            @Size(max = 4, message = "Toevoeging is hooguit 4 tekens")
            @Pattern(regexp = "^[A-Za-z0-9-]*$", message = "Toevoeging bevat alleen letters en cijfers")
            String houseNumberAddition,
            @NotBlank(message = "Vul de postcode in")
            @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$",
                    message = "Postcode is 4 cijfers en 2 letters, bijvoorbeeld 1502AB") String postcode,
            @NotBlank(message = "Vul de plaats in") @Size(max = 80, message = "Hooguit 80 tekens") String town,
            @NotBlank(message = "Vul de wijkcode in")
            @Pattern(regexp = "^WK[0-9]{6}$", message = "Wijkcode is een CBS-code, bijvoorbeeld WK047901")
            String wijkCode,
            @Schema(description = "CBS buurt code within the wijk; optional")
            @Pattern(regexp = "^(BU[0-9]{8})?$", message = "Buurtcode is een CBS-code, bijvoorbeeld BU04790101")
            String buurtCode) {
    }

    @Schema(name = "AddressPeriod")
    public record AddressPeriodDto(AddressDto address, LocalDate validFrom, LocalDate validTo) {
    }

    @Schema(name = "NewMember")
    public record NewMemberRequest(
            @NotBlank(message = "Vul de voornaam in") @Size(max = 100, message = "Hooguit 100 tekens") String firstName,
            @Size(max = 30, message = "Hooguit 30 tekens") String surnamePrefix,
            @NotBlank(message = "Vul de achternaam in") @Size(max = 100, message = "Hooguit 100 tekens") String surname,
            @NotNull(message = "Vul de geboortedatum in") @Past(message = "Geboortedatum ligt in het verleden")
            LocalDate dateOfBirth,
            @ValidBsn String bsn,
            @Schema(enumeration = {"PARENT", "PARTNER", "CHILD", "OTHER_ADULT"}, defaultValue = "OTHER_ADULT")
            @Pattern(regexp = ROLES, message = "Kies ouder, partner, kind of andere volwassene") String role,
            @Pattern(regexp = PHONE, message = "Telefoonnummer bevat 6 tot 20 cijfers, spaties, +, - of haakjes")
            String phone,
            @Email(message = "Geen geldig e-mailadres") @Size(max = 200, message = "Hooguit 200 tekens") String email,
            @Schema(description = "Language code (BCP 47), e.g. nl, tr, ar")
            @Pattern(regexp = LANGUAGE, message = "Taal is een taalcode, bijvoorbeeld nl, tr of ar")
            String preferredLanguage,
            Boolean interpreterNeeded) {
    }

    static final String ROLES = "^(PARENT|PARTNER|CHILD|OTHER_ADULT)$";
    static final String PHONE = "^[+0-9 ()-]{6,20}$";
    static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    @Schema(name = "MemberJoin")
    public record MemberJoinRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Vul de datum van toetreden in")
            @PastOrPresent(message = "Datum van toetreden ligt niet in de toekomst") LocalDate joinedOn,
            @NotNull(message = "Vul de gegevens van het lid in") @Valid NewMemberRequest member) {
    }

    @Schema(name = "MemberChange")
    public record MemberChangeRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Kies een rol") @Pattern(regexp = ROLES,
                    message = "Kies ouder, partner, kind of andere volwassene") String role,
            @Pattern(regexp = PHONE, message = "Telefoonnummer bevat 6 tot 20 cijfers, spaties, +, - of haakjes")
            String phone,
            @Email(message = "Geen geldig e-mailadres") @Size(max = 200, message = "Hooguit 200 tekens") String email,
            @Pattern(regexp = LANGUAGE, message = "Taal is een taalcode, bijvoorbeeld nl, tr of ar")
            String preferredLanguage,
            Boolean interpreterNeeded) {
    }

    @Schema(name = "MemberDeparture")
    public record MemberDepartureRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Vul de vertrekdatum in")
            @PastOrPresent(message = "Vertrekdatum ligt niet in de toekomst") LocalDate leftOn) {
    }

    @Schema(name = "NewHousehold")
    public record NewHouseholdRequest(
            @Schema(description = "Owning team; may be left out when the user works in exactly one team")
            @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                    message = "Onbekend team") String teamId,
            @NotNull(message = "Vul het adres in") @Valid AddressDto address,
            @NotEmpty(message = "Voeg minstens één lid toe") @Size(max = 20, message = "Hooguit 20 leden")
            List<@NotNull(message = "Lid ontbreekt") @Valid NewMemberRequest> members) {
    }

    @Schema(name = "AddressChange")
    public record AddressChangeRequest(
            @NotNull(message = "Versie ontbreekt") @PositiveOrZero(message = "Versie is 0 of meer") Long version,
            @NotNull(message = "Vul het adres in") @Valid AddressDto address,
            @Schema(description = "The day of the move; leave out to correct the current address instead")
            @PastOrPresent(message = "Verhuisdatum ligt niet in de toekomst") LocalDate movedOn) {
    }

    @Schema(name = "Member")
    public record MemberDto(String id, String firstName, String surnamePrefix, String surname, LocalDate dateOfBirth,
                            @Schema(description = "The BSN masked to its last four digits (*****1234); the full "
                                    + "number is read, and access-logged, through .../members/{memberId}/bsn")
                            String bsnMasked, String role, LocalDate joinedOn, LocalDate leftOn, String phone,
                            String email, String preferredLanguage, boolean interpreterNeeded) {
    }

    @Schema(name = "MemberBsn", description = "A member's full BSN: every read is in the access log")
    public record MemberBsnDto(String memberId, String bsn) {
    }

    @Schema(name = "Household")
    public record HouseholdDto(String id, long version, String displayName, String teamId, String teamName,
                               Instant createdAt, AddressDto address, List<MemberDto> members,
                               List<AddressPeriodDto> addressHistory) {
    }

    @Schema(name = "HouseholdSummary")
    public record HouseholdSummaryDto(String id, String displayName, String postcode, int houseNumber,
                                      String houseNumberAddition, String town, String wijkCode, String teamId,
                                      String teamName, long memberCount, Instant createdAt) {
    }

    @Schema(name = "HouseholdPage")
    public record HouseholdPageDto(List<HouseholdSummaryDto> items, int page, int size, long totalItems) {
    }
}
