package nl.wijkregie.signal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.shared.WorkingDays;
import nl.wijkregie.signal.PartnerSignalStatus;
import nl.wijkregie.signal.SignalInboxItem;
import nl.wijkregie.signal.SignalInboxPage;
import nl.wijkregie.signal.SignalInboxQuery;
import nl.wijkregie.signal.domain.MatchStatus;
import nl.wijkregie.signal.domain.Priority;

/** Read models in SQL for the inbox and the partners' status feed, shaped for their indexes. */
@ApplicationScoped
public class SignalQueries {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /** Open cases of the teams matching the query: a page in inbox order and the count (capped, see the page). */
    public SignalInboxPage inbox(Collection<UUID> teams, SignalInboxQuery query, LocalDate today) {
        if (teams.isEmpty()) {
            return new SignalInboxPage(List.of(), query.page().page(), query.page().size(), 0, false);
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(teams, query, today, parameters);
        String sql = "select c.id, c.team_id, c.priority, c.contact_deadline, c.escalated_at, c.match_status,"
                + " c.address_key, c.wijk_code, c.household_id, c.regisseur_id, c.opened_at,"
                + " s.signals, s.creditors, s.amount, s.name, c.assigned_to"
                + " from signal_case c cross join lateral (select count(*) as signals,"
                + "   count(distinct lower(x.partner_organisation)) as creditors, sum(x.amount_cents) as amount,"
                + "   min(concat_ws(' ', coalesce(x.initials, x.first_name), x.surname_prefix, x.surname)) as name"
                + "   from signal x where x.signal_case_id = c.id) s"
                + where
                + " order by (c.contact_deadline < :today) desc,"
                + " case c.priority when 'HOOG' then 0 when 'MIDDEN' then 1 when 'LAAG' then 2 else 3 end,"
                + " c.contact_deadline nulls last, c.opened_at, c.id"
                + " offset " + query.page().offset() + " limit " + query.page().size();
        Query rowsQuery = em.createNativeQuery(sql);
        parameters.forEach(rowsQuery::setParameter);
        rowsQuery.setParameter("today", Date.valueOf(today));
        List<?> rows = rowsQuery.getResultList();
        List<SignalInboxItem> items = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            LocalDate deadline = toDate(c[3]);
            items.add(new SignalInboxItem((UUID) c[0], (UUID) c[1], Priority.valueOf((String) c[2]), deadline,
                    deadline == null ? null : WorkingDays.workingDaysUntil(today, deadline),
                    deadline != null && deadline.isBefore(today), toInstant(c[4]),
                    MatchStatus.valueOf((String) c[5]), (String) c[6], (String) c[7], (String) c[14], (UUID) c[8],
                    (String) c[9], ((Number) c[11]).intValue(), ((Number) c[12]).intValue(),
                    ((Number) c[13]).longValue(), toInstant(c[10]), (String) c[15]));
        }
        Query countQuery = em.createNativeQuery("select count(*) from (select 1 from signal_case c" + where
                + " limit " + (SignalInboxPage.COUNT_LIMIT + 1) + ") counted");
        parameters.forEach(countQuery::setParameter);
        long count = ((Number) countQuery.getSingleResult()).longValue();
        return new SignalInboxPage(items, query.page().page(), query.page().size(),
                Math.min(count, SignalInboxPage.COUNT_LIMIT), count > SignalInboxPage.COUNT_LIMIT);
    }

    private static String where(Collection<UUID> teams, SignalInboxQuery query, LocalDate today,
                                Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where c.team_id in (:teams) and c.status = 'OPEN'");
        parameters.put("teams", teams);
        if (query.priority() != null) {
            where.append(" and c.priority = :priority");
            parameters.put("priority", query.priority().name());
        }
        if (query.wijkCode() != null) {
            where.append(" and c.wijk_code = :wijk");
            parameters.put("wijk", query.wijkCode());
        }
        if (query.matchStatus() != null) {
            where.append(" and c.match_status = :match");
            parameters.put("match", query.matchStatus().name());
        }
        if (query.assignee() != null) {
            if (query.assignee().equals(SignalInboxQuery.UNASSIGNED)) {
                where.append(" and c.assigned_to is null");
            } else {
                where.append(" and c.assigned_to = :assignee");
                parameters.put("assignee", query.assignee());
            }
        }
        switch (query.deadline()) {
            case OVERDUE -> {
                where.append(" and c.contact_deadline < :from");
                parameters.put("from", Date.valueOf(today));
            }
            case SOON -> {
                where.append(" and c.contact_deadline >= :from and c.contact_deadline <= :until");
                parameters.put("from", Date.valueOf(today));
                parameters.put("until", Date.valueOf(WorkingDays.plusWorkingDays(today,
                        SignalInboxQuery.SOON_WORKING_DAYS)));
            }
            case ATTENTION -> {
                where.append(" and (c.contact_deadline < :from or c.escalated_at is not null)");
                parameters.put("from", Date.valueOf(today));
            }
            case ALL -> {
            }
        }
        return where.toString();
    }

    /** The candidate households of each of these cases (cases without candidates are left out). */
    public Map<UUID, List<UUID>> candidatesOf(Collection<UUID> caseIds) {
        Map<UUID, List<UUID>> candidates = new HashMap<>();
        if (caseIds.isEmpty()) {
            return candidates;
        }
        List<?> rows = em.createNativeQuery("select signal_case_id, household_id from signal_match_candidate"
                + " where signal_case_id in (:ids)").setParameter("ids", caseIds).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            candidates.computeIfAbsent((UUID) c[0], id -> new ArrayList<>()).add((UUID) c[1]);
        }
        return candidates;
    }

    /** One line of a partner's status feed with the signal case it reveals something about (for the access log). */
    public record PartnerStatusRow(PartnerSignalStatus status, UUID signalCaseId, UUID teamId) {
    }

    public List<PartnerStatusRow> partnerStatus(String account, String reference) {
        String sql = "select s.partner_reference, s.signal_date, s.received_at, c.status, c.priority, c.end_result,"
                + " c.id, c.team_id"
                + " from signal s join signal_case c on c.id = s.signal_case_id where s.partner_account = :account"
                + (reference == null ? "" : " and s.partner_reference = :reference")
                + " order by s.received_at desc limit 1000";
        var query = em.createNativeQuery(sql).setParameter("account", account);
        if (reference != null) {
            query.setParameter("reference", reference);
        }
        List<PartnerStatusRow> statuses = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            String endResult = (String) c[5];
            boolean notPickedUp = "GEEN".equals(c[4]) || (endResult != null && nl.wijkregie.signal.domain.EndResult
                    .valueOf(endResult).signalStatus() != null);
            statuses.add(new PartnerStatusRow(new PartnerSignalStatus((String) c[0], toDate(c[1]), toInstant(c[2]),
                    notPickedUp ? PartnerSignalStatus.Status.NOT_PICKED_UP : PartnerSignalStatus.Status.PICKED_UP),
                    (UUID) c[6], (UUID) c[7]));
        }
        return statuses;
    }

    static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
