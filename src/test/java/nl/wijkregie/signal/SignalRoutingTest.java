package nl.wijkregie.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory.Resident;
import nl.wijkregie.security.TeamId;
import nl.wijkregie.signal.domain.HouseholdMatcher;
import nl.wijkregie.signal.domain.MatchCandidate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignalRoutingTest {

    private static final UUID HOUSEHOLD_TEAM = UUID.randomUUID();
    private static final UUID CANDIDATE_TEAM = UUID.randomUUID();
    private static final UUID POELENBURG_TEAM = UUID.randomUUID();
    private static final UUID INTAKE_TEAM = UUID.randomUUID();

    private static final Resident KNOWN = resident(HOUSEHOLD_TEAM, "KOGERVELD", "1503AB", 9);
    private static final Resident AT_ADDRESS = resident(CANDIDATE_TEAM, "ROSMOLEN", "1503AB", 9);
    private static final Resident ELSEWHERE = resident(HOUSEHOLD_TEAM, "KOGERVELD", "1541XY", 1);

    /** Postcode areas 1503 (Poelenburg, with a team) and 1504 (Peldersveld, no team); 9999 lies in no wijk. */
    private static final SignalRouting.Lookup LOOKUP = new SignalRouting.Lookup() {
        @Override
        public Optional<String> wijkOfPostcode(String postcode) {
            return Optional.ofNullable(Map.of("1503", "POELENBURG", "1504", "PELDERSVELD")
                    .get(postcode.substring(0, 4)));
        }

        @Override
        public Optional<UUID> teamServing(String wijkCode) {
            return Optional.ofNullable(Map.of("POELENBURG", POELENBURG_TEAM).get(wijkCode));
        }

        @Override
        public Optional<UUID> intakeTeam() {
            return Optional.of(INTAKE_TEAM);
        }
    };

    private static Resident resident(UUID team, String wijk, String postcode, int number) {
        return new Resident(new HouseholdId(UUID.randomUUID()), new TeamId(team), wijk, postcode, number, null, UUID.randomUUID(), "Jan", "van",
                "Dijk", LocalDate.of(1984, 3, 12));
    }

    private static MatchCandidate candidate(Resident resident) {
        return new MatchCandidate(resident.householdId().value(), resident.memberId(), "zelfde adres");
    }

    static Stream<Arguments> routes() {
        HouseholdMatcher.Match none = new HouseholdMatcher.Match(null, List.of());
        return Stream.of(
                Arguments.of("known household: its team and wijk, wherever the address",
                        new HouseholdMatcher.Match(KNOWN, List.of()), List.of(), "1503AB",
                        new SignalRouting.Route(HOUSEHOLD_TEAM, "KOGERVELD")),
                Arguments.of("candidate household at the address: its team, not the area's",
                        new HouseholdMatcher.Match(null, List.of(candidate(ELSEWHERE), candidate(AT_ADDRESS))),
                        List.of(AT_ADDRESS), "1503AB", new SignalRouting.Route(CANDIDATE_TEAM, "ROSMOLEN")),
                Arguments.of("candidate household living elsewhere: the area's team",
                        new HouseholdMatcher.Match(null, List.of(candidate(ELSEWHERE))), List.of(AT_ADDRESS),
                        "1503AB", new SignalRouting.Route(POELENBURG_TEAM, "POELENBURG")),
                Arguments.of("unknown address in a wijk with a team: that team",
                        none, List.of(), "1503CD", new SignalRouting.Route(POELENBURG_TEAM, "POELENBURG")),
                Arguments.of("wijk without a team: the intake team, the wijk kept",
                        none, List.of(), "1504AA", new SignalRouting.Route(INTAKE_TEAM, "PELDERSVELD")),
                Arguments.of("unknown wijk: the intake team",
                        none, List.of(), "9999ZZ", new SignalRouting.Route(INTAKE_TEAM, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aNewCaseGoesToTheTeamThatKnowsTheHouseholdFirst(String rule, HouseholdMatcher.Match match,
                                                         List<Resident> atNumber, String postcode,
                                                         SignalRouting.Route expected) {
        assertThat(SignalRouting.route(match, atNumber, postcode, LOOKUP)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void withoutAnIntakeTeamOnlyAnUnroutableSignalHasNoRoute(String rule, HouseholdMatcher.Match match,
                                                             List<Resident> atNumber, String postcode,
                                                             SignalRouting.Route expected) {
        SignalRouting.Lookup noIntakeTeam = new SignalRouting.Lookup() {
            @Override
            public Optional<String> wijkOfPostcode(String code) {
                return LOOKUP.wijkOfPostcode(code);
            }

            @Override
            public Optional<UUID> teamServing(String wijkCode) {
                return LOOKUP.teamServing(wijkCode);
            }

            @Override
            public Optional<UUID> intakeTeam() {
                return Optional.empty();
            }
        };

        Optional<SignalRouting.Route> route = SignalRouting.route(match, atNumber, postcode, noIntakeTeam);

        if (expected.teamId().equals(INTAKE_TEAM)) {
            assertThat(route).isEmpty();
        } else {
            assertThat(route).contains(expected);
        }
    }
}
