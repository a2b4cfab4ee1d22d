package nl.wijkregie.signal.domain;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The national DDAS v0.9 JSON Schema (a copy in src/test/resources/ddas), with format assertions switched on. */
public final class DdasSchema {

    private static final JsonSchema SCHEMA = load();

    private DdasSchema() {
    }

    /** The validation problems of a document; empty when it conforms. */
    public static List<String> problems(String json) {
        return SCHEMA.validate(json, com.networknt.schema.InputFormat.JSON).stream()
                .map(ValidationMessage::getMessage).toList();
    }

    public static String resource(String name) {
        try (InputStream in = DdasSchema.class.getClassLoader().getResourceAsStream("ddas/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
