package nl.wijkregie.plan.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.plan.domain.Plan;

@ApplicationScoped
public class PlanRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Plan plan) {
        em.persist(plan);
    }

    public void flush() {
        em.flush();
    }

    /** The plan of a case (the unique index on case_id) with its versions, in one query. */
    public Optional<Plan> ofCase(UUID caseId) {
        return em.createQuery("select p from Plan p left join fetch p.versions where p.caseId = :case", Plan.class)
                .setParameter("case", caseId).getResultList().stream().findFirst();
    }

    /** The plan of a case, locked: for the process's steps, which may race a professional's request. */
    public Optional<Plan> ofCaseForUpdate(UUID caseId) {
        return em.createQuery("select p from Plan p where p.caseId = :case", Plan.class)
                .setParameter("case", caseId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public List<Plan> ofCases(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Plan p where p.caseId in :cases", Plan.class)
                .setParameter("cases", caseIds).getResultList();
    }
}
