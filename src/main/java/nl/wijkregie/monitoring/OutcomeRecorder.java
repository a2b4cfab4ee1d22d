package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
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
        Optional<Pseudonymiser> pseudonymiser = settings.pseudonymiser();
        if (pseudonymiser.isEmpty()) {
            return;
        }
        YearMonth month = YearMonth.from(fact.at().atZone(ClockProducer.ZONE));
        if (fact.householdId() != null) {
            recordOfHousehold(fact, pseudonymiser.get(), month);
        } else {
            String key = pseudonymiser.get().pseudonymOf(fact.signalCaseId());
            Optional<String> wijk = Optional.ofNullable(fact.wijkCode()).or(() -> repository.wijkOf(key));
            if (wijk.isEmpty()) {
                LOG.fine(() -> "Outcome " + fact.measure() + " of a signal case without a wijk is not counted");
                return;
            }
            repository.add(new OutcomeRow(key, pseudonymiser.get().version(), wijk.get(), null, month, null, null,
                    fact.domain(), fact.category(), fact.measure(), fact.value()));
        }
    }

    public void recordAll(List<OutcomeFact> facts) {
        facts.forEach(this::record);
    }

    /** The value of the household's first fact of the measure in the domain (e.g. its first score). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Integer> firstValue(UUID householdId, String measure, String domain) {
        return settings.pseudonymiser().flatMap(p -> repository.firstValue(p.pseudonymOf(householdId), measure,
                domain));
    }

    /** Which of the measures the household's latest fact in the domain has (a state: e.g. basics not in order). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> latestOf(UUID householdId, String domain, List<String> measures) {
        return settings.pseudonymiser().flatMap(p -> repository.latestOf(p.pseudonymOf(householdId), domain,
                measures));
    }

    private void recordOfHousehold(OutcomeFact fact, Pseudonymiser pseudonymiser, YearMonth month) {
        Set<UUID> ids = Set.of(fact.householdId());
        HouseholdCompositions.Area area = compositions.areasOf(ids).get(fact.householdId());
        if (area == null) {
            return;
        }
        LocalDate on = fact.at().atZone(ClockProducer.ZONE).toLocalDate();
        List<HouseholdCompositions.Resident> residents =
                compositions.compositionsOf(ids, on).getOrDefault(fact.householdId(), List.of());
        HouseholdType type = HouseholdType.of(residents.stream().map(HouseholdCompositions.Resident::role).toList());
        AgeBand band = residents.stream().map(HouseholdCompositions.Resident::dateOfBirth)
                .filter(birth -> birth != null && !birth.isAfter(on)).min(Comparator.naturalOrder())
                .map(birth -> AgeBand.of(birth, on)).orElse(null);
        repository.add(new OutcomeRow(pseudonymiser.pseudonymOf(fact.householdId()), pseudonymiser.version(),
                area.wijkCode(), area.buurtCode(), month, band == null ? null : band.name(),
                type == null ? null : type.name(), fact.domain(), fact.category(), fact.measure(), fact.value()));
    }
}
