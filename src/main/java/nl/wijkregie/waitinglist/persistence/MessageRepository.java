package nl.wijkregie.waitinglist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.waitinglist.domain.ImportRowOutcome;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.ReferralMessage;

/** Imported events, imports and their row reports. */
@ApplicationScoped
public class MessageRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public Set<String> existingKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery("select m.key from ReferralMessage m where m.key in :keys", String.class)
                .setParameter("keys", keys).getResultList());
    }

    public Optional<MessageImport> importForUpdate(UUID id) {
        return Optional.ofNullable(em.find(MessageImport.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<MessageImport> importRun(UUID id) {
        return Optional.ofNullable(em.find(MessageImport.class, id));
    }

    public List<ImportRowOutcome> report(UUID importId, int limit) {
        return em.createQuery("select r from ImportRowOutcome r where r.importId = :id order by r.rowNumber",
                ImportRowOutcome.class).setParameter("id", importId).setMaxResults(limit).getResultList();
    }

    public List<ReferralMessage> withStatus(ReferralMessage.Status status, int limit) {
        return em.createQuery("select m from ReferralMessage m where m.status = :status"
                        + " order by m.receivedAt desc, m.rowNumber", ReferralMessage.class)
                .setParameter("status", status).setMaxResults(limit).getResultList();
    }
}
