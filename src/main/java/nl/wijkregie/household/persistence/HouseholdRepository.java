package nl.wijkregie.household.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.household.HouseholdSummary;
import nl.wijkregie.household.domain.Household;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;

@ApplicationScoped
public class HouseholdRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Household household) {
        em.persist(household);
    }

    /** The household with its members, loaded in one query (the REST layer maps them after the transaction). */
    public Optional<Household> find(UUID id) {
        return em.createQuery("select h from Household h left join fetch h.members where h.id = :id", Household.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** Newest first; served by index household_team_created. */
    public Page<HouseholdSummary> pageOfTeams(Collection<UUID> teamIds, PageRequest request) {
        if (teamIds.isEmpty()) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        List<HouseholdSummary> items = em.createQuery("""
                        select new nl.wijkregie.household.HouseholdSummary(h.id, h.displayName, h.address.postcode,
                            h.address.houseNumber, h.address.houseNumberAddition, h.address.town, h.address.wijkCode,
                            h.teamId, (select count(m) from Member m where m.household = h), h.createdAt)
                        from Household h where h.teamId in :teams
                        order by h.createdAt desc, h.id""", HouseholdSummary.class)
                .setParameter("teams", teamIds)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("select count(h) from Household h where h.teamId in :teams", Long.class)
                .setParameter("teams", teamIds)
                .getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Display names of the households with these ids, with their team (for task labels). */
    public List<Object[]> labelsOf(Collection<UUID> ids) {
        return em.createQuery("select h.id, h.displayName, h.teamId from Household h where h.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
