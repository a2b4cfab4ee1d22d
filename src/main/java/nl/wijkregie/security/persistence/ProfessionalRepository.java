package nl.wijkregie.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.wijkregie.security.domain.Professional;

@ApplicationScoped
public class ProfessionalRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public Optional<Professional> find(String userId) {
        return Optional.ofNullable(em.find(Professional.class, userId));
    }

    public void add(Professional professional) {
        em.persist(professional);
    }

    /** Display names by login name; users without one are left out. */
    public Map<String, String> namesOf(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Professional p where p.userId in :ids", Professional.class)
                .setParameter("ids", userIds)
                .getResultStream()
                .collect(Collectors.toMap(Professional::userId, Professional::displayName));
    }
}
