package nl.wijkregie.signal.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory.Resident;

/**
 * Decides which known household a signal is about. First the address (postcode, house number and addition), then the
 * person by date of birth and surname, compared with {@link PersonNameKey} so that spelling variants still match.
 * Only address + person together is certain; anything less is proposed to a professional as candidates, among them
 * a member whose surname differs only in its prefix ("van den Berg" for "van der Berg"): another prefix is another
 * name, so the professional decides.
 */
public final class HouseholdMatcher {

    /** The match: a certain household and member, or candidates for a professional (empty when unknown). */
    public record Match(Resident certain, List<MatchCandidate> candidates) {

        public boolean isCertain() {
            return certain != null;
        }
    }

    private HouseholdMatcher() {
    }

    /**
     * @param atAddress residents living at the signal's postcode and house number (any addition)
     * @param bornOnDay residents born on the signal's date of birth, anywhere
     */
    public static Match match(SignalReport report, List<Resident> atAddress, List<Resident> bornOnDay) {
        String addition = SignalReport.normalisedAddition(report.houseNumberAddition());
        List<Resident> sameAddress = atAddress.stream()
                .filter(r -> r.postcode().equals(report.postcode()) && r.houseNumber() == report.houseNumber()
                        && SignalReport.normalisedAddition(r.houseNumberAddition()).equals(addition))
                .toList();
        List<Resident> samePerson = sameAddress.stream().filter(r -> isSamePerson(report, r)).toList();
        if (samePerson.stream().map(Resident::householdId).distinct().count() == 1) {
            return new Match(samePerson.get(0), List.of());
        }
        Map<HouseholdId, MatchCandidate> candidates = new LinkedHashMap<>();
        for (Resident resident : samePerson) {
            candidates.putIfAbsent(resident.householdId(), new MatchCandidate(resident.householdId().value(),
                    resident.memberId(), "Zelfde adres, naam en geboortedatum (meerdere huishoudens)"));
        }
        for (Resident resident : sameAddress) {
            if (differsOnlyInPrefix(report, resident)) {
                candidates.putIfAbsent(resident.householdId(), new MatchCandidate(resident.householdId().value(),
                        resident.memberId(), "Zelfde adres en geboortedatum, ander voorvoegsel bij de achternaam"));
            }
        }
        for (Resident resident : bornOnDay) {
            if (isSamePerson(report, resident)) {
                candidates.putIfAbsent(resident.householdId(), new MatchCandidate(resident.householdId().value(),
                        resident.memberId(), "Zelfde naam en geboortedatum, ander adres (verhuisd?)"));
            }
        }
        for (Resident resident : sameAddress) {
            candidates.putIfAbsent(resident.householdId(), new MatchCandidate(resident.householdId().value(), null,
                    "Zelfde adres, andere persoon"));
        }
        for (Resident resident : atAddress) {
            if (resident.postcode().equals(report.postcode()) && resident.houseNumber() == report.houseNumber()
                    && isSamePerson(report, resident)) {
                candidates.putIfAbsent(resident.householdId(), new MatchCandidate(resident.householdId().value(),
                        resident.memberId(), "Zelfde persoon en huisnummer, andere toevoeging"));
            }
        }
        return new Match(null, new ArrayList<>(candidates.values()));
    }

    /** Same date of birth, a surname variant of the same name, and compatible initials. */
    public static boolean isSamePerson(SignalReport report, Resident resident) {
        return Objects.equals(report.dateOfBirth(), resident.dateOfBirth())
                && PersonNameKey.surnamesMatch(report.surnamePrefix(), report.surname(), resident.surnamePrefix(),
                resident.surname())
                && PersonNameKey.initialsCompatible(firstOf(report), resident.firstName());
    }

    /** Same date of birth and initials, and the same surname after another prefix (van den / van der). */
    static boolean differsOnlyInPrefix(SignalReport report, Resident resident) {
        return Objects.equals(report.dateOfBirth(), resident.dateOfBirth())
                && PersonNameKey.compare(report.surnamePrefix(), report.surname(), resident.surnamePrefix(),
                resident.surname()) == PersonNameKey.Agreement.PREFIX_DIFFERS
                && PersonNameKey.initialsCompatible(firstOf(report), resident.firstName());
    }

    private static String firstOf(SignalReport report) {
        return report.firstName() != null && !report.firstName().isBlank() ? report.firstName() : report.initials();
    }
}
