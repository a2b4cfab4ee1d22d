package nl.wijkregie.casefile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.casefile.CaseSummary;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.casefile.OpenCaseRef;
import nl.wijkregie.casefile.CaseloadPage;
import nl.wijkregie.casefile.CaseloadQuery;
import nl.wijkregie.casefile.domain.CaseFile;

/**
 * Case files. The caseload list is a read model in SQL that joins the household table for name and wijk (read only;
 * households are written by their own module), shaped for the partial indexes on open cases.
 */
@ApplicationScoped
public class CaseFileRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(CaseFile caseFile) {
        em.persist(caseFile);
    }

    /** The next case number of the year the case opens in (e.g. 2026-000123), from the database's counter. */
    public String nextCaseNumber(java.time.Instant openedAt) {
        return (String) em.createNativeQuery("select wijkregie.next_case_number(cast(:at as timestamptz))")
                .setParameter("at", java.time.OffsetDateTime.ofInstant(openedAt, java.time.ZoneOffset.UTC))
                .getSingleResult();
    }

    static final String READ_ONLY = "org.hibernate.readOnly";

    /**
     * The case with its domains and professionals in one query, for reading only: Hibernate keeps no snapshot and
     * skips it at flush (the case view is the most frequent request).
     */
    public Optional<CaseFile> findForReading(UUID id) {
        return em.createQuery("select c from CaseFile c left join fetch c.domains"
                        + " left join fetch c.involvedProfessionals where c.id = :id", CaseFile.class)
                .setParameter("id", id).setHint(READ_ONLY, true).getResultStream().findFirst();
    }

    /** The case with its domains and professionals, in one round trip each. */
    public Optional<CaseFile> find(UUID id) {
        Optional<CaseFile> found = em.createQuery(
                        "select c from CaseFile c left join fetch c.domains where c.id = :id", CaseFile.class)
                .setParameter("id", id).getResultStream().findFirst();
        found.ifPresent(c -> c.getInvolvedProfessionals().size());
        return found;
    }

    public Map<UUID, OpenCaseRef> openCasesOf(Collection<UUID> householdIds) {
        Map<UUID, OpenCaseRef> open = new HashMap<>();
        if (householdIds.isEmpty()) {
            return open;
        }
        List<Object[]> rows = em.createQuery("select c.householdId, c.id, c.regisseurId from CaseFile c"
                        + " where c.householdId in :households"
                        + " and c.status <> nl.wijkregie.casefile.domain.CaseStatus.AFGESLOTEN", Object[].class)
                .setParameter("households", householdIds).getResultList();
        for (Object[] row : rows) {
            open.put((UUID) row[0], new OpenCaseRef(new CaseId((UUID) row[1]), (String) row[2]));
        }
        return open;
    }

    public Optional<CaseFile> openCaseOf(UUID householdId) {
        return em.createQuery("select c from CaseFile c where c.householdId = :household and c.status <> "
                        + "nl.wijkregie.casefile.domain.CaseStatus.AFGESLOTEN", CaseFile.class)
                .setParameter("household", householdId).getResultStream().findFirst();
    }

    public List<CaseFile> findAll(Collection<UUID> ids) {
        return em.createQuery("select distinct c from CaseFile c left join fetch c.domains where c.id in :ids",
                        CaseFile.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<UUID> caseIdsOfHousehold(UUID householdId) {
        return em.createQuery("select c.id from CaseFile c where c.householdId = :household", UUID.class)
                .setParameter("household", householdId).getResultList();
    }

    public void flush() {
        em.flush();
    }

    public CaseloadPage caseload(Collection<UUID> teamIds, String userId, CaseloadQuery query, LocalDate today) {
        if (teamIds.isEmpty()) {
            return new CaseloadPage(List.of(), query.page().page(), query.page().size(), 0, false);
        }
        StringBuilder where = new StringBuilder(" from wijkregie.case_file c join wijkregie.household h"
                + " on h.id = c.household_id where c.team_id in (:teams)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("teams", teamIds);
        if (query.householdId() != null) {
            where.append(" and c.household_id = :household");
            parameters.put("household", query.householdId());
        }
        if (query.status() == null && query.householdId() == null) {
            where.append(" and c.status <> 'AFGESLOTEN'");
        } else if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status());
        }
        if (query.scope() == CaseloadQuery.Scope.MINE) {
            where.append(" and c.regisseur_id = :me");
            parameters.put("me", userId);
        } else if (CaseloadQuery.NO_REGISSEUR.equals(query.regisseurId())) {
            where.append(" and c.regisseur_id is null");
        } else if (query.regisseurId() != null) {
            where.append(" and c.regisseur_id = :regisseur");
            parameters.put("regisseur", query.regisseurId());
        }
        if (query.domain() != null) {
            where.append(" and exists (select 1 from wijkregie.case_domain d where d.case_id = c.id"
                    + " and d.domain = :domain)");
            parameters.put("domain", query.domain());
        }
        if (query.wijkCode() != null) {
            where.append(" and h.wijk_code = :wijk");
            parameters.put("wijk", query.wijkCode());
        }
        if (query.overdueOnly()) {
            where.append(" and c.due_on < :today and c.status <> 'AFGESLOTEN'");
            parameters.put("today", Date.valueOf(today));
        }
        String order = switch (query.sort()) {
            case DUE -> " order by c.due_on nulls last, c.id";
            case OPENED -> " order by c.opened_at desc, c.id";
            case HOUSEHOLD -> " order by h.display_name, c.id";
            case STATUS -> " order by c.status, c.due_on nulls last, c.id";
        };
        Query rows = em.createNativeQuery("select c.id, c.household_id, h.display_name, h.wijk_code, c.team_id,"
                + " c.status, c.regisseur_id, c.due_on, c.opened_at, c.case_number,"
                // the regisseur by name: professional names are the security module's, read here like the household
                + " (select p.display_name from wijkregie.professional p where p.user_id = c.regisseur_id)"
                + where + order
                + " limit :limit offset :offset");
        parameters.forEach(rows::setParameter);
        rows.setParameter("limit", query.page().size()).setParameter("offset", query.page().offset());
        @SuppressWarnings("unchecked")
        List<Object[]> result = rows.getResultList();
        Map<UUID, List<String>> domains = domainsOf(result.stream().map(r -> (UUID) r[0]).toList());
        List<CaseSummary> items = new ArrayList<>();
        for (Object[] row : result) {
            UUID id = (UUID) row[0];
            LocalDate dueOn = toLocalDate(row[7]);
            boolean open = !"AFGESLOTEN".equals(row[5]);
            items.add(new CaseSummary(id, (UUID) row[1], (String) row[2], (String) row[3], (UUID) row[4],
                    (String) row[5], (String) row[6], dueOn, open && dueOn != null && dueOn.isBefore(today),
                    toInstant(row[8]), domains.getOrDefault(id, List.of()), (String) row[9],
                    row[6] == null ? null : row[10] == null ? "Naam onbekend" : (String) row[10]));
        }
        Query count = em.createNativeQuery("select count(*) from (select 1" + where + " limit "
                + (CaseloadPage.COUNT_LIMIT + 1) + ") limited");
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        return new CaseloadPage(items, query.page().page(), query.page().size(),
                Math.min(total, CaseloadPage.COUNT_LIMIT), total > CaseloadPage.COUNT_LIMIT);
    }

    private Map<UUID, List<String>> domainsOf(List<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> domains = new HashMap<>();
        em.createQuery("select d.caseFile.id, d.domain from DomainAssignment d where d.caseFile.id in :ids"
                        + " order by d.domain", Object[].class)
                .setParameter("ids", caseIds)
                .getResultList()
                .forEach(row -> {
                    List<String> list = domains.computeIfAbsent((UUID) row[0], k -> new ArrayList<>());
                    String domain = row[1].toString();
                    if (!list.contains(domain)) {
                        list.add(domain);
                    }
                });
        return domains;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (java.time.Instant) value;
    }
}
