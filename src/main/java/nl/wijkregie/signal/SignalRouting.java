package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.household.ResidentDirectory.Resident;
import nl.wijkregie.security.TeamDirectory;
import nl.wijkregie.signal.domain.HouseholdMatcher;
import nl.wijkregie.signal.domain.MatchCandidate;

/**
 * Which team and wijk a new signal case goes to. The team that already knows the household comes first: the team of a
 * household matched for certain, else of a candidate household living at the address (that team knows the address,
 * and a team that may not see the household must not be shown it as a candidate); else the team serving the wijk of
 * the postcode area; else the intake team, so a signal from an area without a team is still picked up. The order is
 * a rule of its own, kept apart from the intake so it can be read and tested as a table.
 */
@ApplicationScoped
public class SignalRouting {

    /** Where a new case goes; the wijk may be unknown when the intake team takes it. */
    public record Route(UUID teamId, String wijkCode) {
    }

    /** What routing reads beyond the match: the postcode areas, the teams serving wijken and the intake team. */
    public interface Lookup {

        Optional<String> wijkOfPostcode(String postcode);

        Optional<UUID> teamServing(String wijkCode);

        Optional<UUID> intakeTeam();
    }

    @Inject
    ResidentDirectory residents;

    @Inject
    AreaCatalogue areas;

    @Inject
    SignalPolicy policy;

    @Inject
    TeamDirectory teams;

    /**
     * The route of a new case, or empty when no team is known at all (the signal is then rejected).
     *
     * @param atNumber the residents at the signal's postcode and house number, any addition
     */
    public static Optional<Route> route(HouseholdMatcher.Match match, List<Resident> atNumber, String postcode,
                                        Lookup lookup) {
        if (match.isCertain()) {
            return routeTo(match.certain().teamId().value(), match.certain().wijkCode());
        }
        Optional<Resident> here = householdHere(match, atNumber);
        if (here.isPresent()) {
            return routeTo(here.get().teamId().value(), here.get().wijkCode());
        }
        Optional<String> wijk = lookup.wijkOfPostcode(postcode);
        return wijk.flatMap(lookup::teamServing).or(lookup::intakeTeam)
                .map(team -> new Route(team, wijk.orElse(null)));
    }

    /** The directories behind routing for one intake, which looks each postcode area up only once. */
    public Lookup lookup() {
        Map<String, Optional<String>> wijkByArea = new HashMap<>();
        return new Lookup() {
            @Override
            public Optional<String> wijkOfPostcode(String postcode) {
                return wijkByArea.computeIfAbsent(postcode.substring(0, 4),
                        area -> residents.wijkOfPostcodeArea(postcode));
            }

            @Override
            public Optional<UUID> teamServing(String wijkCode) {
                return areas.teamServing(wijkCode);
            }

            @Override
            public Optional<UUID> intakeTeam() {
                return policy.intakeTeam().map(name -> teams.idsByName().get(name));
            }
        };
    }

    private static Optional<Route> routeTo(UUID team, String wijk) {
        return Optional.ofNullable(team).map(id -> new Route(id, wijk));
    }

    /** The first candidate household, in the matcher's order, that lives at the signal's address. */
    private static Optional<Resident> householdHere(HouseholdMatcher.Match match, List<Resident> atNumber) {
        for (MatchCandidate candidate : match.candidates()) {
            for (Resident resident : atNumber) {
                if (resident.householdId().value().equals(candidate.householdId())) {
                    return Optional.of(resident);
                }
            }
        }
        return Optional.empty();
    }
}
