package nl.wijkregie.basics.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.basics.domain.BasicsFact;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.CheckedCase;
import nl.wijkregie.basics.domain.Dimension;
import nl.wijkregie.basics.domain.NotSolvable;
import nl.wijkregie.basics.domain.RecheckRun;
import nl.wijkregie.basics.domain.SignalArrears;

/**
 * The basics module's tables. The queries that feed a re-check take a whole chunk of households at once (latest fact
 * per dimension with {@code distinct on}, open signals), so a chunk costs a handful of round trips, not some per case.
 */
@ApplicationScoped
public class BasicsRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
    }

    public void addAll(Collection<?> entities) {
        entities.forEach(em::persist);
    }

    public void flush() {
        em.flush();
    }

    public Optional<CheckedCase> checkedCase(UUID caseId) {
        return Optional.ofNullable(em.find(CheckedCase.class, caseId));
    }

    public Optional<CheckedCase> checkedCaseForUpdate(UUID caseId) {
        return Optional.ofNullable(em.find(CheckedCase.class, caseId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<CheckedCase> openCasesOf(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CheckedCase c where c.open = true and c.householdId in :ids",
                CheckedCase.class).setParameter("ids", householdIds).getResultList();
    }

    /**
     * The next chunk of open cases after {@code after} (by id; none: from the start, the nil UUID being PostgreSQL's
     * smallest), for a streamed re-check.
     */
    public List<CheckedCase> openCasesAfter(UUID after, int limit) {
        return em.createQuery("select c from CheckedCase c where c.open = true and c.caseId > :after order by c.caseId",
                CheckedCase.class).setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit).getResultList();
    }

    public long countOpenCases() {
        return em.createQuery("select count(c) from CheckedCase c where c.open", Long.class).getSingleResult();
    }

    /** The latest fact per dimension of each household. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<Dimension, BasicsFact>> latestFacts(Collection<UUID> householdIds) {
        Map<UUID, Map<Dimension, BasicsFact>> latest = new HashMap<>();
        if (householdIds.isEmpty()) {
            return latest;
        }
        List<BasicsFact> facts = em.createNativeQuery("select distinct on (household_id, dimension) * from basics_fact"
                        + " where household_id in (:ids) order by household_id, dimension, recorded_at desc, id desc",
                BasicsFact.class).setParameter("ids", householdIds).getResultList();
        for (BasicsFact fact : facts) {
            latest.computeIfAbsent(fact.getHouseholdId(), id -> new EnumMap<>(Dimension.class))
                    .put(fact.getDimension(), fact);
        }
        return latest;
    }

    public List<BasicsFact> factHistory(UUID householdId, int limit) {
        return em.createQuery("select f from BasicsFact f where f.householdId = :id order by f.recordedAt desc",
                BasicsFact.class).setParameter("id", householdId).setMaxResults(limit).getResultList();
    }

    public Map<UUID, List<SignalArrears>> openSignalsOf(Collection<UUID> householdIds) {
        Map<UUID, List<SignalArrears>> signals = new HashMap<>();
        if (householdIds.isEmpty()) {
            return signals;
        }
        em.createQuery("select s from SignalArrears s where s.open = true and s.householdId in :ids",
                        SignalArrears.class).setParameter("ids", householdIds).getResultList()
                .forEach(s -> signals.computeIfAbsent(s.getHouseholdId(), id -> new java.util.ArrayList<>()).add(s));
        return signals;
    }

    public Optional<SignalArrears> signal(UUID signalCaseId) {
        return Optional.ofNullable(em.find(SignalArrears.class, signalCaseId));
    }

    /** The latest result per dimension of the case. */
    @SuppressWarnings("unchecked")
    public List<CheckResult> latestResults(UUID caseId) {
        return em.createNativeQuery("select distinct on (dimension) * from basics_check where case_id = :id"
                + " order by dimension, checked_at desc, id desc", CheckResult.class)
                .setParameter("id", caseId).getResultList();
    }

    public List<CheckResult> history(UUID caseId, int limit) {
        return em.createQuery("select r from CheckResult r where r.caseId = :id order by r.checkedAt desc, r.id desc",
                CheckResult.class).setParameter("id", caseId).setMaxResults(limit).getResultList();
    }

    /** Forgets erased signal cases (their retention ended in the signal module). */
    public void deleteSignals(Collection<UUID> signalCaseIds) {
        if (!signalCaseIds.isEmpty()) {
            em.createQuery("delete from SignalArrears s where s.signalCaseId in :ids")
                    .setParameter("ids", signalCaseIds).executeUpdate();
        }
    }

    public Optional<NotSolvable> latestNotSolvable(UUID caseId) {
        return em.createQuery("select n from NotSolvable n where n.caseId = :id order by n.recordedAt desc",
                NotSolvable.class).setParameter("id", caseId).setMaxResults(1).getResultStream().findFirst();
    }

    /** Open cases of the teams with a dimension "niet op orde", longest first (index basics_case_team_not_in_order). */
    public List<CheckedCase> notInOrder(Collection<UUID> teamIds, int limit) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from CheckedCase c where c.open = true and c.notInOrderSince is not null"
                        + " and c.teamId in :teams order by c.notInOrderSince, c.caseId", CheckedCase.class)
                .setParameter("teams", teamIds).setMaxResults(limit).getResultList();
    }

    public Optional<RecheckRun> run(UUID id) {
        return Optional.ofNullable(em.find(RecheckRun.class, id));
    }

    public Optional<RecheckRun> runForUpdate(UUID id) {
        return Optional.ofNullable(em.find(RecheckRun.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<RecheckRun> latestRun() {
        return em.createQuery("select r from RecheckRun r order by r.startedAt desc, r.id desc", RecheckRun.class)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
