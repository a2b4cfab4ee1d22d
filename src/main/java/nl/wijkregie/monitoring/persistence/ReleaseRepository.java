package nl.wijkregie.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.monitoring.Release;
import nl.wijkregie.monitoring.domain.CountTable;
import nl.wijkregie.monitoring.domain.ReleaseContent;

/**
 * Releases with their published cells (JSON) and, apart, the exact counts behind them for the next release's
 * differencing check. Only {@link #exactCountsOfLatest} reads those, and nothing it returns leaves the module.
 */
@ApplicationScoped
public class ReleaseRepository {

    /** A release to store; {@code requestedBy} is the user id or "systeem". */
    public record NewRelease(Release release, String requestedBy, CountTable exactNumerator,
                             CountTable exactDenominator) {
    }

    /** The exact tables behind the latest release of an indicator (denominator null for a plain count). */
    public record ExactCounts(CountTable numerator, CountTable denominator) {
    }

    private static final String COLUMNS = "id, indicator, area_level, domain, period_from, period_to, rules_version,"
            + " threshold, rounding_base, content_hash, requested_at, scheduled";

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /**
     * Stores the release. A scheduled one is stored only if no node stored the same indicator and period before
     * (the partial unique index claims it); returns whether it was stored.
     */
    public boolean add(NewRelease newRelease) {
        Release r = newRelease.release();
        JsonObjectBuilder exact = Json.createObjectBuilder().add("numerator", toJson(newRelease.exactNumerator()));
        if (newRelease.exactDenominator() != null) {
            exact.add("denominator", toJson(newRelease.exactDenominator()));
        }
        int stored = em.createNativeQuery("insert into outcome_release (id, indicator, area_level, domain,"
                        + " period_from, period_to, rules_version, threshold, rounding_base, content, exact_counts,"
                        + " content_hash, requested_by, requested_at, scheduled) values (?1, ?2, ?3, cast(?4 as varchar),"
                        + " ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb), cast(?11 as jsonb), ?12, ?13, ?14, ?15)"
                        + (r.scheduled() ? " on conflict (indicator, area_level, period_from, period_to)"
                        + " where scheduled do nothing" : ""))
                .setParameter(1, r.id()).setParameter(2, r.indicator()).setParameter(3, r.areaLevel())
                .setParameter(4, r.domain()).setParameter(5, Date.valueOf(r.from().atDay(1)))
                .setParameter(6, Date.valueOf(r.to().atDay(1))).setParameter(7, r.rulesVersion())
                .setParameter(8, r.threshold()).setParameter(9, r.roundingBase())
                .setParameter(10, toJson(r.content()).toString()).setParameter(11, exact.build().toString())
                .setParameter(12, r.contentHash()).setParameter(13, newRelease.requestedBy())
                .setParameter(14, Timestamp.from(r.releasedAt())).setParameter(15, r.scheduled())
                .executeUpdate();
        return stored == 1;
    }

    public Optional<Release> find(UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + ", cast(content as text) from outcome_release"
                        + " where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> toRelease((Object[]) row));
    }

