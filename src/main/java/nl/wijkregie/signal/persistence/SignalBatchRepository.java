package nl.wijkregie.signal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.signal.domain.SignalBatch;

/** Batches, their rejected rows, and the partner accounts that upload them. */
@ApplicationScoped
public class SignalBatchRepository {

    /** A rejected row as the report shows it. */
    public record Rejection(int rowNumber, String reference, String reasons, String rawRow) {
    }

    /** A partner account: who it is and which DDAS partner type it has. */
    public record PartnerAccount(String account, String organisation, String partnerType) {
    }

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(SignalBatch batch) {
        em.persist(batch);
    }

    public Optional<SignalBatch> find(UUID id) {
        return Optional.ofNullable(em.find(SignalBatch.class, id));
    }

    public List<SignalBatch> recent(String uploadedBy, int limit) {
        return em.createQuery("select b from SignalBatch b where :user is null or b.uploadedBy = :user"
                        + " order by b.uploadedAt desc", SignalBatch.class)
                .setParameter("user", uploadedBy).setMaxResults(limit).getResultList();
    }

    public List<UUID> unfinished() {
        return em.createQuery("select b.id from SignalBatch b where b.status in :statuses order by b.uploadedAt",
                        UUID.class)
                .setParameter("statuses", List.of(SignalBatch.Status.RECEIVED, SignalBatch.Status.RUNNING))
                .getResultList();
    }

    public void reject(UUID batchId, int rowNumber, String reference, String reasons, String rawRow) {
        em.createNativeQuery("insert into signal_batch_rejection (batch_id, row_number, reference, reasons, raw_row)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .setParameter(1, batchId).setParameter(2, rowNumber).setParameter(3, cut(reference, 100))
                .setParameter(4, cut(reasons, 2000)).setParameter(5, cut(rawRow, 4000)).executeUpdate();
    }

    public List<Rejection> rejections(UUID batchId, int limit) {
        List<?> rows = em.createNativeQuery("select row_number, reference, reasons, raw_row"
                        + " from signal_batch_rejection where batch_id = ? order by row_number")
                .setParameter(1, batchId).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new Rejection(((Number) c[0]).intValue(),
                (String) c[1], (String) c[2], (String) c[3])).toList();
    }

    public Optional<PartnerAccount> partner(String account) {
        List<?> rows = em.createNativeQuery("select account, organisation, partner_type from signal_partner"
                + " where account = ?").setParameter(1, account).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(c -> new PartnerAccount((String) c[0], (String) c[1], (String) c[2])).findFirst();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
