package nl.wijkregie.household.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    private static final UUID TEAM = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Address address() {
        return new Address("Peperstraat", 12, "a", "1502 ab", "Zaandam", "WK047901");
    }

    private static PersonDetails person(String prefix, String surname, String bsn) {
        return new PersonDetails("Jan", prefix, surname, LocalDate.of(1980, 4, 1), bsn);
    }

    private static Household household(PersonDetails... people) {
        return Household.register(TEAM, address(), List.of(people), "fatima", NOW, TODAY);
    }

    @Test
    void isNamedAfterItsFirstMemberWithPrefixCapitalised() {
        Household household = household(person("van", "Dijk", null), person(null, "Öztürk", null));

        assertThat(household.getDisplayName()).isEqualTo("Huishouden Van Dijk");
        assertThat(household.getMembers()).extracting(Member::getSurname).containsExactly("Dijk", "Öztürk");
    }

    @Test
    void normalisesTheAddress() {
        Household household = household(person(null, "Jansen", null));

        assertThat(household.getAddress().getPostcode()).isEqualTo("1502AB");
        assertThat(household.getAddress().getHouseNumberAddition()).isEqualTo("A");
    }

    @Test
    void needsAtLeastOneMember() {
        assertThatThrownBy(() -> household()).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("minstens één lid");
    }

    @Test
    void refusesTheSameBsnTwice() {
        assertThatThrownBy(() -> household(person(null, "A", "111222333"), person(null, "B", "111222333")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("BSN");
    }

    @Test
    void refusesABirthDateInTheFuture() {
        PersonDetails unborn = new PersonDetails("Jan", null, "Jansen", TODAY.plusDays(1), null);

        assertThatThrownBy(() -> household(unborn)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAnAddressChangeOfAnOlderVersion() {
        Household household = household(person(null, "Jansen", null));
        Address newAddress = new Address("Westzijde", 1, null, "1506AA", "Zaandam", "WK047902");

        assertThatThrownBy(() -> household.correctAddress(newAddress, 7, NOW))
                .isInstanceOf(StaleVersionException.class);

        household.correctAddress(newAddress, 0, NOW);
        assertThat(household.getAddress()).isEqualTo(newAddress);
    }

    @Test
    void refusesAnInvalidPostcodeOrWijkCode() {
        assertThatThrownBy(() -> new Address("Peperstraat", 1, null, "0502AB", "Zaandam", "WK047901"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Address("Peperstraat", 1, null, "1502AB", "Zaandam", "BU04790101"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void membersJoinAndLeaveWithDatesAndTheLastOneCannotLeave() {
        Household household = household(person(null, "Jansen", null));
        Member child = household.addMember(new PersonDetails("Lina", null, "Jansen", TODAY.minusYears(1), null,
                MemberRole.CHILD, null), TODAY.minusMonths(6), 0, TODAY, NOW);

        assertThat(household.currentMembers(TODAY)).hasSize(2);
        assertThatThrownBy(() -> household.memberLeft(child.getId(), TODAY.plusDays(1), 0, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class);

        household.memberLeft(child.getId(), TODAY.minusDays(1), 0, TODAY, NOW);

        assertThat(household.currentMembers(TODAY)).extracting(Member::getFirstName).containsExactly("Jan");
        assertThat(household.getMembers()).hasSize(2);
        UUID last = household.currentMembers(TODAY).get(0).getId();
        assertThatThrownBy(() -> household.memberLeft(last, TODAY, 0, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("laatste lid");
    }

    @Test
    void aJoiningMemberCannotBringABsnThatIsAlreadyThere() {
        Household household = household(person(null, "Jansen", "111222333"));
        assertThatThrownBy(() -> household.addMember(person(null, "Jansen", "111222333"), TODAY, 0, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("BSN");
    }

    @Test
    void aMoveEndsTheCurrentAddressPeriod() {
        Household household = household(person(null, "Jansen", null));
        Address next = new Address("Guisweg", 3, null, "1544AA", "Zaandijk", "WK047914");

        assertThatThrownBy(() -> household.moveTo(next, TODAY, 0, TODAY, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> household.moveTo(next, TODAY.plusDays(2), 0, TODAY.plusDays(1), NOW))
                .isInstanceOf(RuleViolationException.class);

        household.moveTo(next, TODAY.plusDays(5), 0, TODAY.plusDays(10), NOW);

        assertThat(household.getAddress()).isEqualTo(next);
        assertThat(household.getAddressHistory()).hasSize(2);
        assertThat(household.getAddressHistory().get(0).getValidTo()).isNull();
        assertThat(household.getAddressHistory().get(1).getValidTo()).isEqualTo(TODAY.plusDays(5));
    }
}
