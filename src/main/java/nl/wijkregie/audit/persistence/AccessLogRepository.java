package nl.wijkregie.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import nl.wijkregie.audit.AccessRecord;
import nl.wijkregie.audit.ChainVerification;
import nl.wijkregie.audit.domain.AccessLogEntry;
import nl.wijkregie.audit.domain.ChainHead;

@ApplicationScoped
public class AccessLogRepository {

    private static final int BATCH = 1000;

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public ChainHead lockHead(int stripe) {
        return em.find(ChainHead.class, stripe, LockModeType.PESSIMISTIC_WRITE);
    }

    public void append(AccessLogEntry entry) {
        em.persist(entry);
    }

    /** Every access to these subjects, oldest first (index access_log_subject). */
    public List<AccessRecord> accessesTo(Collection<java.util.UUID> subjectIds) {
        return em.createQuery("""
                        select new nl.wijkregie.audit.AccessRecord(e.occurredAt, e.userId, e.userRole, e.action,
                            e.purpose, e.subjectType, e.subjectId, e.outcome, e.source)
                        from AccessLogEntry e where e.subjectId in :subjects
                        order by e.occurredAt, e.stripe, e.sequence""", AccessRecord.class)
                .setParameter("subjects", subjectIds)
                .getResultList();
    }

    /** Walks every stripe in sequence order, in batches, and checks each link and the head at the end. */
    public ChainVerification verifyChains() {
        long checked = 0;
        List<ChainHead> heads = em.createQuery("select h from ChainHead h order by h.stripe", ChainHead.class)
                .getResultList();
        for (ChainHead head : heads) {
            byte[] expectedPrevious = genesisHash(head.stripe());
            long expectedSequence = 1;
            long after = 0;
            while (true) {
                List<AccessLogEntry> batch = em.createQuery("""
                                select e from AccessLogEntry e where e.stripe = :stripe and e.sequence > :after
                                order by e.sequence""", AccessLogEntry.class)
                        .setParameter("stripe", head.stripe())
                        .setParameter("after", after)
                        .setMaxResults(BATCH)
                        .getResultList();
                for (AccessLogEntry entry : batch) {
                    checked++;
                    if (entry.sequence() != expectedSequence || !entry.isValidAfter(expectedPrevious)) {
                        return ChainVerification.brokenAt(checked, entry.id(), entry.stripe(), entry.sequence());
                    }
                    expectedPrevious = entry.hash();
                    expectedSequence++;
                    after = entry.sequence();
                }
                em.clear();
                if (batch.size() < BATCH) {
                    break;
                }
            }
            if (head.lastSequence() != expectedSequence - 1 || !Arrays.equals(head.lastHash(), expectedPrevious)) {
                return ChainVerification.brokenAt(checked, null, head.stripe(), expectedSequence);
            }
        }
        return ChainVerification.intact(checked);
    }

    private byte[] genesisHash(int stripe) {
        return (byte[]) em.createNativeQuery("select wijkregie.access_log_genesis(:stripe)")
                .setParameter("stripe", stripe)
                .getSingleResult();
    }
}
