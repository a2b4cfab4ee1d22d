package nl.wijkregie.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import nl.wijkregie.security.domain.Team;
import nl.wijkregie.security.domain.TeamMembership;
import nl.wijkregie.security.persistence.TeamRepository;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;

/**
 * Teams and who works in them, as the admin keeps them. Removing a membership takes effect on the user's next request:
 * {@link CurrentUser} reads memberships per request, so nothing stays cached.
 */
@ApplicationScoped
public class TeamDirectory {

    private static final Logger LOG = Logger.getLogger(TeamDirectory.class.getName());

    /** A team with the login names of its members and, in the same order, who they are by name. */
    public record TeamView(UUID id, String name, List<String> members, List<Person> people) {
    }

    /** A member by login name (the key) and display name (what screens show). */
    public record Person(String userId, String displayName) {
    }

    @Inject
    TeamRepository teams;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProfessionalNames names;

    @Inject
    Clock clock;

    /** All teams for an admin; the user's own teams for everyone else. */
    @Transactional
    public List<TeamView> visibleTeams() {
        List<TeamRef> refs = currentUser.hasRole(Roles.ADMIN) ? teams.all() : currentUser.teams();
        Map<UUID, List<String>> members = teams.membersOf(refs.stream().map(TeamRef::id).toList());
        Map<String, String> displayNames = names.namesOf(members.values().stream().flatMap(List::stream).toList());
        return refs.stream().map(t -> view(t.id(), t.name(), members.getOrDefault(t.id(), List.of()), displayNames))
                .toList();
    }

    @Transactional
    public TeamView create(String name) {
        if (teams.idsByName().containsKey(name.trim())) {
            throw new RuleViolationException("team-name-unique", "Er is al een team met de naam " + name.trim());
        }
        Team team = new Team(Ids.newId(), name.trim(), clock.instant());
        teams.add(team);
        LOG.info(() -> currentUser.userId() + " created team " + team.id());
        return new TeamView(team.id(), team.name(), List.of(), List.of());
    }

    @Transactional
    public TeamView addMember(UUID teamId, String userId) {
        Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
        if (!teams.isMember(teamId, userId)) {
            teams.add(new TeamMembership(teamId, userId));
            LOG.info(() -> currentUser.userId() + " added " + userId + " to team " + teamId);
        }
        return view(team);
    }

    /** Revokes the user's access to the team's households and cases at once. */
    @Transactional
    public TeamView removeMember(UUID teamId, String userId) {
        Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
        if (!teams.removeMember(teamId, userId)) {
            throw new NotFoundException("Teamlid", userId);
        }
        LOG.info(() -> currentUser.userId() + " removed " + userId + " from team " + teamId);
        return view(team);
    }

    @Transactional
    public boolean exists(TeamId teamId) {
        return teams.find(teamId.value()).isPresent();
    }

    @Transactional
    public boolean isMember(UUID teamId, String userId) {
        return teams.isMember(teamId, userId);
    }

    @Transactional
    public Map<String, UUID> idsByName() {
        return teams.idsByName();
    }

    @Transactional
    public Map<UUID, String> namesOf(Collection<UUID> teamIds) {
        return teams.namesOf(teamIds);
    }

    @Transactional
    public Set<String> membersOf(UUID teamId) {
        return Set.copyOf(teams.membersOf(List.of(teamId)).getOrDefault(teamId, List.of()));
    }

    private TeamView view(Team team) {
        List<String> members = teams.membersOf(List.of(team.id())).getOrDefault(team.id(), List.of());
        return view(team.id(), team.name(), members, names.namesOf(members));
    }

    private static TeamView view(UUID id, String name, List<String> members, Map<String, String> displayNames) {
        return new TeamView(id, name, members,
                members.stream().map(m -> new Person(m, displayNames.get(m))).toList());
    }
}
