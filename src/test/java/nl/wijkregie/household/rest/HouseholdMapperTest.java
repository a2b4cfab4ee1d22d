package nl.wijkregie.household.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.wijkregie.household.domain.ContactDetails;
import nl.wijkregie.household.domain.MemberRole;
import nl.wijkregie.household.domain.PersonDetails;
import nl.wijkregie.household.rest.HouseholdDtos.MemberChangeRequest;
import nl.wijkregie.household.rest.HouseholdDtos.NewMemberRequest;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

/** A new member's request becomes the person details the household records, contact details included. */
class HouseholdMapperTest {

    private final HouseholdMapper mapper = Mappers.getMapper(HouseholdMapper.class);

    @Test
    void aNewMemberBecomesPersonDetailsWithContact() {
        NewMemberRequest request = new NewMemberRequest("Ayla", null, "Öztürk", LocalDate.of(2015, 4, 1), null,
                "CHILD", "0612345678", "a@example.nl", "tr", true);

        assertThat(mapper.toPersonDetails(request)).isEqualTo(new PersonDetails("Ayla", null, "Öztürk",
                LocalDate.of(2015, 4, 1), null, MemberRole.CHILD,
                new ContactDetails("0612345678", "a@example.nl", "tr", true)));
    }

    @Test
    void noInterpreterUnlessAskedAndNoRoleMeansTheDomainDefault() {
        NewMemberRequest request = new NewMemberRequest("Jan", null, "Dijk", null, null, null, null, null, null,
                null);

        PersonDetails details = mapper.toPersonDetails(request);

        assertThat(details.contact().interpreterNeeded()).isFalse();
        assertThat(details.role()).isEqualTo(MemberRole.OTHER_ADULT);
        assertThat(mapper.toContact(new MemberChangeRequest(3L, "PARENT", null, null, null, null))
                .interpreterNeeded()).isFalse();
    }
}
