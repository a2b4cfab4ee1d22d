package nl.wijkregie.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import nl.wijkregie.audit.AccessRecord;
import nl.wijkregie.audit.ChainVerification;
import nl.wijkregie.audit.domain.AccessLogEntry;
import nl.wijkregie.audit.domain.ChainHead;
import org.hibernate.Session;

@ApplicationScoped
public class AccessLogRepository {

    private static final int BATCH = 1000;
    private static final String INSERT = "insert into access_log (" + String.join(", ", AccessLogEntry.COLUMNS)
            + ") values (" + String.join(", ", Collections.nCopies(AccessLogEntry.COLUMNS.size(), "?")) + ")";

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public ChainHead lockHead(int stripe) {
        return em.find(ChainHead.class, stripe, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One JDBC batch on the transaction's connection; see {@link AccessLogEntry#COLUMNS} for why not persist(). */
    public void appendAll(List<AccessLogEntry> entries) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AccessLogEntry entry : entries) {
                    List<Object> values = entry.columnValues();
                    for (int i = 0; i < values.size(); i++) {
                        insert.setObject(i + 1, values.get(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
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
