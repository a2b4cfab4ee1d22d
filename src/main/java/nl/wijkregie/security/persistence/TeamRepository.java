package nl.wijkregie.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.security.TeamRef;
import nl.wijkregie.security.domain.Team;
import nl.wijkregie.security.domain.TeamMembership;

@ApplicationScoped
public class TeamRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public List<TeamRef> teamsOf(String userId) {
        return em.createQuery("""
                        select new nl.wijkregie.security.TeamRef(t.id, t.name)
                        from Team t
                        where t.id in (select m.teamId from TeamMembership m where m.userId = :userId)
                        order by t.name""", TeamRef.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    public Map<UUID, String> namesOf(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select new nl.wijkregie.security.TeamRef(t.id, t.name) from Team t where t.id in :ids",
                        TeamRef.class)
                .setParameter("ids", teamIds)
                .getResultStream()
                .collect(Collectors.toMap(TeamRef::id, TeamRef::name));
    }

    public List<TeamRef> all() {
        return em.createQuery("select new nl.wijkregie.security.TeamRef(t.id, t.name) from Team t order by t.name",
                TeamRef.class).getResultList();
    }

    public Optional<Team> find(UUID id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    public Map<String, UUID> idsByName() {
        return all().stream().collect(Collectors.toMap(TeamRef::name, TeamRef::id));
    }

    /** Login names per team, sorted. */
    public Map<UUID, List<String>> membersOf(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        // native: Hibernate translates an HQL query with a list parameter anew at every execution (ADR 0033)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select team_id, user_id from team_membership"
                        + " where team_id in (:ids) order by user_id")
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedEntityClass(TeamMembership.class)
                .setParameter("ids", teamIds)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (UUID) row[0],
                Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }

    public boolean isMember(UUID teamId, String userId) {
        return em.createQuery("select count(m) from TeamMembership m where m.teamId = :team and m.userId = :user",
                        Long.class)
                .setParameter("team", teamId).setParameter("user", userId).getSingleResult() > 0;
    }

    public void add(Team team) {
        em.persist(team);
    }

    public void add(TeamMembership membership) {
        em.persist(membership);
    }

    public boolean removeMember(UUID teamId, String userId) {
        return em.createQuery("delete from TeamMembership m where m.teamId = :team and m.userId = :user")
                .setParameter("team", teamId).setParameter("user", userId).executeUpdate() > 0;
    }
}
