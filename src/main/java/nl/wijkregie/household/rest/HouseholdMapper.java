package nl.wijkregie.household.rest;

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

/** Domain ↔ JSON for households; team names come from the caller, who knows the user's teams. */
@Mapper
public interface HouseholdMapper {

    @Mapping(target = "teamName", expression = "java(teamNames.get(household.getTeamId()))")
    HouseholdDto toDto(Household household, @Context Map<UUID, String> teamNames);

    MemberDto toDto(Member member);

    AddressDto toDto(Address address);

    @Mapping(target = "teamName", expression = "java(teamNames.get(summary.teamId()))")
    HouseholdSummaryDto toDto(HouseholdSummary summary, @Context Map<UUID, String> teamNames);

    AddressPeriodDto toDto(AddressPeriod period);

    default PersonDetails toPersonDetails(NewMemberRequest member) {
        return new PersonDetails(member.firstName(), member.surnamePrefix(), member.surname(), member.dateOfBirth(),
                member.bsn(), member.role() == null ? null : MemberRole.valueOf(member.role()),
                new ContactDetails(member.phone(), member.email(), member.preferredLanguage(),
                        Boolean.TRUE.equals(member.interpreterNeeded())));
    }

    default ContactDetails toContact(MemberChangeRequest change) {
        return new ContactDetails(change.phone(), change.email(), change.preferredLanguage(),
                Boolean.TRUE.equals(change.interpreterNeeded()));
    }

    default Address toAddress(AddressDto dto) {
        return new Address(dto.street(), dto.houseNumber(), dto.houseNumberAddition(), dto.postcode(), dto.town(),
                dto.wijkCode(), dto.buurtCode());
    }

    default String toText(UUID id) {
        return id == null ? null : id.toString();
    }
}
