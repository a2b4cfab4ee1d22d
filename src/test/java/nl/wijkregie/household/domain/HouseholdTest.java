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
}
