package nl.wijkregie.household.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
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
            String wijkCode) {
    }

    @Schema(name = "NewMember")
    public record NewMemberRequest(
            @NotBlank(message = "Vul de voornaam in") @Size(max = 100, message = "Hooguit 100 tekens") String firstName,
            @Size(max = 30, message = "Hooguit 30 tekens") String surnamePrefix,
            @NotBlank(message = "Vul de achternaam in") @Size(max = 100, message = "Hooguit 100 tekens") String surname,
            @NotNull(message = "Vul de geboortedatum in") @Past(message = "Geboortedatum ligt in het verleden")
            LocalDate dateOfBirth,
            @ValidBsn String bsn) {
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
            @NotNull(message = "Vul het adres in") @Valid AddressDto address) {
    }

    @Schema(name = "Member")
    public record MemberDto(String id, String firstName, String surnamePrefix, String surname, LocalDate dateOfBirth,
                            String bsn) {
    }

    @Schema(name = "Household")
    public record HouseholdDto(String id, long version, String displayName, String teamId, String teamName,
                               Instant createdAt, AddressDto address, List<MemberDto> members) {
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
