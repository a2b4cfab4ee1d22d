package nl.wijkregie.signal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.domain.SignalCaseStatus;
import nl.wijkregie.signal.domain.SignalReport;

/** Signal cases with their signals, looked up many addresses at a time for imports. */
@ApplicationScoped
public class SignalCaseRepository {

    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(SignalCase signalCase) {
        em.persist(signalCase);
    }

    public void flush() {
        em.flush();
    }

    /**
     * For bulk intake: queries in this transaction no longer flush first. Hibernate's auto-flush inspects every
     * managed entity before each query, which makes a chunk of hundreds of new cases quadratic. What the intake wrote
     * is read back in the same transaction only through {@link #find}, which sees entities not yet written; they are
     * written once, at the end of the chunk or at the commit.
     */
    public void flushOnlyWhenAsked() {
        em.setFlushMode(FlushModeType.COMMIT);
    }

    /** The case, from this transaction's persistence context when it was just opened (and not yet written). */
    public Optional<SignalCase> find(UUID id) {
        return Optional.ofNullable(em.find(SignalCase.class, id));
    }

    /** Where a page of {@link #matchedPage} ended: the last case's opening moment and id. */
    public record PagePosition(Instant openedAt, UUID id) {
    }

    /**
     * A page of the cases matched in a period and opened up to {@code until}, with their signals and contact
     * attempts, in the order they were opened, after {@code after} (null for the first page). Keyset pagination over
     * (opened_at, id) (index signal_case_matched, V015) keeps every page as cheap as the first; the entities are read
     * only.
     */
    public List<SignalCase> matchedPage(LocalDate from, LocalDate to, Instant until, PagePosition after, int size) {
        Query query = em.createNativeQuery("select id from signal_case"
                        + " where matched_on between :from and :to and opened_at <= :until"
                        + (after == null ? "" : " and (opened_at, id) > (:openedAt, :id)")
                        + " order by opened_at, id limit :size")
                .setParameter("from", from).setParameter("to", to).setParameter("until", until)
                .setParameter("size", size);
        if (after != null) {
            query.setParameter("openedAt", after.openedAt()).setParameter("id", after.id());
        }
        List<UUID> ids = ((List<?>) query.getResultList()).stream().map(UUID.class::cast).toList();
        return ids.isEmpty() ? List.of() : loadForExport(ids);
    }

    /** The cases with signals and attempts, in the order of {@code ids}: two fetches, as both are lists (bags). */
    private List<SignalCase> loadForExport(List<UUID> ids) {
        Map<UUID, SignalCase> byId = new HashMap<>();
        em.createQuery("select distinct c from SignalCase c left join fetch c.signals where c.id in :ids",
                        SignalCase.class).setParameter("ids", ids).setHint(READ_ONLY, true)
                .getResultList().forEach(c -> byId.put(c.getId(), c));
        em.createQuery("select distinct c from SignalCase c left join fetch c.attempts where c.id in :ids",
                SignalCase.class).setParameter("ids", ids).setHint(READ_ONLY, true)
                .getResultList();
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * Of these partner references (one chunk's), the DDAS ids ({@code <PARTNER_TYPE>-<reference>}) that more than one
     * signal of the delivery has: signals of different organisations of one type may share a reference, and the
     * delivery then tells them apart. Asked per chunk through the reference index, so nothing grows with the period.
     */
    public Set<String> sharedDdasIds(Collection<String> references, LocalDate from, LocalDate to, Instant until) {
        if (references.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("select s.partner_type || '-' || s.partner_reference from signal s"
                        + " join signal_case c on c.id = s.signal_case_id"
                        + " where s.partner_reference in (:references)"
                        + " and c.matched_on between :from and :to and c.opened_at <= :until"
                        + " group by s.partner_type, s.partner_reference having count(*) > 1")
                .setParameter("references", references).setParameter("from", from).setParameter("to", to)
                .setParameter("until", until).getResultList();
        return rows.stream().map(Object::toString).collect(Collectors.toSet());
    }

    public List<UUID> idsOfHousehold(UUID householdId) {
        return em.createQuery("select c.id from SignalCase c where c.householdId = :household", UUID.class)
                .setParameter("household", householdId).getResultList();
    }

    /** Id, address key and team of each case, for labelling tasks. */
    public List<Object[]> labelsOf(Collection<UUID> ids) {
        return em.createQuery("select c.id, c.addressKey, c.teamId from SignalCase c where c.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList();
    }

    /**
     * The open case of each address, with its signals. In two steps: the ids through the index of open cases by
     * address, then only those cases with their signals. As one query with the join, PostgreSQL estimates a scan of
     * every case (with a parallel worker) cheaper than a thousand index lookups, and takes eight times as long.
     */
    public Map<String, SignalCase> openAt(Collection<String> addressKeys) {
        Map<String, SignalCase> open = new HashMap<>();
        if (addressKeys.isEmpty()) {
            return open;
        }
        List<UUID> ids = em.createQuery("select c.id from SignalCase c where c.addressKey in :keys"
                        + " and c.status = :open", UUID.class)
                .setParameter("keys", addressKeys).setParameter("open", SignalCaseStatus.OPEN).getResultList();
        if (ids.isEmpty()) {
            return open;
        }
        em.createQuery("select c from SignalCase c left join fetch c.signals where c.id in :ids", SignalCase.class)
                .setParameter("ids", ids).getResultList()
                .forEach(c -> open.put(c.getAddressKey(), c));
        return open;
    }

    /** The latest case of each address closed since {@code since}: a new signal there is a repeat. */
    public Map<String, UUID> closedSince(Collection<String> addressKeys, Instant since) {
        Map<String, UUID> closed = new HashMap<>();
        if (addressKeys.isEmpty()) {
            return closed;
        }
        List<Object[]> rows = em.createQuery("select c.addressKey, c.id from SignalCase c where c.addressKey in :keys"
                        + " and c.status = :closed and c.closedAt >= :since order by c.closedAt", Object[].class)
                .setParameter("keys", addressKeys).setParameter("closed", SignalCaseStatus.CLOSED)
                .setParameter("since", since).getResultList();
        rows.forEach(row -> closed.put((String) row[0], (UUID) row[1]));
        return closed;
    }

    /** Which of these (organisation, reference) pairs were imported before, as {@link SignalReport#referenceKey}. */
    public Set<String> knownReferences(Collection<SignalReport> reports) {
        Set<String> known = new HashSet<>();
        if (reports.isEmpty()) {
            return known;
        }
        List<?> rows = em.createNativeQuery("select lower(partner_organisation) || chr(31) || partner_reference"
                        + " from signal where partner_reference in (:references)"
                        + " and lower(partner_organisation) in (:organisations)")
                .setParameter("references", reports.stream().map(SignalReport::partnerReference).collect(
                        Collectors.toSet()))
                .setParameter("organisations", reports.stream()
                        .map(r -> SignalReport.organisationKey(r.partnerOrganisation())).collect(Collectors.toSet()))
                .getResultList();
        rows.forEach(row -> known.add(row.toString()));
        return known;
    }

}
