package nl.wijkregie.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.security.persistence.TeamRepository;
import nl.wijkregie.shared.NotFoundException;

/**
 * The authenticated user of this request with roles and teams, and the one place where team scope is checked. Teams
 * are looked up once per request from the database, never cached across requests.
 */
@RequestScoped
public class CurrentUser {

    /** Request attribute set when data outside the user's scope was asked for: the refusal log records the 404. */
    public static final String OUT_OF_SCOPE = CurrentUser.class.getName() + ".outOfScope";

    @Inject
    HttpServletRequest request;

    @Inject
    TeamRepository teams;

    private List<TeamRef> memberships;

    public boolean isAuthenticated() {
        return request.getUserPrincipal() != null;
    }

    public String userId() {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(request::isUserInRole).toList();
    }

    public boolean hasRole(String role) {
        return request.isUserInRole(role);
    }

    /** The role this user acts in: the first of {@link Roles#ALL} they hold. */
    public String actingRole() {
        return roles().stream().findFirst().orElse("none");
    }

    public List<TeamRef> teams() {
        if (memberships == null) {
            memberships = isAuthenticated() ? teams.teamsOf(userId()) : List.of();
        }
        return memberships;
    }

    public Set<UUID> teamIds() {
        return teams().stream().map(TeamRef::id).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isMemberOf(UUID teamId) {
        return teamIds().contains(teamId);
    }

    /**
     * Fails with "not found" when the user is not in the team: another team's data must not even be known to exist.
     */
    public void requireMemberOf(UUID teamId, String what, Object id) {
        if (!isMemberOf(teamId)) {
            throw outOfScope(what, id);
        }
    }

    /**
     * The "not found" for something that exists but is not this user's to see; marks the request so that the refusal
     * is recorded (the answer stays an ordinary 404).
     */
    public NotFoundException outOfScope(String what, Object id) {
        request.setAttribute(OUT_OF_SCOPE, what + " " + id);
        return new NotFoundException(what, id);
    }

    /** The team new work of this user belongs to: the one asked for (if a member) or their only team. */
    public TeamRef chooseTeam(Optional<UUID> requested) {
        List<TeamRef> own = teams();
        if (requested.isPresent()) {
            return own.stream().filter(t -> t.id().equals(requested.get())).findFirst()
                    .orElseThrow(() -> new TeamChoiceException("Je bent geen lid van dit team."));
        }
        if (own.size() == 1) {
            return own.get(0);
        }
        throw new TeamChoiceException(own.isEmpty() ? "Je bent nog geen lid van een team."
                : "Kies het team waarvoor je dit vastlegt.");
    }

    /** "METHOD /path" of this request, for the access log. */
    public String requestSource() {
        String query = request.getQueryString();
        return request.getMethod() + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
