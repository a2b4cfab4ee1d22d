package nl.wijkregie.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.wijkregie.monitoring.domain.Indicator;
import org.hibernate.query.NativeQuery;

/**
 * The outcome store: appends anonymous rows and counts distinct households per area and month. Native SQL, because
 * the counts are aggregates the database computes far faster than any entity graph.
 */
@ApplicationScoped
public class OutcomeRepository {

    /** Whether a count is grouped by wijk or by buurt. */
    public enum AreaLevel {
        WIJK("wijk_code"), BUURT("buurt_code");

        private final String column;

        AreaLevel(String column) {
            this.column = column;
        }
    }

    /** Households counted in one area and month; {@code keySum}: their record keys summed (cell-key mode only). */
    public record Tally(String area, YearMonth month, long households, double keySum) {
    }

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /** Up to this many rows go in one insert statement (11 parameters each, well under PostgreSQL's limit). */
    private static final int ROWS_PER_INSERT = 500;

    public void add(OutcomeRow row) {
        addAll(List.of(row));
    }

    /** Appends the rows in multi-row inserts: a signal import chunk of 1,000 new cases is two statements. */
    public void addAll(List<OutcomeRow> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<OutcomeRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into outcome_fact (household_key, key_version, wijk_code,"
                    + " buurt_code, month, age_band, household_type, domain, category, measure, value) values ");
            for (int i = 0; i < chunk.size(); i++) {
                int p = i * 11;
                sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2)
                        .append(", ?").append(p + 3).append(", cast(?").append(p + 4).append(" as varchar), ?")
                        .append(p + 5);
                for (int c = 6; c <= 9; c++) {
                    sql.append(", cast(?").append(p + c).append(" as varchar)");
                }
                sql.append(", ?").append(p + 10).append(", ?").append(p + 11).append(')');
            }
            Query insert = outcomeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                OutcomeRow row = chunk.get(i);
                int p = i * 11;
                insert.setParameter(p + 1, row.householdKey()).setParameter(p + 2, row.keyVersion())
                        .setParameter(p + 3, row.wijkCode()).setParameter(p + 4, row.buurtCode())
                        .setParameter(p + 5, Date.valueOf(row.month().atDay(1))).setParameter(p + 6, row.ageBand())
                        .setParameter(p + 7, row.householdType()).setParameter(p + 8, row.domain())
                        .setParameter(p + 9, row.category()).setParameter(p + 10, row.measure())
                        .setParameter(p + 11, row.value());
            }
            insert.executeUpdate();
        }
    }

    /** The value of the household's first fact of this measure in this domain, if it has one. */
    public Optional<Integer> firstValue(String householdKey, String measure, String domain) {
        Query query = outcomeQuery("select value from outcome_fact where household_key = ?1"
                        + " and measure = ?2 and " + (domain == null ? "domain is null" : "domain = ?3")
                        + " order by id limit 1")
                .setParameter(1, householdKey).setParameter(2, measure);
        if (domain != null) {
            query.setParameter(3, domain);
        }
        List<?> values = query.getResultList();
        return values.stream().findFirst().map(v -> ((Number) v).intValue());
    }

    /** Which of the measures the household's latest fact in the domain has, if any. */
    public Optional<String> latestOf(String householdKey, String domain, List<String> measures) {
        List<?> values = outcomeQuery("select measure from outcome_fact where household_key = :key"
                        + " and domain = :domain and measure in (:measures) order by id desc limit 1")
                .setParameter("key", householdKey).setParameter("domain", domain).setParameter("measures", measures)
                .getResultList();
        return values.stream().findFirst().map(String.class::cast);
    }

    /**
     * {@link #latestOf} for many keys at once: per key and domain, which of the measures its latest fact has. A
     * thousand households checked in one import chunk cost one query instead of four each.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, String>> latestOfAll(Collection<String> householdKeys, List<String> measures) {
        Map<String, Map<String, String>> latest = new HashMap<>();
        if (householdKeys.isEmpty()) {
            return latest;
        }
        List<Object[]> rows = outcomeQuery("select distinct on (household_key, domain) household_key, domain, measure"
                        + " from outcome_fact where household_key in (:keys) and measure in (:measures)"
                        + " order by household_key, domain, id desc")
                .setParameter("keys", householdKeys).setParameter("measures", measures).getResultList();
        for (Object[] row : rows) {
            latest.computeIfAbsent(((String) row[0]).trim(), k -> new HashMap<>()).put((String) row[1],
                    (String) row[2]);
        }
        return latest;
    }

    /** The wijk a key's facts were counted in (a signal case keeps the wijk of its address). */
    public Optional<String> wijkOf(String householdKey) {
        List<?> values = outcomeQuery("select wijk_code from outcome_fact where household_key = ?1"
                        + " order by id limit 1")
                .setParameter(1, householdKey).getResultList();
        return values.stream().findFirst().map(String.class::cast);
    }

    /**
     * Distinct households per area and month that the count counts, over the months from-to (inclusive), streamed
     * from the database's cursor: the caller places each into its table (one cell per area and month) and closes the
     * stream. However many facts there are, only the aggregated rows pass through here.
     */
    @SuppressWarnings("unchecked")
    public Stream<Tally> tallies(Indicator.Count count, AreaLevel level, String domain, YearMonth from, YearMonth to,
                                 boolean cellKeys) {
        Query query = outcomeQuery(cellKeys ? cellKeySql(count, level, domain != null)
                        : aggregateSql(count, level, domain != null))
                .setParameter("measure", count.measure())
                .setParameter("from", Date.valueOf(from.atDay(1))).setParameter("to", Date.valueOf(to.atDay(1)))
                .setHint("org.hibernate.fetchSize", 500);
        if (count.notFollowedBy() != null) {
            query.setParameter("followUp", count.notFollowedBy());
        }
        if (domain != null) {
            query.setParameter("domain", domain);
        }
        return ((Stream<Object[]>) query.getResultStream()).map(row -> new Tally((String) row[0],
                YearMonth.from(toLocalDate(row[1])), ((Number) row[2]).longValue(),
                row.length > 3 && row[3] != null ? ((Number) row[3]).doubleValue() : 0));
    }

    /**
     * The aggregate behind a count, as SQL with named parameters (measure, from, to, followUp, domain): also what the
     * benchmark times with COPY.
     */
    public static String aggregateSql(Indicator.Count count, AreaLevel level, boolean byDomain) {
        return "select f." + level.column + ", f.month, count(distinct f.household_key) from outcome_fact f"
                + where(count, level, byDomain) + " group by 1, 2";
    }

    /**
     * The same count with the sum of the households' record keys per cell (the first 8 hex digits of the key as a
     * fraction), for the cell-key mode ({@link nl.wijkregie.monitoring.domain.CellKeyPerturbation}).
     */
    static String cellKeySql(Indicator.Count count, AreaLevel level, boolean byDomain) {
        return "select d.area, d.month, count(*), sum(cast(cast(cast(cast('x' || substr(d.household_key, 1, 8)"
                + " as bit(32)) as integer) as bigint) & 4294967295 as double precision) / 4294967296.0) from (select distinct f."
                + level.column + " as area, f.month, f.household_key from outcome_fact f"
                + where(count, level, byDomain) + ") d group by 1, 2";
    }

    private static String where(Indicator.Count count, AreaLevel level, boolean byDomain) {
        String area = "f." + level.column;
        StringBuilder sql = new StringBuilder(" where f.measure = :measure and f.month between :from and :to and ")
                .append(area).append(" is not null");
        if (count.positiveOnly()) {
            sql.append(" and f.value > 0");
        }
        if (byDomain) {
            sql.append(" and f.domain = :domain");
        }
        if (count.notFollowedBy() != null) {
            sql.append(" and not exists (select 1 from outcome_fact g where g.household_key = f.household_key")
                    .append(" and g.measure = :followUp and (g.month > f.month or (g.month = f.month and g.id > f.id))")
                    .append(" and g.month <= f.month + interval '").append(count.withinMonths()).append(" months')");
        }
        return sql.toString();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /**
     * A native statement on the outcome store only. Before a query Hibernate dirty-checks the whole persistence
     * context to decide whether to flush (and flushes all of it before a native statement whose tables it does not
     * know): an observer that records or reads outcomes inside a large transaction (a message import chunk, a basics
     * re-check) would do that at every fact. No entity maps the outcome store, so its statements never need a flush.
     */
    private Query outcomeQuery(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("outcome_fact")
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    }
}
