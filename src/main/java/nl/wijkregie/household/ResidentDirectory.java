package nl.wijkregie.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.household.persistence.ResidentRepository;
import nl.wijkregie.security.TeamId;

/**
 * Lookups of current residents for matching incoming signals to known households, many at a time (a monthly list
 * has thousands of rows). It returns what matching needs and no more; the caller logs the households it links.
 */
@ApplicationScoped
public class ResidentDirectory {

    /** A current member of a household at its current address. */
    public record Resident(HouseholdId householdId, TeamId teamId, String wijkCode, String postcode, int houseNumber,
                           String houseNumberAddition, UUID memberId, String firstName, String surnamePrefix,
                           String surname, LocalDate dateOfBirth) {
    }

    @Inject
    ResidentRepository repository;

    /** A postcode with a house number, any addition: where a signal's person lives. */
    public record NumberAt(String postcode, int houseNumber) {
    }

    /**
     * Residents living at exactly these postcode and house number pairs (any addition). One query for the whole set,
     * pair by pair on the address index: a postcode IN × house number IN query would also read every other
     * combination of the two lists (a thousand signals read the residents of hundreds of thousands of addresses).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Resident> residentsAt(Collection<NumberAt> addresses) {
        if (addresses.isEmpty()) {
            return List.of();
        }
        return repository.residentsAt(addresses);
    }

    /** Residents born on any of these dates, wherever they live (people move; partners have old addresses). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Resident> residentsBornOn(Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return repository.residentsBornOn(dates);
    }

    /**
     * The wijk most households of this postcode area (the four digits) live in: signals for unknown addresses go to
     * the team serving it. Asked of the database each time, never remembered by one node: two nodes must route a
     * signal for the same postcode to the same wijk. An intake asks each area once ({@code SignalRouting.lookup}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> wijkOfPostcodeArea(String postcode) {
        String area = postcode.substring(0, 4);
        return repository.mostCommonWijk(area + "AA", area + "ZZ");
    }

    /**
     * The four digits of some postcode area households live in, and nothing about them: for synthetic warm-up data
     * that must be routed like real data ({@code shared.warmup}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> anyPostcodeArea() {
        return repository.anyPostcodeArea();
    }

    /**
     * Which of these households belong to one of these teams: a match candidate is shown only to a team that may see
     * its household.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<HouseholdId> ownedBy(Collection<HouseholdId> householdIds, Collection<TeamId> teamIds) {
        if (householdIds.isEmpty() || teamIds.isEmpty()) {
            return new HashSet<>();
        }
        return repository.ownedBy(householdIds.stream().map(HouseholdId::value).toList(),
                        teamIds.stream().map(TeamId::value).toList())
                .stream().map(HouseholdId::new).collect(Collectors.toSet());
    }

    /** The current residents with these BSNs, by BSN; a BSN not living in the municipality is absent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Resident> residentsWithBsn(Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return new HashMap<>();
        }
        return repository.residentsWithBsn(bsns);
    }

    /** The current members of these households, at their household's address and wijk. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Resident> residentsOf(Collection<HouseholdId> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return repository.residentsOf(householdIds.stream().map(HouseholdId::value).toList());
    }

    /** "Name, street number, postcode" of each household, for showing match candidates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<HouseholdId, String> labelsOf(Collection<HouseholdId> householdIds) {
        if (householdIds.isEmpty()) {
            return new HashMap<>();
        }
        Map<HouseholdId, String> labels = new HashMap<>();
        repository.labelsOf(householdIds.stream().map(HouseholdId::value).toList())
                .forEach((id, label) -> labels.put(new HouseholdId(id), label));
        return labels;
    }
}
