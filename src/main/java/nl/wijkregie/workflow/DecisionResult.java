package nl.wijkregie.workflow;

import java.util.Map;

/** The outputs of one DMN evaluation, with the key and deployed version of the table that produced them. */
public record DecisionResult(String decisionKey, int decisionVersion, Map<String, Object> outputs) {

    public String text(String output) {
        Object value = outputs.get(output);
        return value == null ? null : value.toString();
    }
}
