package nl.wijkregie.signal.domain;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The national DDAS v0.9 JSON Schema (verbatim copy in src/test/resources/ddas) as a test oracle, shared by the unit
 * test of {@link DdasDelivery} and the integration test of the export endpoint. Format assertions are switched on:
 * draft 2020-12 treats "format" as an annotation only, but CBS expects real dates, date-times and e-mail addresses.
 */
public final class DdasSchema {

    private static final JsonSchema SCHEMA = load();

    private DdasSchema() {
    }

    /** The validation problems of a JSON document, each with its location; empty when it conforms. */
    public static List<String> problems(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(ValidationMessage::getMessage).toList();
    }

    /** A file of src/test/resources/ddas as text. */
    public static String resource(String name) {
        try (InputStream in = DdasSchema.class.getClassLoader().getResourceAsStream("ddas/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource ddas/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(resource("json_schema_Uitwisselmodel.json"), config);
    }
}
