package nl.wijkregie.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
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
        // native: Hibernate translates an HQL query with a list parameter anew at every execution (ADR 0033)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select user_id, display_name from professional"
                        + " where user_id in (:ids) and display_name is not null")
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedEntityClass(Professional.class)
                .setParameter("ids", userIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }
}
