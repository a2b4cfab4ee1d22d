package nl.wijkregie.casefile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;

@ApplicationScoped
public class TimelineRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(TimelineEvent event) {
        em.persist(event);
    }

    /** The household's events newest first; confidential ones only for their actor or the regisseur. */
    public Page<TimelineEvent> visibleEvents(UUID householdId, String reader, boolean readerIsRegisseur,
                                             PageRequest request) {
        String visible = " where t.householdId = :household"
                + " and (t.confidential = false or t.actorId = :reader or :regisseur = true)";
        var items = em.createQuery("select t from TimelineEvent t" + visible + " order by t.occurredAt desc, t.id",
                        TimelineEvent.class)
                .setParameter("household", householdId).setParameter("reader", reader)
                .setParameter("regisseur", readerIsRegisseur)
                .setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("select count(t) from TimelineEvent t" + visible, Long.class)
                .setParameter("household", householdId).setParameter("reader", reader)
                .setParameter("regisseur", readerIsRegisseur).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }
}
