package nl.wijkregie.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs a decision was taken with, stored as a JSON object beside the decision (triage, basics checks), as plain
 * values for a response: every "waarom" the UI shows reads them the same way. JSON-P only, so no JSON-B is needed.
 */
public final class DecisionInputsJson {

    private DecisionInputsJson() {
    }

    public static Map<String, Object> asPlainValues(String json) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (json == null) {
            return inputs;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            reader.readObject().forEach((name, value) -> inputs.put(name, plain(value)));
        }
        return inputs;
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> value.asJsonArray().stream().map(DecisionInputsJson::plain).toList();
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((name, nested) -> object.put(name, plain(nested)));
                yield object;
            }
        };
    }
}
