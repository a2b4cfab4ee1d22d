package nl.wijkregie.household.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.household.HouseholdSummary;
import nl.wijkregie.household.domain.Address;
import nl.wijkregie.household.domain.Household;
import nl.wijkregie.household.domain.Member;
import nl.wijkregie.household.domain.AddressPeriod;
import nl.wijkregie.household.domain.ContactDetails;
import nl.wijkregie.household.domain.MemberRole;
import nl.wijkregie.household.domain.PersonDetails;
import nl.wijkregie.household.rest.HouseholdDtos.AddressPeriodDto;
import nl.wijkregie.household.rest.HouseholdDtos.MemberChangeRequest;
import nl.wijkregie.household.rest.HouseholdDtos.AddressDto;
import nl.wijkregie.household.rest.HouseholdDtos.HouseholdDto;
import nl.wijkregie.household.rest.HouseholdDtos.HouseholdSummaryDto;
import nl.wijkregie.household.rest.HouseholdDtos.MemberDto;
import nl.wijkregie.household.rest.HouseholdDtos.NewMemberRequest;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Domain ↔ JSON for households, both ways; team names come from the caller, who knows the user's teams. */
@Mapper
public interface HouseholdMapper {

    @Mapping(target = "teamName", source = "teamId", qualifiedByName = "teamName")
    HouseholdDto toDto(Household household, @Context Map<UUID, String> teamNames);

    MemberDto toDto(Member member);

    AddressDto toDto(Address address);

    @Mapping(target = "teamName", source = "teamId", qualifiedByName = "teamName")
    HouseholdSummaryDto toDto(HouseholdSummary summary, @Context Map<UUID, String> teamNames);

    AddressPeriodDto toDto(AddressPeriod period);

    @Named("teamName")
    default String teamName(UUID teamId, @Context Map<UUID, String> teamNames) {
        return teamNames.get(teamId);
    }

    // Requests → domain inputs.

    @Mapping(target = "contact", source = "member")
    PersonDetails toPersonDetails(NewMemberRequest member);

    List<PersonDetails> toPersonDetails(List<NewMemberRequest> members);

    ContactDetails toContact(NewMemberRequest member);

    ContactDetails toContact(MemberChangeRequest change);

    MemberRole toRole(String role);

    /** An interpreter is needed only when the request says so. */
    default boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    /** Address has a constructor for JPA and two public ones; this picks the one with the buurt. */
    default Address toAddress(AddressDto dto) {
        return new Address(dto.street(), dto.houseNumber(), dto.houseNumberAddition(), dto.postcode(), dto.town(),
                dto.wijkCode(), dto.buurtCode());
    }

    default String toText(UUID id) {
        return id == null ? null : id.toString();
    }
}
