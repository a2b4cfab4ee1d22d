package nl.wijkregie.basics.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the four DMN tables are given for one household: the latest fact per dimension, the household type with the
 * bijstandsnorm that applied on the income fact's date, the municipality's threshold and the open early signals.
 * The variables are plain values (strings, numbers, flags) and are stored with each result as its inputs, so the
 * "waarom" of a check can be shown as it was decided.
 */
public record CheckInputs(Map<Dimension, BasicsFact> latest, HouseholdType householdType, IncomeNorms norms,
                          int thresholdPercent, List<OpenSignal> openSignals) {

    /** DDAS partner types whose arrears put the home at risk. */
    private static final Set<String> HOUSING_CREDITORS = Set.of("Huur", "Hypotheek");
    private static final Set<String> UTILITY_CREDITORS = Set.of("Energie", "Water");

    /** An open early-signal case on the household: its creditors (DDAS partner types) and triage priority. */
    public record OpenSignal(List<String> creditorTypes, String priority) {
    }

    public Optional<BasicsFact> fact(Dimension dimension) {
        return Optional.ofNullable(latest.get(dimension));
    }

    /** The date of the fact the dimension was checked on; none when nothing was recorded. */
    public LocalDate factsDate(Dimension dimension) {
        return fact(dimension).map(BasicsFact::getObservedOn).orElse(null);
    }

    public Map<String, Object> variables(Dimension dimension) {
        return switch (dimension) {
            case HOUSING -> housing();
            case INCOME -> income();
            case DEBTS -> debts();
            case SAFETY -> safety();
        };
    }

    private Set<String> creditors() {
        Set<String> creditors = new TreeSet<>();
        openSignals.forEach(signal -> creditors.addAll(signal.creditorTypes()));
        return creditors;
    }

    private Map<String, Object> housing() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("housingSituation", fact(Dimension.HOUSING).map(BasicsFact::getHousingSituation)
                .orElse(HousingSituation.UNKNOWN).name());
        variables.put("housingSignal", creditors().stream().anyMatch(HOUSING_CREDITORS::contains));
        return variables;
    }

    private Map<String, Object> income() {
        Optional<BasicsFact> fact = fact(Dimension.INCOME);
        Long income = fact.map(BasicsFact::getNetIncomeCents).orElse(null);
        boolean noSource = fact.map(f -> f.getIncomeSources().contains(IncomeSource.NONE)).orElse(false);
        if (income == null && noSource) {
            income = 0L;
        }
        LocalDate date = fact.map(BasicsFact::getObservedOn).orElse(null);
        Optional<IncomeNorms.Norm> norm = date == null || householdType == HouseholdType.UNKNOWN ? Optional.empty()
                : norms.normOn(householdType, date);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("incomeKnown", income != null);
        variables.put("normKnown", norm.isPresent());
        variables.put("incomeCents", income == null ? 0L : income);
        variables.put("normCents", norm.map(IncomeNorms.Norm::netMonthlyCents).orElse(0L));
        variables.put("thresholdPercent", thresholdPercent);
        variables.put("householdType", householdType.name());
        variables.put("normEffectiveFrom", norm.map(n -> n.effectiveFrom().toString()).orElse(null));
        return variables;
    }

    private Map<String, Object> debts() {
        Optional<BasicsFact> fact = fact(Dimension.DEBTS);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("cbsCriteria", fact.map(f -> f.getDebtCriteria().stream().map(Enum::name).toList())
                .map(Objects::toString).orElse("[]"));
        variables.put("cbsProblematic", fact.map(f -> !f.getDebtCriteria().isEmpty()).orElse(false));
        variables.put("debtHelp", fact.map(BasicsFact::getDebtHelp).orElse(Answer.UNKNOWN).name());
        variables.put("disconnectionThreat", fact.map(BasicsFact::getDisconnectionThreat).orElse(Answer.UNKNOWN)
                .name());
        variables.put("debtCount", fact.map(BasicsFact::getDebtCount).orElse(-1));
        variables.put("signalCreditors", creditors().size());
        variables.put("utilitySignal", creditors().stream().anyMatch(UTILITY_CREDITORS::contains));
        return variables;
    }

    private Map<String, Object> safety() {
        Optional<BasicsFact> fact = fact(Dimension.SAFETY);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("safetyConcern", fact.map(BasicsFact::getSafetyConcern).orElse(Answer.UNKNOWN).name());
        variables.put("veiligThuisReport", fact.map(BasicsFact::getVeiligThuisReport).orElse(Answer.UNKNOWN).name());
        return variables;
    }
}
