package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.monitoring.domain.CellKeyPerturbation;
import nl.wijkregie.monitoring.domain.CountTable;
import nl.wijkregie.monitoring.domain.DisclosureControl;
import nl.wijkregie.monitoring.domain.DisclosureRules;
import nl.wijkregie.monitoring.domain.Indicator;
import nl.wijkregie.monitoring.domain.Indicators;
import nl.wijkregie.monitoring.domain.ProtectedTable;
import nl.wijkregie.monitoring.domain.ReleaseContent;
import nl.wijkregie.monitoring.persistence.OutcomeRepository;
import nl.wijkregie.monitoring.persistence.OutcomeRepository.AreaLevel;
import nl.wijkregie.monitoring.persistence.ReleaseRepository;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.NotFoundException;

/**
 * Makes and serves releases: counts an indicator per area and month, passes the counts through the disclosure
 * control (with the exact counts of the indicator's previous release for the differencing check), stores what may be
 * published with its definition, period, rules and hash, and logs every release and every read in the access log.
 * Nothing but a release ever leaves the module.
 */
@ApplicationScoped
public class MonitoringReleases {

    private static final Logger LOG = Logger.getLogger(MonitoringReleases.class.getName());
    /** The longest period one release covers: three years of months. */
    public static final int MAX_MONTHS = 36;

    /**
     * What a release is asked for; {@code domain} only for an indicator that may be limited to one; {@code cellKey}:
     * perturb the counts by the cell-key method instead of rounding them.
     */
    public record Request(String indicator, YearMonth from, YearMonth to, String areaLevel, String domain,
                          boolean cellKey) {
    }

    @Inject
    OutcomeRepository outcomes;

    @Inject
    ReleaseRepository releases;

    @Inject
    AreaCatalogue areas;

    @Inject
    MonitoringSettings settings;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public List<Indicator> indicators() {
        return Indicators.ALL;
    }

    @Transactional
    public Release release(Request request) {
        Release release = produce(request, false, currentUser.userId()).orElseThrow();
        accessLog.record(AccessAction.CREATE, AccessPurpose.OUTCOME_MONITORING,
                new AccessedSubject(SubjectType.OUTCOME_RELEASE, release.id(), null));
        return release;
    }

    @Transactional
    public Release get(UUID id, AccessAction action) {
        Release release = releases.find(id).orElseThrow(() -> new NotFoundException("Publicatie", id));
        accessLog.record(action, AccessPurpose.OUTCOME_MONITORING,
                new AccessedSubject(SubjectType.OUTCOME_RELEASE, release.id(), null));
        return release;
    }

    /** The newest releases, without their cells (reading a release's cells is logged, listing them is not). */
    @Transactional
    public List<Release> list(int limit) {
        return releases.list(limit);
    }

    /**
     * The monthly release: every indicator per wijk over the 12 months up to the last complete month, made once by
     * whichever node gets there first (the claim is the unique index on scheduled releases, ADR 0023).
     *
     * @return how many releases this call made
     */
    @Transactional
    public int releaseMonthly() {
        YearMonth to = YearMonth.now(clock.withZone(ClockProducer.ZONE)).minusMonths(1);
        YearMonth from = to.minusMonths(11);
        int made = 0;
        for (Indicator indicator : Indicators.ALL) {
            if (releases.scheduledExists(indicator.code(), AreaLevel.WIJK.name(), from, to)) {
                continue;
            }
            Optional<Release> release = produce(new Request(indicator.code(), from, to, AreaLevel.WIJK.name(), null, false),
                    true, "systeem");
            if (release.isPresent()) {
                accessLog.recordAll(Actor.system("maandelijkse publicatie"), AccessAction.CREATE,
                        AccessPurpose.OUTCOME_MONITORING,
                        List.of(new AccessedSubject(SubjectType.OUTCOME_RELEASE, release.get().id(), null)));
                made++;
            }
        }
        if (made > 0) {
            LOG.info("Monthly outcome release: " + made + " indicators released for " + from + " to " + to);
        }
        return made;
    }

