package nl.wijkregie.casefile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.casefile.domain.JournalEntry;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;

@ApplicationScoped
public class JournalRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(JournalEntry entry) {
        em.persist(entry);
    }

    /**
     * Newest first, only the notes this reader may see: confidential notes are filtered in the query, so they are
     * neither returned nor counted for anyone but their author and the regisseur.
     */
    public Page<JournalEntry> readableEntries(UUID caseId, String reader, boolean readerIsRegisseur,
                                              PageRequest request) {
        String visible = " where e.caseId = :case and (e.confidential = false or e.authorId = :reader or :regisseur = true)";
        List<UUID> ids = em.createQuery("select e.id from JournalEntry e" + visible
                        + " order by e.writtenAt desc, e.id", UUID.class)
                .setParameter("case", caseId).setParameter("reader", reader)
                .setParameter("regisseur", readerIsRegisseur)
                .setFirstResult(request.offset()).setMaxResults(request.size())
                .getResultList();
        List<JournalEntry> entries = ids.isEmpty() ? List.of() : em.createQuery(
                        "select distinct e from JournalEntry e left join fetch e.memberIds where e.id in :ids"
                                + " order by e.writtenAt desc, e.id", JournalEntry.class)
                .setParameter("ids", ids).getResultList();
        long total = em.createQuery("select count(e) from JournalEntry e" + visible, Long.class)
                .setParameter("case", caseId).setParameter("reader", reader)
                .setParameter("regisseur", readerIsRegisseur).getSingleResult();
        return new Page<>(entries, request.page(), request.size(), total);
    }
}