    /** The newest releases first, without their cells. */
    @SuppressWarnings("unchecked")
    public List<Release> list(int limit) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + ", null"
                        + " from outcome_release order by requested_at desc, id desc limit ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(this::toRelease).toList();
    }

    public boolean scheduledExists(String indicator, String areaLevel, YearMonth from, YearMonth to) {
        return !em.createNativeQuery("select 1 from outcome_release where scheduled and indicator = ?1"
                        + " and area_level = ?2 and period_from = ?3 and period_to = ?4")
                .setParameter(1, indicator).setParameter(2, areaLevel).setParameter(3, Date.valueOf(from.atDay(1)))
                .setParameter(4, Date.valueOf(to.atDay(1))).getResultList().isEmpty();
    }

    /**
     * The exact counts of the latest release of the indicator at this level and domain whose period overlaps
     * from-to (the differencing check: releases of disjoint periods count different facts and reveal nothing by
     * subtraction).
     */
    public Optional<ExactCounts> exactCountsOfLatest(String indicator, String areaLevel, String domain,
                                                     YearMonth from, YearMonth to) {
        Query query = em.createNativeQuery("select cast(exact_counts as text) from outcome_release"
                        + " where indicator = :indicator and area_level = :level and period_from <= :to"
                        + " and period_to >= :from and " + (domain == null ? "domain is null" : "domain = :domain")
                        + " order by requested_at desc, id desc limit 1")
                .setParameter("indicator", indicator).setParameter("level", areaLevel)
                .setParameter("to", Date.valueOf(to.atDay(1))).setParameter("from", Date.valueOf(from.atDay(1)));
        if (domain != null) {
            query.setParameter("domain", domain);
        }
        List<?> rows = query.getResultList();
        return rows.stream().findFirst().map(json -> {
            JsonObject exact = read((String) json);
            return new ExactCounts(toTable(exact.getJsonObject("numerator")),
                    exact.containsKey("denominator") ? toTable(exact.getJsonObject("denominator")) : null);
        });
    }

    private Release toRelease(Object[] row) {
        ReleaseContent content = row[12] == null ? null : toContent(read(row[12].toString()));
        return new Release((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                YearMonth.from(toLocalDate(row[4])), YearMonth.from(toLocalDate(row[5])), (String) row[6],
                ((Number) row[7]).intValue(), ((Number) row[8]).intValue(), ((String) row[9]).trim(),
                toInstant(row[10]), (Boolean) row[11], content);
    }

    static JsonObject toJson(ReleaseContent content) {
        JsonArrayBuilder cells = Json.createArrayBuilder();
        for (ReleaseContent.Cell cell : content.cells()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("area", cell.area()).add("month", cell.month())
                    .add("count", cell.count());
            addNullable(json, "suppression", cell.suppression());
            addNullable(json, "outOf", cell.outOf());
            addNullable(json, "outOfSuppression", cell.outOfSuppression());
            if (cell.percentage() != null) {
                json.add("percentage", cell.percentage());
            }
            cells.add(json);
        }
        return Json.createObjectBuilder().add("areas", Json.createArrayBuilder(content.areas()))
                .add("months", Json.createArrayBuilder(content.months())).add("cells", cells).build();
    }

    static ReleaseContent toContent(JsonObject json) {
        List<ReleaseContent.Cell> cells = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("cells")) {
            JsonObject cell = value.asJsonObject();
            cells.add(new ReleaseContent.Cell(cell.getString("area"), cell.getString("month"),
                    cell.getString("count"), cell.getString("suppression", null), cell.getString("outOf", null),
                    cell.getString("outOfSuppression", null),
                    cell.containsKey("percentage") ? cell.getInt("percentage") : null));
        }
        return new ReleaseContent(strings(json.getJsonArray("areas")), strings(json.getJsonArray("months")), cells);
    }

    private static JsonObject toJson(CountTable table) {
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (int r = 0; r < table.rows().size(); r++) {
            JsonArrayBuilder row = Json.createArrayBuilder();
            for (int c = 0; c < table.columns().size(); c++) {
                row.add(table.count(r, c));
            }
            counts.add(row);
        }
        return Json.createObjectBuilder().add("rows", Json.createArrayBuilder(table.rows()))
                .add("columns", Json.createArrayBuilder(table.columns())).add("counts", counts).build();
    }

    private static CountTable toTable(JsonObject json) {
        List<String> rows = strings(json.getJsonArray("rows"));
        List<String> columns = strings(json.getJsonArray("columns"));
        JsonArray counts = json.getJsonArray("counts");
        long[][] grid = new long[rows.size()][columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            JsonArray row = counts.getJsonArray(r);
            for (int c = 0; c < columns.size(); c++) {
                grid[r][c] = row.getJsonNumber(c).longValue();
            }
        }
        return CountTable.of(rows, columns, grid);
    }

    private static void addNullable(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
