package nl.wijkregie.signal.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts of a signal case that triage decides on, taken over all its stacked signals. These are the inputs of
 * bpmn/signal-triage.dmn under the same names, and they are stored with every decision.
 */
public record TriageFacts(boolean crisis, Threat threat, long amountCents, int creditorCount, int arrearsDays,
                          boolean knownHousehold, boolean vulnerableWijk, long minimumAmountCents) {

    public Map<String, Object> asVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("crisis", crisis);
        variables.put("threat", threat.name());
        variables.put("amountCents", amountCents);
        variables.put("minimumAmountCents", minimumAmountCents);
        variables.put("creditorCount", creditorCount);
        variables.put("arrearsDays", arrearsDays);
        variables.put("knownHousehold", knownHousehold);
        variables.put("vulnerableWijk", vulnerableWijk);
        return variables;
    }
}
