package nl.wijkregie.basics.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.basics.domain.Answer;
import nl.wijkregie.basics.domain.BasicsFact;
import nl.wijkregie.basics.domain.CheckInputs;
import nl.wijkregie.basics.domain.DebtCriterion;
import nl.wijkregie.basics.domain.Dimension;
import nl.wijkregie.basics.domain.HouseholdType;
import nl.wijkregie.basics.domain.HousingSituation;
import nl.wijkregie.basics.domain.IncomeNorms;
import nl.wijkregie.basics.domain.IncomeSource;
import nl.wijkregie.basics.domain.Source;
import nl.wijkregie.workflow.engine.DecisionEngines;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four tables of bpmn/basics-*.dmn row by row, fed the way production feeds them: facts and open signals through
 * {@link CheckInputs}, evaluated by the production DMN engine. "Onbekend" inputs included; the income table around
 * the municipal threshold for every household type, with the norms of the dated reference file.
 */
class BasicsTablesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final IncomeNorms NORMS = IncomeNorms.fromClasspath();
    private static final Map<Dimension, DmnDecision> TABLES = new EnumMap<>(Dimension.class);

    @BeforeAll
    static void parseTheTables() throws Exception {
        for (Dimension dimension : Dimension.values()) {
            try (InputStream table = BasicsTablesTest.class.getClassLoader()
                    .getResourceAsStream("bpmn/" + dimension.decisionKey() + ".dmn")) {
                TABLES.put(dimension, DecisionEngines.TABLES.parseDecision(dimension.decisionKey(), table));
            }
        }
    }

    @ParameterizedTest(name = "{0}, housing signal {1} → {2} (threat {3})")
    @CsvSource({
            "HOMELESS,              false, NOT_IN_ORDER, true",
            "TEMPORARY_SHELTER,   false, NOT_IN_ORDER, false",
            "EVICTION_THREATENED, false, NOT_IN_ORDER, true",
            "RENT_ARREARS,      false, AT_RISK,       false",
            "INSECURE,              false, AT_RISK,       false",
            "STABLE_UNSUITABLE,   false, AT_RISK,       false",
            "STABLE,              true,  AT_RISK,       false",
            "STABLE,              false, IN_ORDER,      false",
            "UNKNOWN,             true,  AT_RISK,       false",
            "UNKNOWN,             false, UNKNOWN,     false",
            ",                     false, UNKNOWN,     false"})
    void housing(HousingSituation situation, boolean landlordSignal, String outcome, boolean threat) {
        Map<Dimension, BasicsFact> facts = situation == null ? Map.of()
                : Map.of(Dimension.HOUSING, BasicsFact.housing(provenance(), TODAY, situation));
        List<CheckInputs.OpenSignal> signals = landlordSignal
                ? List.of(new CheckInputs.OpenSignal(List.of("Huur"), "HIGH")) : List.of();

        DmnDecisionRuleResult result = decide(Dimension.HOUSING, inputs(facts, HouseholdType.SINGLE, signals));

        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((Boolean) result.getEntry("threat")).isEqualTo(threat);
        assertThat((String) result.getEntry("reason")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HouseholdType.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void incomeAroundTheMinimumAndTheThresholdForEveryHouseholdType(HouseholdType type) {
        long norm = NORMS.normOn(type, TODAY).orElseThrow().netMonthlyCents();
        long lowestInOrder = (norm * 110 + 99) / 100;

        assertThat(income(type, 0L)).isEqualTo("NOT_IN_ORDER");
        assertThat(income(type, norm - 1)).isEqualTo("NOT_IN_ORDER");
        assertThat(income(type, norm)).isEqualTo("AT_RISK");
        assertThat(income(type, lowestInOrder - 1)).isEqualTo("AT_RISK");
        assertThat(income(type, lowestInOrder)).isEqualTo("IN_ORDER");
        assertThat(income(type, null)).isEqualTo("UNKNOWN");
    }

    @Test
    void incomeOfAHouseholdOfUnknownCompositionIsUnknownUnlessThereIsNone() {
        assertThat(income(HouseholdType.UNKNOWN, 250_000L)).isEqualTo("UNKNOWN");
        assertThat(income(HouseholdType.UNKNOWN, 0L)).isEqualTo("NOT_IN_ORDER");
    }

    @Test
    void noIncomeSourceCountsAsNoIncomeAndNothingRecordedIsUnknown() {
        BasicsFact none = BasicsFact.income(provenance(), TODAY, List.of(IncomeSource.NONE), null);
        assertThat(outcome(Dimension.INCOME, inputs(Map.of(Dimension.INCOME, none), HouseholdType.COUPLE,
                List.of()))).isEqualTo("NOT_IN_ORDER");
        assertThat(outcome(Dimension.INCOME, inputs(Map.of(), HouseholdType.COUPLE, List.of())))
                .isEqualTo("UNKNOWN");
    }

    @Test
    void theThresholdIsConfiguration() {
        long norm = NORMS.normOn(HouseholdType.SINGLE, TODAY).orElseThrow().netMonthlyCents();
        BasicsFact fact = BasicsFact.income(provenance(), TODAY, List.of(IncomeSource.WAGES), norm + 1);
        CheckInputs at101 = new CheckInputs(Map.of(Dimension.INCOME, fact), HouseholdType.SINGLE, NORMS, 100,
                List.of());

        assertThat(outcome(Dimension.INCOME, at101)).isEqualTo("IN_ORDER");
        assertThat(income(HouseholdType.SINGLE, norm + 1)).isEqualTo("AT_RISK");
    }

    @ParameterizedTest(name = "threat {0}, CBS {1}, help {2}, signal creditors {3}, utility {4}, debts {5} → {6}")
    @CsvSource({
            "YES,       false, UNKNOWN, 0, false, -1, NOT_IN_ORDER",
            "NO,      true,  YES,       0, false, 2,  AT_RISK",
            "UNKNOWN, true,  NO,      0, false, 2,  NOT_IN_ORDER",
            "UNKNOWN, true,  UNKNOWN, 0, false, -1, NOT_IN_ORDER",
            "UNKNOWN, false, UNKNOWN, 3, false, -1, NOT_IN_ORDER",
            "NO,      false, YES,       0, false, 4,  AT_RISK",
            "UNKNOWN, false, UNKNOWN, 1, true,  -1, AT_RISK",
            "NO,      false, NO,      0, false, 1,  AT_RISK",
            "NO,      false, NO,      0, false, 0,  IN_ORDER",
            "UNKNOWN, false, UNKNOWN, 0, false, -1, UNKNOWN"})
    void debts(Answer threat, boolean cbs, Answer help, int signalCreditors, boolean utility, int debts,
               String outcome) {
        BasicsFact fact = BasicsFact.debts(provenance(), TODAY, new BasicsFact.Debts(debts < 0 ? null : debts, null,
                List.of(), help, cbs ? List.of(DebtCriterion.HEALTH_PREMIUM_CAK) : List.of(), threat));
        List<String> creditors = List.of("Zorg", "DUO", "Belastingdienst").subList(0, Math.min(3, signalCreditors));
        if (utility) {
            creditors = List.of("Energie");
        }
        List<CheckInputs.OpenSignal> signals = creditors.isEmpty() ? List.of()
                : List.of(new CheckInputs.OpenSignal(creditors, "MEDIUM"));

        DmnDecisionRuleResult result = decide(Dimension.DEBTS,
                inputs(Map.of(Dimension.DEBTS, fact), HouseholdType.SINGLE, signals));

        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((Boolean) result.getEntry("threat")).isEqualTo(threat == Answer.YES);
    }

    @Test
    void nothingRecordedAboutDebtsIsUnknownButSignalsAloneCount() {
        assertThat(outcome(Dimension.DEBTS, inputs(Map.of(), HouseholdType.UNKNOWN, List.of())))
                .isEqualTo("UNKNOWN");
        assertThat(outcome(Dimension.DEBTS, inputs(Map.of(), HouseholdType.UNKNOWN, List.of(
                new CheckInputs.OpenSignal(List.of("Huur", "Zorg"), "MEDIUM"),
                new CheckInputs.OpenSignal(List.of("Water"), "LOW"))))).isEqualTo("NOT_IN_ORDER");
    }

    @ParameterizedTest(name = "Veilig Thuis {0}, concern {1} → {2}")
    @CsvSource({
            "YES,       NO,      NOT_IN_ORDER",
            "YES,       UNKNOWN, NOT_IN_ORDER",
            "NO,      YES,       AT_RISK",
            "UNKNOWN, YES,       AT_RISK",
            "NO,      NO,      IN_ORDER",
            "UNKNOWN, NO,      IN_ORDER",
            "NO,      UNKNOWN, UNKNOWN",
            "UNKNOWN, UNKNOWN, UNKNOWN"})
    void safety(Answer report, Answer concern, String outcome) {
        BasicsFact fact = BasicsFact.safety(provenance(), TODAY, concern, report);
        assertThat(outcome(Dimension.SAFETY, inputs(Map.of(Dimension.SAFETY, fact), HouseholdType.UNKNOWN,
                List.of()))).isEqualTo(outcome);
        assertThat(outcome(Dimension.SAFETY, inputs(Map.of(), HouseholdType.UNKNOWN, List.of())))
                .isEqualTo("UNKNOWN");
    }

    private static String income(HouseholdType type, Long cents) {
        BasicsFact fact = BasicsFact.income(provenance(), TODAY, List.of(IncomeSource.WAGES), cents);
        return outcome(Dimension.INCOME, inputs(Map.of(Dimension.INCOME, fact), type, List.of()));
    }

    private static CheckInputs inputs(Map<Dimension, BasicsFact> facts, HouseholdType type,
                                      List<CheckInputs.OpenSignal> signals) {
        return new CheckInputs(facts, type, NORMS, 110, signals);
    }

    private static String outcome(Dimension dimension, CheckInputs inputs) {
        return decide(dimension, inputs).getEntry("outcome");
    }

    private static DmnDecisionRuleResult decide(Dimension dimension, CheckInputs inputs) {
        return DecisionEngines.TABLES.evaluateDecisionTable(TABLES.get(dimension),
                Variables.fromMap(inputs.variables(dimension))).getSingleResult();
    }

    private static BasicsFact.Provenance provenance() {
        return new BasicsFact.Provenance(UUID.randomUUID(), TODAY.minusDays(3), Source.RESIDENT, "fatima",
                Instant.parse("2026-11-30T09:00:00Z"));
    }
}
