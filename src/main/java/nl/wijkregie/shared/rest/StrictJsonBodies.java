package nl.wijkregie.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.shared.ControlCharacters;

/**
 * Makes JSON request bodies strict before JSON-B reads them. Yasson is lenient where the API promises a 400: it reads
 * {@code 1e400} into a {@code Long} as 0, {@code 12345} into a {@code String} as "12345", and invalid UTF-8 as U+FFFD;
 * PostgreSQL then fails on a NUL with a 500. So every JSON body is first decoded as strict UTF-8, parsed with JSON-P
 * (duplicate keys refused), and checked against the Java type the resource method takes: strings must be JSON
 * strings, booleans JSON booleans, integers integral and within the range of their type, lists arrays and records
 * objects, {@code null} only where the Java type can hold it, and no string anywhere may contain a control character.
 * A field left out keeps its Java default (null, or false/0 for a primitive: optional flags rely on it); a required
 * field says so with {@code @NotNull}. Unknown fields are tolerated (clients may be newer than the server), but their
 * strings are checked too. Any problem is a 400 naming the field path.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            List<Problem.Violation> violations = check(body, context.getGenericType());
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(summary(violations), violations);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The sentence above the field messages: about the fields when there are any, about the body otherwise. */
    static String summary(List<Problem.Violation> violations) {
        return violations.stream().allMatch(v -> "body".equals(v.field()))
                ? "De gegevens zijn geen geldige JSON voor dit verzoek."
                : "Controleer de gemarkeerde velden.";
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** The violations of one body read as the given Java type; empty when the body is fine. */
    static List<Problem.Violation> check(byte[] body, Type target) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return List.of(new Problem.Violation("body", "Geen geldige UTF-8-tekst"));
        }
        if (text.isBlank()) {
            return List.of();
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return List.of(new Problem.Violation("body", "Geen geldige JSON"));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        controlCharacters(value, "", violations);
        types(value, target, "", violations);
        return violations.stream().distinct().toList();
    }

    private static void controlCharacters(JsonValue value, String path, List<Problem.Violation> violations) {
        switch (value.getValueType()) {
            case STRING -> {
                if (ControlCharacters.contains(((JsonString) value).getString())) {
                    violations.add(new Problem.Violation(field(path), ControlCharacters.MESSAGE));
                }
            }
            case OBJECT -> ((JsonObject) value).forEach((name, member) -> {
                if (ControlCharacters.contains(name)) {
                    violations.add(new Problem.Violation(field(path), "Veldnaam bevat een ongeldig teken"));
                } else {
                    controlCharacters(member, property(path, name), violations);
                }
            });
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    controlCharacters(array.get(i), path + "[" + i + "]", violations);
                }
            }
            default -> {
            }
        }
    }

    private static void types(JsonValue value, Type type, String path, List<Problem.Violation> violations) {
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                violations.add(new Problem.Violation(field(path), "Mag niet leeg zijn"));
            }
            return;
        }
        if (raw == LocalDate.class) {
            if (expect(value, JsonValue.ValueType.STRING, "Vul een datum in", path, violations)) {
                date(((JsonString) value).getString(), path, violations);
            }
        } else if (raw == String.class || raw == char.class || raw == Character.class || raw.isEnum()
                || raw == UUID.class || Temporal.class.isAssignableFrom(raw)
                || TemporalAmount.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.STRING, "Moet tekst zijn", path, violations);
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                violations.add(new Problem.Violation(field(path), "Moet true of false zijn"));
            }
        } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != void.class)) {
            number(value, raw, path, violations);
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.ARRAY, "Moet een lijst zijn", path, violations)) {
                Type element = elementType(type, raw);
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    types(array.get(i), element, path + "[" + i + "]", violations);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value, JsonValue.ValueType.OBJECT, "Moet een object zijn", path, violations)) {
                Type valueType = typeArgument(type, 1);
                ((JsonObject) value).forEach((name, member) -> types(member, valueType, property(path, name),
                        violations));
            }
        } else if (expect(value, JsonValue.ValueType.OBJECT, "Moet een object zijn", path, violations)
                && raw.isRecord()) {
            JsonObject object = (JsonObject) value;
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = jsonName(component);
                JsonValue member = object.get(name);
                if (member != null) {
                    types(member, component.getGenericType(), property(path, name), violations);
                }
            }
        }
    }

    /** A date field says what is wrong with it in words, not as a parser's message about the whole body. */
    private static void date(String text, String path, List<Problem.Violation> violations) {
        if (text.isBlank()) {
            violations.add(new Problem.Violation(field(path), "Vul een datum in"));
            return;
        }
        try {
            LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(field(path), "Dit is geen bestaande datum"));
        }
    }

    private static void number(JsonValue value, Class<?> raw, String path, List<Problem.Violation> violations) {
        if (!expect(value, JsonValue.ValueType.NUMBER, "Moet een getal zijn", path, violations)) {
            return;
        }
        BigDecimal number;
        try {
            number = ((JsonNumber) value).bigDecimalValue();
        } catch (RuntimeException e) {
            violations.add(new Problem.Violation(field(path), "Getal valt buiten het toegestane bereik"));
            return;
        }
        if (raw == BigDecimal.class) {
            return;
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            double asDouble = number.doubleValue();
            boolean fits = raw == double.class || raw == Double.class ? Double.isFinite(asDouble)
                    : Float.isFinite(number.floatValue());
            if (!fits) {
                violations.add(new Problem.Violation(field(path), "Getal valt buiten het toegestane bereik"));
            }
            return;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > 0) {
            violations.add(new Problem.Violation(field(path), "Moet een geheel getal zijn"));
            return;
        }
        if (stripped.precision() - stripped.scale() > 40) {
            violations.add(new Problem.Violation(field(path), "Getal valt buiten het toegestane bereik"));
            return;
        }
        BigInteger integer = stripped.toBigIntegerExact();
        if (raw == BigInteger.class) {
            return;
        }
        BigInteger min = raw == int.class || raw == Integer.class ? BigInteger.valueOf(Integer.MIN_VALUE)
                : raw == short.class || raw == Short.class ? BigInteger.valueOf(Short.MIN_VALUE)
                : raw == byte.class || raw == Byte.class ? BigInteger.valueOf(Byte.MIN_VALUE) : LONG_MIN;
        BigInteger max = raw == int.class || raw == Integer.class ? BigInteger.valueOf(Integer.MAX_VALUE)
                : raw == short.class || raw == Short.class ? BigInteger.valueOf(Short.MAX_VALUE)
                : raw == byte.class || raw == Byte.class ? BigInteger.valueOf(Byte.MAX_VALUE) : LONG_MAX;
        if (integer.compareTo(min) < 0 || integer.compareTo(max) > 0) {
            violations.add(new Problem.Violation(field(path), "Getal valt buiten het toegestane bereik"));
        }
    }

    private static boolean expect(JsonValue value, JsonValue.ValueType type, String message, String path,
                                  List<Problem.Violation> violations) {
        if (value.getValueType() == type) {
            return true;
        }
        violations.add(new Problem.Violation(field(path), message));
        return false;
    }

    private static String jsonName(RecordComponent component) {
        JsonbProperty onAccessor = component.getAccessor().getAnnotation(JsonbProperty.class);
        if (onAccessor != null && !onAccessor.value().isEmpty()) {
            return onAccessor.value();
        }
        try {
            JsonbProperty onField = component.getDeclaringRecord().getDeclaredField(component.getName())
                    .getAnnotation(JsonbProperty.class);
            if (onField != null && !onField.value().isEmpty()) {
                return onField.value();
            }
        } catch (NoSuchFieldException e) {
            // a record always has the field; fall back to its name
        }
        return component.getName();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            Class<?> component = raw(a.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type elementType(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType a ? a.getGenericComponentType() : raw.getComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static String property(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
