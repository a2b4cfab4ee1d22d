package nl.wijkregie.casefile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import org.hibernate.Session;

@ApplicationScoped
public class TimelineRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(TimelineEvent event) {
        em.persist(event);
    }

    private static final String INSERT = "insert into timeline_event (id, household_id, case_id, occurred_at, kind,"
            + " summary, actor_id, source_module, source_id, confidential) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Many lines as one JDBC batch, past the persistence context (as the message import's rows, ADR 0030): lines
     * are insert-only facts, and a chunk of imported messages writes a thousand of them.
     */
    public void addAll(List<TimelineEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (TimelineEvent e : events) {
                    insert.setObject(1, e.getId());
                    insert.setObject(2, e.getHouseholdId());
                    insert.setObject(3, e.getCaseId());
                    insert.setObject(4, e.getOccurredAt().atOffset(ZoneOffset.UTC));
                    insert.setString(5, e.getKind());
                    insert.setString(6, e.getSummary());
                    insert.setString(7, e.getActorId());
                    insert.setString(8, e.getSourceModule());
                    insert.setObject(9, e.getSourceId());
                    insert.setBoolean(10, e.isConfidential());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Deletes the lines of these sources, a thousand ids per statement; returns how many went. */
    public int deleteDerivedFrom(String sourceModule, Collection<UUID> sourceIds) {
        List<UUID> ids = new ArrayList<>(sourceIds);
        int deleted = 0;
        for (int from = 0; from < ids.size(); from += 1000) {
            deleted += em.createQuery("delete from TimelineEvent t where t.sourceModule = :module"
                            + " and t.sourceId in :ids")
                    .setParameter("module", sourceModule)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).executeUpdate();
        }
        return deleted;
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

    /** The signal cases whose signals reached the household (from the timeline lines they left), newest first. */
    public List<Object[]> signalCasesOf(UUID householdId) {
        return em.createQuery("select t.sourceId, min(t.occurredAt) from TimelineEvent t"
                        + " where t.householdId = :household and t.kind = 'SIGNAL_RECEIVED' and t.sourceId is not null"
                        + " group by t.sourceId order by min(t.occurredAt) desc", Object[].class)
                .setParameter("household", householdId).setMaxResults(100).getResultList();
    }
}
