package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory.Resident;
import nl.wijkregie.security.TeamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching a signal to a known household: only address and person together is certain. */
class HouseholdMatcherTest {

    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID MEMBER = UUID.randomUUID();
    static final Resident ANNA = new Resident(new HouseholdId(HOUSEHOLD), new TeamId(UUID.randomUUID()), "WK047901", "1503AB", 12, "A", MEMBER,
            "Anna", "van der", "Berg-Öztürk", LocalDate.of(1984, 3, 12));

    static SignalReport signal(String initials, String prefix, String surname, String birth, String postcode,
                               int number, String addition) {
        return new SignalReport(PartnerType.HUUR, "Woonzaam", "R-1", initials, null, prefix, surname,
                LocalDate.parse(birth), "Poelenburg", number, addition, postcode, "Zaandam", null, null, 10_000,
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 1), false, false, Threat.GEEN);
    }

    @ParameterizedTest(name = "{0} {1} {2} at {4} {5}{6} is certain")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '"', value = {
            "A.   | van der | Berg-Öztürk | 1984-03-12 | 1503AB | 12 | A",
            "A.   | -       | Van der Berg | 1984-03-12 | 1503AB | 12 | a",
            "Anna | -       | Ozturk      | 1984-03-12 | 1503AB | 12 | A",
            "-    | -       | Berg        | 1984-03-12 | 1503AB | 12 | -A",
            "A.   | -       | \"Berg-Öztürk, van der\" | 1984-03-12 | 1503AB | 12 | A"})
    void addressAndPersonTogetherAreCertain(String initials, String prefix, String surname, String birth,
                                             String postcode, int number, String addition) {
        HouseholdMatcher.Match match = HouseholdMatcher.match(
                signal(initials, prefix, surname, birth, postcode, number, addition), List.of(ANNA), List.of());

        assertThat(match.isCertain()).isTrue();
        assertThat(match.certain().memberId()).isEqualTo(MEMBER);
    }

    @Test
    void anotherPersonAtTheAddressIsOnlyACandidate() {
        HouseholdMatcher.Match match = HouseholdMatcher.match(
                signal("P.", null, "Jansen", "1990-01-01", "1503AB", 12, "A"), List.of(ANNA), List.of());

        assertThat(match.isCertain()).isFalse();
        assertThat(match.candidates()).extracting(MatchCandidate::householdId).containsExactly(HOUSEHOLD);
        assertThat(match.candidates().get(0).reason()).contains("andere persoon");
    }

    @ParameterizedTest(name = "{0} {1} is not certain")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "van den | Berg",
            "-       | van den Berg",
            "de      | Berg"})
    void anotherSurnamePrefixIsACandidateToConfirm(String prefix, String surname) {
        HouseholdMatcher.Match match = HouseholdMatcher.match(
                signal("A.", prefix, surname, "1984-03-12", "1503AB", 12, "A"), List.of(ANNA), List.of());

        assertThat(match.isCertain()).isFalse();
        assertThat(match.candidates()).extracting(MatchCandidate::householdId).containsExactly(HOUSEHOLD);
        assertThat(match.candidates().get(0).memberId()).isEqualTo(MEMBER);
        assertThat(match.candidates().get(0).reason()).contains("ander voorvoegsel");
    }

    @Test
    void theSamePersonElsewhereIsACandidateBecausePeopleMove() {
        HouseholdMatcher.Match match = HouseholdMatcher.match(
                signal("A.", null, "Berg", "1984-03-12", "1506JK", 3, null), List.of(), List.of(ANNA));

        assertThat(match.isCertain()).isFalse();
        assertThat(match.candidates().get(0).reason()).contains("ander adres");
    }

    @Test
    void wrongInitialsOrBirthDateMatchNobody() {
        assertThat(HouseholdMatcher.match(signal("K.", null, "Berg", "1984-03-12", "1506JK", 3, null), List.of(),
                List.of(ANNA)).candidates()).isEmpty();
        assertThat(HouseholdMatcher.match(signal("A.", null, "Berg", "1984-03-13", "1506JK", 3, null), List.of(),
                List.of(ANNA)).candidates()).isEmpty();
    }

    @Test
    void aDifferentAdditionIsNotTheSameAddress() {
        HouseholdMatcher.Match match = HouseholdMatcher.match(
                signal("A.", null, "Berg", "1984-03-12", "1503AB", 12, "B"), List.of(ANNA), List.of());

        assertThat(match.isCertain()).isFalse();
        assertThat(match.candidates().get(0).reason()).contains("andere toevoeging");
    }
}
