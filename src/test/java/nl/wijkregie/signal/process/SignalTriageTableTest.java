package nl.wijkregie.signal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;
import nl.wijkregie.workflow.engine.DecisionEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The triage table of bpmn/signal-triage.dmn, row by row: given the signal's facts, which priority and which kind of
 * deadline (3 working days when threatening, the municipal norm otherwise, none below the threshold).
 */
class SignalTriageTableTest {

    private static final long MINIMUM_CENTS = 10_000;
    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parseTheTable() throws Exception {
        engine = DecisionEngines.TABLES;
        try (InputStream table = SignalTriageTableTest.class.getClassLoader()
                .getResourceAsStream("bpmn/signal-triage.dmn")) {
            decision = engine.parseDecision("signal-triage", table);
        }
    }

    @ParameterizedTest(name = "crisis={0} threat={1} €{2} creditors={3} days={4} known={5} vulnerable={6} → {7}/{8}")
    @CsvSource({
            "true,  GEEN,           50,  1,  30, false, false, HOOG,   DREIGING",
            "false, HUISUITZETTING, 50,  1,  30, false, false, HOOG,   DREIGING",
            "false, AFSLUITING,     500, 1,  30, false, false, HOOG,   DREIGING",
            "false, GEEN,           50,  1,  30, false, false, GEEN,   GEEN",
            "false, GEEN,           50,  4,  120, true, true,  GEEN,   GEEN",
            "false, GEEN,           250, 3,  30, false, false, HOOG,   NORM",
            "false, GEEN,           250, 2,  30, false, true,  HOOG,   NORM",
            "false, GEEN,           250, 2,  30, false, false, MIDDEN, NORM",
            "false, GEEN,           250, 1,  90, false, false, MIDDEN, NORM",
            "false, GEEN,           250, 1,  30, true,  false, MIDDEN, NORM",
            "false, GEEN,           250, 1,  30, false, true,  MIDDEN, NORM",
            "false, GEEN,           250, 1,  30, false, false, LAAG,   NORM",
            "false, GEEN,           100, 1,  89, false, false, LAAG,   NORM"})
    void decidesPriorityAndDeadline(boolean crisis, String threat, long euros, int creditors, int arrearsDays,
                                    boolean known, boolean vulnerable, String priority, String deadline) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.fromMap(Map.of(
                "crisis", crisis, "threat", threat, "amountCents", euros * 100, "minimumAmountCents", MINIMUM_CENTS,
                "creditorCount", creditors, "arrearsDays", arrearsDays, "knownHousehold", known,
                "vulnerableWijk", vulnerable))).getSingleResult();

        assertThat((String) result.getEntry("priority")).isEqualTo(priority);
        assertThat((String) result.getEntry("deadline")).isEqualTo(deadline);
        assertThat((String) result.getEntry("reason")).isNotBlank();
    }
}