    private Optional<Release> produce(Request request, boolean scheduled, String requestedBy) {
        Indicator indicator = Indicators.byCode(request.indicator())
                .orElseThrow(() -> new InvalidFieldException("indicator", "Onbekende indicator"));
        AreaLevel level = areaLevel(request.areaLevel());
        if (request.from().isAfter(request.to())) {
            throw new InvalidFieldException("to", "De laatste maand ligt voor de eerste");
        }
        if (request.from().plusMonths(MAX_MONTHS - 1).isBefore(request.to())) {
            throw new InvalidFieldException("to", "Een publicatie beslaat hooguit " + MAX_MONTHS + " maanden");
        }
        if (request.domain() != null && !indicator.perDomain()) {
            throw new InvalidFieldException("domain", "Deze indicator kent geen keuze van domein");
        }
        List<String> rows = level == AreaLevel.WIJK ? areas.activeWijkCodes() : areas.activeBuurtCodes();
        List<String> months = new ArrayList<>();
        for (YearMonth month = request.from(); !month.isAfter(request.to()); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        DisclosureRules configured = settings.rules();
        DisclosureRules rules = request.cellKey()
                ? new DisclosureRules(configured.version() + "-celsleutel", configured.threshold(), 1) : configured;
        Optional<ReleaseRepository.ExactCounts> earlier = releases.exactCountsOfLatest(indicator.code(),
                level.name(), request.domain(), request.from(), request.to());
        CountTable numerator = table(indicator.numerator(), level, request, rows, months);
        ProtectedTable protectedNumerator = DisclosureControl.protect(numerator, rules,
                earlier.map(e -> DisclosureControl.protect(e.numerator(), rules)).orElse(null));
        CountTable denominator = null;
        ProtectedTable protectedDenominator = null;
        if (indicator.isShare()) {
            denominator = table(indicator.denominator(), level, request, rows, months);
            protectedDenominator = DisclosureControl.protect(denominator, rules, earlier
                    .filter(e -> e.denominator() != null).map(e -> DisclosureControl.protect(e.denominator(), rules))
                    .orElse(null));
        }
        ReleaseContent content = ReleaseContent.of(protectedNumerator, protectedDenominator);
        Release release = new Release(Ids.newId(), indicator.code(), level.name(), request.domain(), request.from(),
                request.to(), rules.version(), rules.threshold(), rules.roundingBase(), content.contentHash(),
                clock.instant(), scheduled, content);
        boolean stored = releases.add(new ReleaseRepository.NewRelease(release, requestedBy, numerator, denominator));
        return stored ? Optional.of(release) : Optional.empty();
    }

    /** The counts per area and month; in cell-key mode each already perturbed by its cell key. */
    private CountTable table(Indicator.Count count, AreaLevel level, Request request, List<String> rows,
                             List<String> months) {
        Map<String, Integer> rowIndex = index(rows);
        Map<String, Integer> columnIndex = index(months);
        long[][] counts = new long[rows.size()][months.size()];
        try (Stream<OutcomeRepository.Tally> tallies = outcomes.tallies(count, level, request.domain(),
                request.from(), request.to(), request.cellKey())) {
            tallies.forEach(tally -> {
                Integer row = rowIndex.get(tally.area());
                Integer column = columnIndex.get(tally.month().toString());
                if (row != null && column != null) {
                    counts[row][column] = request.cellKey()
                            ? CellKeyPerturbation.perturb(tally.households(), tally.keySum()) : tally.households();
                }
            });
        }
        return CountTable.of(rows, months, counts);
    }

    private static Map<String, Integer> index(List<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        return index;
    }

    private static AreaLevel areaLevel(String value) {
        try {
            return AreaLevel.valueOf(value == null ? "WIJK" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("areaLevel", "Kies WIJK of BUURT");
        }
    }
}
