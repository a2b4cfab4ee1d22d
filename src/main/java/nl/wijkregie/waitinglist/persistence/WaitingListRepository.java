package nl.wijkregie.waitinglist.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.waitinglist.domain.Provider;
import nl.wijkregie.waitinglist.domain.Referral;
import nl.wijkregie.waitinglist.domain.ReferralCheckIn;
import nl.wijkregie.waitinglist.domain.WaitingCase;
import nl.wijkregie.waitinglist.domain.WaitingNorm;
import org.hibernate.Session;

/**
 * The waiting list module's tables. The dashboard's figures are aggregated in the database (group by, filtered by
 * team and period on indexed columns) so a team lead's landing page costs a handful of queries, not one per case.
 */
@ApplicationScoped
public class WaitingListRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Referral> referral(UUID id) {
        return Optional.ofNullable(em.find(Referral.class, id));
    }

    public Optional<Referral> referralForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Referral> referralsOfCase(UUID caseId) {
        return em.createQuery("select r from Referral r where r.caseId = :id order by r.createdAt desc, r.id",
                Referral.class).setParameter("id", caseId).getResultList();
    }

    /**
     * The referrals (not withdrawn) of these members for these products and providers, newest first, with their
     * pauses: one query per chunk of an event import, loading only referrals an event of the chunk can match.
     */
    public List<Referral> referralsOfMembers(Collection<UUID> memberIds, Collection<String> productCodes,
                                             Collection<UUID> providerIds) {
        if (memberIds.isEmpty() || productCodes.isEmpty() || providerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Referral r left join fetch r.pauses where r.memberId in :members"
                        + " and r.productCode in :products and r.providerId in :providers and r.withdrawnOn is null"
                        + " order by r.createdAt desc", Referral.class)
                .setParameter("members", memberIds).setParameter("products", productCodes)
                .setParameter("providers", providerIds).getResultList();
    }

    /** What an imported event matches a referral on: the member, the product and the provider. */
    public record MatchKey(UUID memberId, String productCode, UUID providerId) {
    }

    /**
     * The open referrals with exactly these keys (newest first) with their pauses, for a chunk of the message
     * import: their ids in one query over the keys as arrays (the three lists apart would also load every other
     * referral of the chunk's members, which the flush then checks for changes), then the referrals with their
     * pauses in a second.
     */
    public List<Referral> referralsMatching(Collection<MatchKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("select r.id from waitinglist_referral r"
                    + " join unnest(?, ?, ?) k (member_id, product_code, provider_id) on r.member_id = k.member_id"
                    + " and r.product_code = k.product_code and r.provider_id = k.provider_id"
                    + " where r.withdrawn_on is null")) {
                query.setArray(1, connection.createArrayOf("uuid", keys.stream().map(MatchKey::memberId).toArray()));
                query.setArray(2, connection.createArrayOf("varchar", keys.stream().map(MatchKey::productCode)
                        .toArray()));
                query.setArray(3, connection.createArrayOf("uuid", keys.stream().map(MatchKey::providerId)
                        .toArray()));
                List<UUID> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
                return found;
            }
        });
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Referral r left join fetch r.pauses where r.id in :ids"
                + " order by r.createdAt desc", Referral.class).setParameter("ids", ids).getResultList();
    }

    /** The waiting referrals of the teams (request sent, no care started, not withdrawn), longest waiting first. */
    public List<Referral> waiting(Collection<UUID> teamIds, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Referral> waiting = listed(em.createNativeQuery("select * from waitinglist_referral where team_id in"
                        + " (:teams) and care_started_on is null and withdrawn_on is null and request_sent_on is not null"
                        + " order by urgency desc, request_sent_on, id", Referral.class)
                .setParameter("teams", teamIds).setMaxResults(limit), Referral.class);
        if (!waiting.isEmpty()) {
            fetchPauses(waiting);
        }
        return waiting;
    }

    /**
     * Loads the pauses of referrals read by a native query in one query (such entities are not batch-fetched: one
     * query each). The ids go in as single parameters, not as one list parameter: a query with a list parameter is
     * translated from HQL at every execution, this text once per number of referrals (at most the list's limit;
     * ADR 0033).
     */
    private void fetchPauses(List<Referral> referrals) {
        String ids = java.util.stream.IntStream.range(0, referrals.size()).mapToObj(i -> ":id" + i)
                .collect(Collectors.joining(", "));
        var query = em.createQuery("select distinct r from Referral r left join fetch r.pauses where r.id in (" + ids
                + ")", Referral.class);
        for (int i = 0; i < referrals.size(); i++) {
            query.setParameter("id" + i, referrals.get(i).getId());
        }
        query.getResultList();
    }

    /** Per ISO week (its Monday): requests sent, and referrals that left the list (care started or withdrawn). */
    @SuppressWarnings("unchecked")
    public List<Object[]> flowPerWeek(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                select week, sum(inflow), sum(outflow) from (
                  select date_trunc('week', request_sent_on)::date week, 1 inflow, 0 outflow from waitinglist_referral
                   where team_id in (:teams) and request_sent_on between :from and :to
                  union all
                  select date_trunc('week', coalesce(care_started_on, withdrawn_on))::date, 0, 1 from waitinglist_referral
                   where team_id in (:teams) and coalesce(care_started_on, withdrawn_on) between :from and :to
                     and request_sent_on is not null) f
                group by week order by week""")
                .setParameter("teams", teamIds).setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to)).getResultList();
    }

    /**
     * p50 and p90 (nearest rank: percentile_disc) of the days counted against the norm, of referrals whose care
     * started in [from, to]: per product × wijk × provider, per product × wijk and per product (grouping sets).
     * Columns: product, wijk (null: all), provider (null: all), count, p50, p90.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> waitingPercentiles(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("""
                select product_code, case when grouping(wijk_code) = 0 then coalesce(wijk_code, '-') end,
                       provider_id, count(*),
                       percentile_disc(0.5) within group (order by waiting_days),
                       percentile_disc(0.9) within group (order by waiting_days)
                from waitinglist_referral
                where team_id in (:teams) and care_started_on between :from and :to and waiting_days is not null
                group by grouping sets ((product_code, wijk_code, provider_id), (product_code, wijk_code), (product_code))
                order by product_code, 2 nulls first, 3 nulls first""")
                .setParameter("teams", teamIds).setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to)).getResultList();
    }

    /**
     * The provider board, waiting now: per provider × product the number waiting and the median of the days counted
     * so far (today − request − paused days; pauses of one referral never overlap).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> boardWaiting(LocalDate today) {
        return em.createNativeQuery("""
                select provider_id, product_code, count(*), percentile_disc(0.5) within group (order by waited)
                from (select r.provider_id, r.product_code, (:today - r.request_sent_on)
                        - coalesce((select sum(least(coalesce(p.until_on, :today), :today) - p.from_on)
                                    from waitinglist_pause p where p.referral_id = r.id), 0) waited
                      from waitinglist_referral r
                      where r.care_started_on is null and r.withdrawn_on is null and r.request_sent_on is not null) w
                group by provider_id, product_code""")
                .setParameter("today", Date.valueOf(today)).getResultList();
    }

    /** The provider board, started in [from, to]: per provider × product count, p50 and p90 of the counted days. */
    @SuppressWarnings("unchecked")
    public List<Object[]> boardStarted(LocalDate from, LocalDate to) {
        return em.createNativeQuery("""
                select provider_id, product_code, count(*),
                       percentile_disc(0.5) within group (order by waiting_days),
                       percentile_disc(0.9) within group (order by waiting_days)
                from waitinglist_referral
                where care_started_on between :from and :to and waiting_days is not null
                group by provider_id, product_code""")
                .setParameter("from", Date.valueOf(from)).setParameter("to", Date.valueOf(to)).getResultList();
    }

    /** The stored dashboard figures of a team set and period: when they were computed and their JSON. */
    @SuppressWarnings("unchecked")
    public Optional<StoredFigures> dashboardFigures(String scope, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery("select computed_at, figures from waitinglist_dashboard_figures"
                        + " where scope = :scope and period_from = :from and period_to = :to")
                .setParameter("scope", scope).setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to)).getResultList();
        return rows.stream().findFirst().map(r -> new StoredFigures(instant(r[0]), (String) r[1]));
    }

    /** When the stored dashboard figures of a team set and period were computed, without reading them. */
    @SuppressWarnings("unchecked")
    public Optional<Instant> dashboardFiguresComputedAt(String scope, LocalDate from, LocalDate to) {
        List<Object> rows = em.createNativeQuery("select computed_at from waitinglist_dashboard_figures"
                        + " where scope = :scope and period_from = :from and period_to = :to")
                .setParameter("scope", scope).setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to)).getResultList();
        return rows.stream().findFirst().map(WaitingListRepository::instant);
    }

    /**
     * Takes the transaction-scoped advisory lock of a team set's figures without waiting: true for the one
     * transaction (on any node) that recomputes them, false while another does.
     */
    public boolean tryLockDashboardFigures(String scope, LocalDate from, LocalDate to) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(:key, 28))")
                .setParameter("key", "dashboard-figures " + scope + " " + from + " " + to).getSingleResult();
    }

    /** Stores freshly computed figures, and forgets those nobody asked for in the last day. */
    public void saveDashboardFigures(String scope, LocalDate from, LocalDate to, Instant computedAt, String figures) {
        em.createNativeQuery("""
                insert into waitinglist_dashboard_figures (scope, period_from, period_to, computed_at, figures)
                values (:scope, :from, :to, :at, :figures)
                on conflict (scope, period_from, period_to)
                do update set computed_at = excluded.computed_at, figures = excluded.figures""")
                .setParameter("scope", scope).setParameter("from", Date.valueOf(from))
                .setParameter("to", Date.valueOf(to)).setParameter("at", java.sql.Timestamp.from(computedAt))
                .setParameter("figures", figures).executeUpdate();
        em.createNativeQuery("delete from waitinglist_dashboard_figures where computed_at < :before")
                .setParameter("before", java.sql.Timestamp.from(computedAt.minus(java.time.Duration.ofDays(1))))
                .executeUpdate();
    }

    public record StoredFigures(Instant computedAt, String json) {
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public Optional<WaitingCase> waitingCase(UUID caseId) {
        return Optional.ofNullable(em.find(WaitingCase.class, caseId));
    }

    /** Per regisseur (null: unassigned) of the teams: open cases, and of those opened since {@code since}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> caseload(Collection<UUID> teamIds, Instant since) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select regisseur_id, count(*), count(*) filter (where opened_at >= :since)"
                        + " from waitinglist_case where team_id in (:teams) and closed_at is null"
                        + " group by regisseur_id order by regisseur_id nulls first")
                .setParameter("teams", teamIds).setParameter("since", java.sql.Timestamp.from(since))
                .getResultList();
    }

    public List<WaitingCase> unassigned(Collection<UUID> teamIds, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return listed(em.createNativeQuery("select * from waitinglist_case where team_id in (:teams)"
                        + " and closed_at is null and regisseur_id is null order by opened_at, case_id", WaitingCase.class)
                .setParameter("teams", teamIds).setMaxResults(limit), WaitingCase.class);
    }

    /** The wijkteam's own waiting list: open cases without a first conversation yet, longest waiting first. */
    public List<WaitingCase> awaitingIntake(Collection<UUID> teamIds, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return listed(em.createNativeQuery("select * from waitinglist_case where team_id in (:teams)"
                        + " and closed_at is null and intake_at is null order by opened_at, case_id", WaitingCase.class)
                .setParameter("teams", teamIds).setMaxResults(limit), WaitingCase.class);
    }

    /** How many open cases of the teams wait for their first conversation. */
    public long awaitingIntakeCount(Collection<UUID> teamIds) {
        return teamIds.isEmpty() ? 0 : em.createQuery("select count(c) from WaitingCase c where c.teamId in :teams"
                + " and c.closedAt is null and c.intakeAt is null", Long.class).setParameter("teams", teamIds)
                .getSingleResult();
    }

    /** How many referrals of the teams wait for care (request sent, not started, not withdrawn). */
    public long waitingCount(Collection<UUID> teamIds) {
        return teamIds.isEmpty() ? 0 : em.createQuery("select count(r) from Referral r where r.teamId in :teams"
                + " and r.careStartedOn is null and r.withdrawnOn is null and r.requestSentOn is not null", Long.class)
                .setParameter("teams", teamIds).getSingleResult();
    }

    public List<WaitingNorm> norms() {
        return em.createQuery("select n from WaitingNorm n order by n.appliesTo, n.region", WaitingNorm.class)
                .getResultList();
    }

    public Optional<WaitingNorm> norm(UUID id) {
        return Optional.ofNullable(em.find(WaitingNorm.class, id));
    }

    public List<Provider> providers() {
        return em.createQuery("select p from Provider p order by lower(p.name), p.id", Provider.class).getResultList();
    }

    public Optional<Provider> provider(UUID id) {
        return Optional.ofNullable(em.find(Provider.class, id));
    }

    public Optional<Provider> providerWithAgb(String agbCode) {
        return em.createQuery("select p from Provider p where p.agbCode = :agb", Provider.class)
                .setParameter("agb", agbCode).getResultStream().findFirst();
    }

    /** The check-ins of these referrals, oldest first. */
    public List<ReferralCheckIn> checkInsOf(Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return listed(em.createNativeQuery("select * from waitinglist_check_in where referral_id in (:ids)"
                + " order by held_on, recorded_at", ReferralCheckIn.class).setParameter("ids", referralIds),
                ReferralCheckIn.class);
    }

    public Optional<WaitingNorm> norm(String appliesTo, String region) {
        return em.createQuery("select n from WaitingNorm n where n.appliesTo = :a and n.region = :r", WaitingNorm.class)
                .setParameter("a", appliesTo).setParameter("r", region).getResultStream().findFirst();
    }

    /**
     * The referrals behind one cell of the waiting-time table (same filter as {@link #waitingPercentiles}): care
     * started in [from, to], of this product; {@code wijkCode} null is every wijk and "-" no wijk, {@code providerId}
     * null every provider. Longest wait first.
     */
    public List<Referral> startedIn(Collection<UUID> teamIds, LocalDate from, LocalDate to, String productCode,
                                    String wijkCode, UUID providerId, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select r from Referral r where r.teamId in :teams"
                + " and r.careStartedOn between :from and :to and r.waitingDays is not null"
                + " and r.productCode = :product");
        if ("-".equals(wijkCode)) {
            jpql.append(" and r.wijkCode is null");
        } else if (wijkCode != null) {
            jpql.append(" and r.wijkCode = :wijk");
        }
        if (providerId != null) {
            jpql.append(" and r.providerId = :provider");
        }
        jpql.append(" order by r.waitingDays desc, r.careStartedOn, r.id");
        var query = em.createQuery(jpql.toString(), Referral.class).setParameter("teams", teamIds)
                .setParameter("from", from).setParameter("to", to).setParameter("product", productCode);
        if (wijkCode != null && !"-".equals(wijkCode)) {
            query.setParameter("wijk", wijkCode);
        }
        if (providerId != null) {
            query.setParameter("provider", providerId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * The entities of a native query. The dashboard's lists take a list of teams: Hibernate cannot cache the plan of an
     * HQL query with a list parameter and translates it anew at every execution, a native one it only binds (ADR 0033).
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> listed(jakarta.persistence.Query query, Class<T> type) {
        return (List<T>) query.getResultList();
    }
}
