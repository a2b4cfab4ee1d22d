package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.wijkregie.household.HouseholdCompositions;
import nl.wijkregie.monitoring.domain.AgeBand;
import nl.wijkregie.monitoring.domain.HouseholdType;
import nl.wijkregie.monitoring.domain.Pseudonymiser;
import nl.wijkregie.monitoring.persistence.OutcomeRepository;
import nl.wijkregie.monitoring.persistence.OutcomeRow;
import nl.wijkregie.shared.ClockProducer;

/**
 * The one intake of the outcome store: every source observer hands its facts here, and only here is a household
 * turned into what may be kept — its pseudonym, wijk and buurt, month, the age band of its oldest member and its
 * type. Adding a source is adding an observer that calls {@link #record}. Runs in the transaction of the change
 * (ADR 0019), so an outcome is stored exactly when what it counts is.
 */
@ApplicationScoped
public class OutcomeRecorder {

    private static final Logger LOG = Logger.getLogger(OutcomeRecorder.class.getName());

    @Inject
    OutcomeRepository repository;

    @Inject
    HouseholdCompositions compositions;

    @Inject
    MonitoringSettings settings;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(OutcomeFact fact) {
        recordAll(List.of(fact));
    }

    /**
     * Records many facts set-based: the households' areas and compositions in one query per day, all rows in
     * multi-row inserts (an import chunk of signals must not cost a round trip per case).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<OutcomeFact> facts) {
        Optional<Pseudonymiser> pseudonymiser = settings.pseudonymiser();
        if (pseudonymiser.isEmpty() || facts.isEmpty()) {
            return;
        }
        Pseudonymiser keys = pseudonymiser.get();
        Set<UUID> householdIds = facts.stream().map(OutcomeFact::householdId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, HouseholdCompositions.Area> areas = householdIds.isEmpty() ? Map.of()
                : compositions.areasOf(householdIds);
        Map<LocalDate, Map<UUID, List<HouseholdCompositions.Resident>>> residents = new HashMap<>();
        List<OutcomeRow> rows = new ArrayList<>();
        for (OutcomeFact fact : facts) {
            YearMonth month = YearMonth.from(fact.at().atZone(ClockProducer.ZONE));
            if (fact.householdId() != null) {
                HouseholdCompositions.Area area = areas.get(fact.householdId());
                if (area == null) {
                    continue;
                }
                LocalDate on = fact.at().atZone(ClockProducer.ZONE).toLocalDate();
                List<HouseholdCompositions.Resident> living = residents.computeIfAbsent(on,
                                day -> compositions.compositionsOf(householdIds, day))
                        .getOrDefault(fact.householdId(), List.of());
                HouseholdType type = HouseholdType.of(living.stream().map(HouseholdCompositions.Resident::role)
                        .toList());
                AgeBand band = living.stream().map(HouseholdCompositions.Resident::dateOfBirth)
                        .filter(birth -> birth != null && !birth.isAfter(on)).min(Comparator.naturalOrder())
                        .map(birth -> AgeBand.of(birth, on)).orElse(null);
                rows.add(new OutcomeRow(keys.pseudonymOf(fact.householdId()), keys.version(), area.wijkCode(),
                        area.buurtCode(), month, band == null ? null : band.name(),
                        type == null ? null : type.name(), fact.domain(), fact.category(), fact.measure(),
                        fact.value()));
            } else {
                String key = keys.pseudonymOf(fact.signalCaseId());
                Optional<String> wijk = Optional.ofNullable(fact.wijkCode()).or(() -> repository.wijkOf(key));
                if (wijk.isEmpty()) {
                    LOG.fine(() -> "Outcome " + fact.measure() + " of a signal case without a wijk is not counted");
                    continue;
                }
                rows.add(new OutcomeRow(key, keys.version(), wijk.get(), null, month, null, null, fact.domain(),
                        fact.category(), fact.measure(), fact.value()));
            }
        }
        repository.addAll(rows);
    }

    /** The value of the household's first fact of the measure in the domain (e.g. its first score). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> firstValue(UUID householdId, String measure, String domain) {
        return settings.pseudonymiser().flatMap(p -> repository.firstValue(p.pseudonymOf(householdId), measure,
                domain));
    }

    /** {@link #latestOf} for many households: per household, per domain, the measure of its latest fact. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Map<String, String>> latestOfAll(Collection<UUID> householdIds, List<String> measures) {
        Optional<Pseudonymiser> pseudonymiser = settings.pseudonymiser();
        if (pseudonymiser.isEmpty() || householdIds.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> byKey = new HashMap<>();
        householdIds.forEach(id -> byKey.put(pseudonymiser.get().pseudonymOf(id), id));
        Map<UUID, Map<String, String>> latest = new HashMap<>();
        repository.latestOfAll(byKey.keySet(), measures).forEach((key, byDomain) -> latest.put(byKey.get(key),
                byDomain));
        return latest;
    }

    /** Which of the measures the household's latest fact in the domain has (a state: e.g. basics not in order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> latestOf(UUID householdId, String domain, List<String> measures) {
        return settings.pseudonymiser().flatMap(p -> repository.latestOf(p.pseudonymOf(householdId), domain,
                measures));
    }
}
