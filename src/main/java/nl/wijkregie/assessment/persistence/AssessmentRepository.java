package nl.wijkregie.assessment.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.assessment.domain.Assessment;

@ApplicationScoped
public class AssessmentRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Assessment assessment) {
        em.persist(assessment);
    }

    /** A household's assessments, oldest first (the order of a trend), optionally of one member only. */
    public List<Assessment> ofHousehold(UUID householdId, UUID memberId) {
        String byMember = memberId == null ? "" : " and a.memberId = :member";
        var query = em.createQuery("select distinct a from Assessment a left join fetch a.scores"
                        + " where a.householdId = :household" + byMember
                        + " order by a.assessedOn, a.recordedAt, a.id", Assessment.class)
                .setParameter("household", householdId);
        if (memberId != null) {
            query.setParameter("member", memberId);
        }
        return query.getResultList();
    }

    public List<Assessment> ofMember(UUID memberId) {
        return em.createQuery("select distinct a from Assessment a left join fetch a.scores"
                        + " where a.memberId = :member order by a.assessedOn, a.recordedAt, a.id", Assessment.class)
                .setParameter("member", memberId).getResultList();
    }
}
