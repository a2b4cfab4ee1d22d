package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.household.ResidentDirectory.Resident;
import nl.wijkregie.signal.domain.HouseholdMatcher;
import nl.wijkregie.signal.domain.SignalReport;

/**
 * Matches the signals for new cases to known households, set-based for a whole chunk: one query for the residents at
 * all the addresses, and one more by date of birth only for the addresses without a certain match, so a chunk of a
 * thousand rows costs two queries instead of two thousand.
 */
@ApplicationScoped
public class SignalMatching {

    /** The match per address key, and the residents found at each postcode and house number. */
    public record Matches(Map<String, HouseholdMatcher.Match> byAddress, Map<String, List<Resident>> residentsByNumber) {

        public HouseholdMatcher.Match of(String addressKey) {
            return byAddress.get(addressKey);
        }

        /** Everyone at the report's postcode and house number, any addition. */
        public List<Resident> atNumberOf(SignalReport report) {
            return residentsByNumber.getOrDefault(numberKey(report.postcode(), report.houseNumber()), List.of());
        }

        public Set<HouseholdId> certainHouseholds() {
            return byAddress.values().stream().filter(HouseholdMatcher.Match::isCertain)
                    .map(match -> match.certain().householdId()).collect(Collectors.toSet());
        }
    }

    @Inject
    ResidentDirectory residents;

    /** The best match for each group of signals at one address: a certain one if any signal gives one. */
    public Matches match(Map<String, List<SignalReport>> byAddress) {
        List<SignalReport> reports = byAddress.values().stream().flatMap(List::stream).toList();
        Map<String, List<Resident>> residentsByNumber = residents.residentsAt(reports.stream()
                        .map(r -> new ResidentDirectory.NumberAt(r.postcode(), r.houseNumber()))
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(r -> numberKey(r.postcode(), r.houseNumber())));
        Map<String, HouseholdMatcher.Match> matches = new HashMap<>();
        Set<LocalDate> unmatchedBirthDates = new HashSet<>();
        byAddress.forEach((address, group) -> {
            HouseholdMatcher.Match match = matchGroup(group, residentsByNumber, Map.of());
            matches.put(address, match);
            if (!match.isCertain()) {
                group.forEach(report -> unmatchedBirthDates.add(report.dateOfBirth()));
            }
        });
        if (!unmatchedBirthDates.isEmpty()) {
            Map<LocalDate, List<Resident>> bornOn = residents.residentsBornOn(unmatchedBirthDates).stream()
                    .collect(Collectors.groupingBy(Resident::dateOfBirth));
            byAddress.forEach((address, group) -> {
                if (!matches.get(address).isCertain()) {
                    matches.put(address, matchGroup(group, residentsByNumber, bornOn));
                }
            });
        }
        return new Matches(matches, residentsByNumber);
    }

    /** The member a signal is about, when its household was matched for certain and it is the same person. */
    public static UUID memberOf(Resident certain, SignalReport report) {
        return certain != null && HouseholdMatcher.isSamePerson(report, certain) ? certain.memberId() : null;
    }

    private static HouseholdMatcher.Match matchGroup(List<SignalReport> group,
                                                     Map<String, List<Resident>> residentsByNumber,
                                                     Map<LocalDate, List<Resident>> bornOn) {
        HouseholdMatcher.Match best = null;
        for (SignalReport report : group) {
            List<Resident> here = residentsByNumber.getOrDefault(numberKey(report.postcode(), report.houseNumber()),
                    List.of());
            HouseholdMatcher.Match match = HouseholdMatcher.match(report, here,
                    bornOn.getOrDefault(report.dateOfBirth(), List.of()));
            if (match.isCertain()) {
                return match;
            }
            if (best == null || match.candidates().size() > best.candidates().size()) {
                best = match;
            }
        }
        return best;
    }

    private static String numberKey(String postcode, int houseNumber) {
        return postcode + "-" + houseNumber;
    }
}
