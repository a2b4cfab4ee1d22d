package nl.wijkregie.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import nl.wijkregie.audit.domain.RefusedAttempt;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;

@ApplicationScoped
public class RefusedAttemptRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(RefusedAttempt attempt) {
        em.persist(attempt);
    }

    /** Newest first, within [from, to) and for one user name when given (indexes refused_attempt_time/_user). */
    public Page<RefusedAttempt> find(Instant from, Instant to, String userName, PageRequest request) {
        String where = " where r.occurredAt >= :from and r.occurredAt < :to"
                + (userName == null ? "" : " and r.userName = :user");
        TypedQuery<RefusedAttempt> items = em.createQuery("select r from RefusedAttempt r" + where
                + " order by r.occurredAt desc, r.id desc", RefusedAttempt.class);
        TypedQuery<Long> count = em.createQuery("select count(r) from RefusedAttempt r" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            query.setParameter("from", from).setParameter("to", to);
            if (userName != null) {
                query.setParameter("user", userName);
            }
        }
        List<RefusedAttempt> page = items.setFirstResult(request.page() * request.size())
                .setMaxResults(request.size()).getResultList();
        return new Page<>(page, request.page(), request.size(), count.getSingleResult());
    }

    public int deleteBefore(Instant before) {
        return em.createQuery("delete from RefusedAttempt r where r.occurredAt < :before")
                .setParameter("before", before).executeUpdate();
    }
}
