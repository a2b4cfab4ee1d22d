package nl.wijkregie.workflow.engine;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The DMN engine our decision tables are evaluated with. It uses Camunda's Java FEEL implementation for the simple
 * unary tests of our tables (true, "HUISUITZETTING", &gt;= 3, -): it compiles them once and is many times cheaper per
 * evaluation than the Scala FEEL engine, which mattered for triaging a monthly list of 100,000 signals. The table
 * tests use the same engine, so what they prove is what runs.
 */
public final class DecisionEngines {

    public static final DmnEngine TABLES = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();

    private DecisionEngines() {
    }
}
