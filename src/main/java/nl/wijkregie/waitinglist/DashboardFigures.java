package nl.wijkregie.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.wijkregie.waitinglist.WaitingDashboard.CaseloadRow;
import nl.wijkregie.waitinglist.WaitingDashboard.FlowRow;
import nl.wijkregie.waitinglist.WaitingDashboard.PercentileRow;
import nl.wijkregie.waitinglist.domain.FiguresFreshness;
import nl.wijkregie.waitinglist.persistence.WaitingListRepository;
import nl.wijkregie.workflow.Workflow;
import org.eclipse.microprofile.config.Config;

/**
 * The team lead dashboard's figures — caseload, overdue tasks per clock, waiting-time percentiles, inflow and
 * outflow — aggregate a team's whole history and cost the database far more than a landing page may. They are computed
 * at most once per maximum age (default 60 s) per team set and period and kept in the database, so every node serves
 * the same copy (ADR 0028). The first request after they expire recomputes them under an advisory lock; requests
 * meanwhile get the stored copy. The figures name no resident, so reading them is not access-logged. Each node also
 * keeps the last decoded copies it served ({@value #DECODED_KEPT} at most), keyed by when they were computed: a
 * request then reads only that moment from the database, not the figures, as long as nobody recomputed them.
 */
@ApplicationScoped
public class DashboardFigures {

    public static final String MAX_AGE = "wijkregie.dashboard.figures-max-age";

    static final int DECODED_KEPT = 64;

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<String, Dated> decoded = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Dated> eldest) {
            return size() > DECODED_KEPT;
        }
    });

    @Inject
    WaitingListRepository repository;

    @Inject
    Config config;

    @Inject
    Clock clock;

    /** What the dashboard shows of a team set over a period, without persons. */
    public record Figures(List<CaseloadRow> caseload, long unassignedCount, long awaitingIntakeCount,
                          long waitingCount, List<Workflow.OverdueCount> overdue, List<PercentileRow> waitingTimes,
                          List<FlowRow> flow) {
    }

    /**
     * One computed copy of the figures with the moment it was computed, which the dashboard shows. A node hands out
     * the same instance for as long as the copy is current, so what is derived from it (the JSON the REST layer writes
     * of it) can be kept by identity, not by comparing every row.
     */
    public static final class Dated {

        private final Figures figures;
        private final Instant computedAt;

        public Dated(Figures figures, Instant computedAt) {
            this.figures = figures;
            this.computedAt = computedAt;
        }

        public Figures figures() {
            return figures;
        }

        public Instant computedAt() {
            return computedAt;
        }
    }

    /** The stored figures while fresh (unless a refresh is asked for); otherwise computed now and stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dated of(Set<UUID> teams, LocalDate from, LocalDate to, boolean refresh, Supplier<Figures> compute) {
        String scope = teams.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
        String key = scope + " " + from + " " + to;
        Optional<Instant> computedAt = repository.dashboardFiguresComputedAt(scope, from, to);
        if (!refresh && computedAt.isPresent() && freshness().isFresh(computedAt.get(), now)) {
            Dated known = decoded.get(key);
            if (known != null && known.computedAt().equals(computedAt.get())) {
                return known;
            }
        }
        Optional<WaitingListRepository.StoredFigures> stored = repository.dashboardFigures(scope, from, to);
        if (!refresh && stored.isPresent() && freshness().isFresh(stored.get().computedAt(), now)) {
            return remember(key, decode(stored.get()));
        }
        if (repository.tryLockDashboardFigures(scope, from, to)) {
            Figures figures = compute.get();
            repository.saveDashboardFigures(scope, from, to, now, JSON.toJson(figures));
            return remember(key, new Dated(figures, now));
        }
        // another request (on any node) is computing them right now: its previous copy will do
        return stored.map(DashboardFigures::decode).orElseGet(() -> new Dated(compute.get(), now));
    }

    private Dated remember(String key, Dated figures) {
        decoded.put(key, figures);
        return figures;
    }

    private FiguresFreshness freshness() {
        return new FiguresFreshness(Duration.ofSeconds(config.getOptionalValue(MAX_AGE, Long.class).orElse(60L)));
    }

    private static Dated decode(WaitingListRepository.StoredFigures stored) {
        return new Dated(JSON.fromJson(stored.json(), Figures.class), stored.computedAt());
    }
}
