package nl.wijkregie.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.security.TeamRef;

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
}
