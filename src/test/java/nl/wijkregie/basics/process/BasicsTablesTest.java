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
            "DAKLOOS,              false, NIET_OP_ORDE, true",
            "TIJDELIJK_ONDERDAK,   false, NIET_OP_ORDE, false",
            "DREIGENDE_UITZETTING, false, NIET_OP_ORDE, true",
            "HUURACHTERSTAND,      false, WANKEL,       false",
            "ONZEKER,              false, WANKEL,       false",
            "STABIEL_ONGESCHIKT,   false, WANKEL,       false",
            "STABIEL,              true,  WANKEL,       false",
            "STABIEL,              false, OP_ORDE,      false",
            "ONBEKEND,             true,  WANKEL,       false",
            "ONBEKEND,             false, ONBEKEND,     false",
            ",                     false, ONBEKEND,     false"})
    void housing(HousingSituation situation, boolean landlordSignal, String outcome, boolean threat) {
        Map<Dimension, BasicsFact> facts = situation == null ? Map.of()
                : Map.of(Dimension.WONEN, BasicsFact.housing(provenance(), TODAY, situation));
        List<CheckInputs.OpenSignal> signals = landlordSignal
                ? List.of(new CheckInputs.OpenSignal(List.of("Huur"), "HOOG")) : List.of();

        DmnDecisionRuleResult result = decide(Dimension.WONEN, inputs(facts, HouseholdType.ALLEENSTAANDE, signals));

        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((Boolean) result.getEntry("threat")).isEqualTo(threat);
        assertThat((String) result.getEntry("reason")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HouseholdType.class, names = "ONBEKEND", mode = EnumSource.Mode.EXCLUDE)
    void incomeAroundTheMinimumAndTheThresholdForEveryHouseholdType(HouseholdType type) {
        long norm = NORMS.normOn(type, TODAY).orElseThrow().netMonthlyCents();
        long lowestInOrder = (norm * 110 + 99) / 100;

        assertThat(income(type, 0L)).isEqualTo("NIET_OP_ORDE");
        assertThat(income(type, norm - 1)).isEqualTo("NIET_OP_ORDE");
        assertThat(income(type, norm)).isEqualTo("WANKEL");
        assertThat(income(type, lowestInOrder - 1)).isEqualTo("WANKEL");
        assertThat(income(type, lowestInOrder)).isEqualTo("OP_ORDE");
        assertThat(income(type, null)).isEqualTo("ONBEKEND");
    }

    @Test
    void incomeOfAHouseholdOfUnknownCompositionIsUnknownUnlessThereIsNone() {
        assertThat(income(HouseholdType.ONBEKEND, 250_000L)).isEqualTo("ONBEKEND");
        assertThat(income(HouseholdType.ONBEKEND, 0L)).isEqualTo("NIET_OP_ORDE");
    }

    @Test
    void noIncomeSourceCountsAsNoIncomeAndNothingRecordedIsUnknown() {
        BasicsFact none = BasicsFact.income(provenance(), TODAY, List.of(IncomeSource.GEEN), null);
        assertThat(outcome(Dimension.INKOMEN, inputs(Map.of(Dimension.INKOMEN, none), HouseholdType.GEHUWDEN,
                List.of()))).isEqualTo("NIET_OP_ORDE");
        assertThat(outcome(Dimension.INKOMEN, inputs(Map.of(), HouseholdType.GEHUWDEN, List.of())))
                .isEqualTo("ONBEKEND");
    }

    @Test
    void theThresholdIsConfiguration() {
        long norm = NORMS.normOn(HouseholdType.ALLEENSTAANDE, TODAY).orElseThrow().netMonthlyCents();
        BasicsFact fact = BasicsFact.income(provenance(), TODAY, List.of(IncomeSource.LOON), norm + 1);
        CheckInputs at101 = new CheckInputs(Map.of(Dimension.INKOMEN, fact), HouseholdType.ALLEENSTAANDE, NORMS, 100,
                List.of());

        assertThat(outcome(Dimension.INKOMEN, at101)).isEqualTo("OP_ORDE");
        assertThat(income(HouseholdType.ALLEENSTAANDE, norm + 1)).isEqualTo("WANKEL");
    }

    @ParameterizedTest(name = "threat {0}, CBS {1}, help {2}, signal creditors {3}, utility {4}, debts {5} → {6}")
    @CsvSource({
            "JA,       false, ONBEKEND, 0, false, -1, NIET_OP_ORDE",
            "NEE,      true,  JA,       0, false, 2,  WANKEL",
            "ONBEKEND, true,  NEE,      0, false, 2,  NIET_OP_ORDE",
            "ONBEKEND, true,  ONBEKEND, 0, false, -1, NIET_OP_ORDE",
            "ONBEKEND, false, ONBEKEND, 3, false, -1, NIET_OP_ORDE",
            "NEE,      false, JA,       0, false, 4,  WANKEL",
            "ONBEKEND, false, ONBEKEND, 1, true,  -1, WANKEL",
            "NEE,      false, NEE,      0, false, 1,  WANKEL",
            "NEE,      false, NEE,      0, false, 0,  OP_ORDE",
            "ONBEKEND, false, ONBEKEND, 0, false, -1, ONBEKEND"})
    void debts(Answer threat, boolean cbs, Answer help, int signalCreditors, boolean utility, int debts,
               String outcome) {
        BasicsFact fact = BasicsFact.debts(provenance(), TODAY, new BasicsFact.Debts(debts < 0 ? null : debts, null,
                List.of(), help, cbs ? List.of(DebtCriterion.ZORGPREMIE_CAK) : List.of(), threat));
        List<String> creditors = List.of("Zorg", "DUO", "Belastingdienst").subList(0, Math.min(3, signalCreditors));
        if (utility) {
            creditors = List.of("Energie");
        }
        List<CheckInputs.OpenSignal> signals = creditors.isEmpty() ? List.of()
                : List.of(new CheckInputs.OpenSignal(creditors, "MIDDEN"));

        DmnDecisionRuleResult result = decide(Dimension.SCHULDEN,
                inputs(Map.of(Dimension.SCHULDEN, fact), HouseholdType.ALLEENSTAANDE, signals));

        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((Boolean) result.getEntry("threat")).isEqualTo(threat == Answer.JA);
    }

    @Test
    void nothingRecordedAboutDebtsIsUnknownButSignalsAloneCount() {
        assertThat(outcome(Dimension.SCHULDEN, inputs(Map.of(), HouseholdType.ONBEKEND, List.of())))
                .isEqualTo("ONBEKEND");
        assertThat(outcome(Dimension.SCHULDEN, inputs(Map.of(), HouseholdType.ONBEKEND, List.of(
                new CheckInputs.OpenSignal(List.of("Huur", "Zorg"), "MIDDEN"),
                new CheckInputs.OpenSignal(List.of("Water"), "LAAG"))))).isEqualTo("NIET_OP_ORDE");
    }

    @ParameterizedTest(name = "Veilig Thuis {0}, concern {1} → {2}")
    @CsvSource({
            "JA,       NEE,      NIET_OP_ORDE",
            "JA,       ONBEKEND, NIET_OP_ORDE",
            "NEE,      JA,       WANKEL",
            "ONBEKEND, JA,       WANKEL",
            "NEE,      NEE,      OP_ORDE",
            "ONBEKEND, NEE,      OP_ORDE",
            "NEE,      ONBEKEND, ONBEKEND",
            "ONBEKEND, ONBEKEND, ONBEKEND"})
    void safety(Answer report, Answer concern, String outcome) {
        BasicsFact fact = BasicsFact.safety(provenance(), TODAY, concern, report);
        assertThat(outcome(Dimension.VEILIGHEID, inputs(Map.of(Dimension.VEILIGHEID, fact), HouseholdType.ONBEKEND,
                List.of()))).isEqualTo(outcome);
        assertThat(outcome(Dimension.VEILIGHEID, inputs(Map.of(), HouseholdType.ONBEKEND, List.of())))
                .isEqualTo("ONBEKEND");
    }

    private static String income(HouseholdType type, Long cents) {
        BasicsFact fact = BasicsFact.income(provenance(), TODAY, List.of(IncomeSource.LOON), cents);
        return outcome(Dimension.INKOMEN, inputs(Map.of(Dimension.INKOMEN, fact), type, List.of()));
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
        return new BasicsFact.Provenance(UUID.randomUUID(), TODAY.minusDays(3), Source.BEWONER, "fatima",
                Instant.parse("2026-11-30T09:00:00Z"));
    }
}
