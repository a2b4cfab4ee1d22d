package nl.wijkregie.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessRecord;
import nl.wijkregie.audit.ChainVerification;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.audit.domain.AccessLogEntry;
import nl.wijkregie.audit.domain.ChainAnchor;
import nl.wijkregie.audit.domain.ChainHead;
import org.hibernate.Session;

@ApplicationScoped
public class AccessLogRepository {

    private static final int BATCH = 1000;
    private static final String INSERT = "insert into access_log (" + String.join(", ", AccessLogEntry.COLUMNS)
            + ") values (" + String.join(", ", Collections.nCopies(AccessLogEntry.COLUMNS.size(), "?")) + ")";
    private static final String INSERT_MOVING_HEAD = "with moved as (update access_log_chain set last_sequence = ?,"
            + " last_hash = ? where stripe = ?) " + INSERT;

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public ChainHead lockHead(int stripe) {
        return em.find(ChainHead.class, stripe, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Writes the entries and moves the locked head on past the last of them, on the transaction's connection (see
     * {@link AccessLogEntry#COLUMNS} for why not persist()): the last entry and the head in one statement, the ones
     * before it in one JDBC batch — a request that logs one entry costs one statement besides the lock. The head is
     * then detached, so Hibernate does not write it again; a second append in the transaction reads it anew under
     * the lock it already holds.
     */
    public void appendAll(ChainHead head, List<AccessLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            if (entries.size() > 1) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (AccessLogEntry entry : entries.subList(0, entries.size() - 1)) {
                        bind(insert, entry, 0);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            try (PreparedStatement last = connection.prepareStatement(INSERT_MOVING_HEAD)) {
                last.setLong(1, head.lastSequence());
                last.setBytes(2, head.lastHash());
                last.setInt(3, head.stripe());
                bind(last, entries.get(entries.size() - 1), 3);
                last.executeUpdate();
            }
        });
        em.detach(head);
    }

    private static void bind(PreparedStatement statement, AccessLogEntry entry, int offset)
            throws java.sql.SQLException {
        List<Object> values = entry.columnValues();
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(offset + i + 1, values.get(i));
        }
    }

    /** Where a read of {@link #accessesTo} stopped: the order's key of the last entry read. */
    public record Position(Instant occurredAt, int stripe, long sequence) {
    }

    /** An access with its place in the order, to read on from. */
    public record Positioned(AccessRecord record, Position position) {
    }

    /**
     * At most {@code limit} accesses to these subjects logged before {@code until}, after {@code after} (null: from
     * the start), oldest first (index access_log_subject): a person's history can be of any length, so it is read in
     * pages.
     */
    public List<Positioned> accessesTo(Collection<UUID> subjectIds, Instant until, Position after, int limit) {
        String from = after == null ? "" : " and (e.occurredAt > :at or (e.occurredAt = :at and (e.stripe > :stripe"
                + " or (e.stripe = :stripe and e.sequence > :sequence))))";
        var query = em.createQuery("select e.occurredAt, e.userId, e.userRole, e.action, e.purpose, e.subjectType,"
                        + " e.subjectId, e.outcome, e.source, e.stripe, e.sequence from AccessLogEntry e"
                        + " where e.subjectId in :subjects and e.occurredAt < :until" + from
                        + " order by e.occurredAt, e.stripe, e.sequence", Object[].class)
                .setParameter("subjects", subjectIds).setParameter("until", until).setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.occurredAt()).setParameter("stripe", after.stripe())
                    .setParameter("sequence", after.sequence());
        }
        return query.getResultList().stream().map(r -> new Positioned(new AccessRecord((Instant) r[0],
                (String) r[1], (String) r[2], (AccessAction) r[3],
                (AccessPurpose) r[4], (SubjectType) r[5],
                (UUID) r[6], (String) r[7], (String) r[8]),
                new Position((Instant) r[0], ((Number) r[9]).intValue(), ((Number) r[10]).longValue())))
                .toList();
    }

    /** How many accesses to these subjects were logged before {@code until}. */
    public long countAccessesTo(Collection<UUID> subjectIds, Instant until) {
        return em.createQuery("select count(e) from AccessLogEntry e where e.subjectId in :subjects"
                        + " and e.occurredAt < :until", Long.class)
                .setParameter("subjects", subjectIds).setParameter("until", until).getSingleResult();
    }

    /** Every chain's head as committed now (no lock: a head and the entries up to it commit together). */
    public List<ChainHead> heads() {
        return em.createQuery("select h from ChainHead h order by h.stripe", ChainHead.class).getResultList();
    }

    /**
     * Walks every stripe in sequence order, in batches, and checks each link, the head at the end, and that the chain
     * still passes through every anchor kept outside the database: it was not cut back behind one. Each stripe is
     * walked up to its head as read at the start: entries that other requests (or nodes) append meanwhile are for the
     * next verification, not a break.
     */
    public ChainVerification verifyChains(List<ChainAnchor> anchors) {
        long checked = 0;
        Map<Integer, NavigableMap<Long, byte[]>> anchored = byStripe(anchors);
        List<ChainHead> heads = heads();
        for (ChainHead head : heads) {
            NavigableMap<Long, byte[]> anchorsOfStripe = anchored.getOrDefault(head.stripe(), new TreeMap<>());
            byte[] expectedPrevious = genesisHash(head.stripe());
            long expectedSequence = 1;
            long after = 0;
            while (true) {
                List<AccessLogEntry> batch = em.createQuery("""
                                select e from AccessLogEntry e where e.stripe = :stripe and e.sequence > :after
                                and e.sequence <= :last order by e.sequence""", AccessLogEntry.class)
                        .setParameter("stripe", head.stripe())
                        .setParameter("after", after)
                        .setParameter("last", head.lastSequence())
                        .setMaxResults(BATCH)
                        .getResultList();
                for (AccessLogEntry entry : batch) {
                    checked++;
                    byte[] anchoredHash = anchorsOfStripe.get(entry.sequence());
                    if (entry.sequence() != expectedSequence || !entry.isValidAfter(expectedPrevious)
                            || anchoredHash != null && !Arrays.equals(anchoredHash, entry.hash())) {
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
            boolean cutBehindAnAnchor = !anchorsOfStripe.isEmpty() && anchorsOfStripe.lastKey() >= expectedSequence;
            if (head.lastSequence() != expectedSequence - 1 || !Arrays.equals(head.lastHash(), expectedPrevious)
                    || cutBehindAnAnchor) {
                return ChainVerification.brokenAt(checked, null, head.stripe(), expectedSequence);
            }
        }
        return ChainVerification.intact(checked);
    }

    /** Two anchors that disagree about one entry cannot both be right: an empty hash matches no entry. */
    private static Map<Integer, NavigableMap<Long, byte[]>> byStripe(List<ChainAnchor> anchors) {
        Map<Integer, NavigableMap<Long, byte[]>> byStripe = new HashMap<>();
        for (ChainAnchor anchor : anchors) {
            byStripe.computeIfAbsent(anchor.stripe(), s -> new TreeMap<>()).merge(anchor.sequence(), anchor.hash(),
                    (one, other) -> Arrays.equals(one, other) ? one : new byte[0]);
        }
        return byStripe;
    }

    private byte[] genesisHash(int stripe) {
        return (byte[]) em.createNativeQuery("select wijkregie.access_log_genesis(:stripe)")
                .setParameter("stripe", stripe)
                .getSingleResult();
    }
}
