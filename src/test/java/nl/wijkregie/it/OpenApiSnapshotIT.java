package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The web UI's API types are generated from docs/api/openapi.json; this keeps that snapshot equal to what the server
 * publishes, so UI and API cannot drift. After an API change run scripts/update-openapi against a running instance (or, after this test failed,
 * {@code scripts/update-openapi --from-file target/openapi-published.json}).
 */
class OpenApiSnapshotIT {

    @Test
    void theCommittedSnapshotMatchesThePublishedDocument() throws Exception {
        JsonObject published = Api.anonymous().get("/openapi?format=JSON").json();
        JsonObject committed;
        try (Reader reader = Files.newBufferedReader(Path.of("docs/api/openapi.json"));
             var json = Json.createReader(reader)) {
            committed = json.readObject();
        }

        if (!committed.getJsonObject("paths").equals(published.getJsonObject("paths"))
                || !committed.getJsonObject("components").equals(published.getJsonObject("components"))) {
            // what the server publishes, for scripts/update-openapi --from-file target/openapi-published.json
            Files.writeString(Path.of("target/openapi-published.json"), published.toString());
        }
        assertThat(committed.getJsonObject("paths")).as("paths; run scripts/update-openapi")
                .isEqualTo(published.getJsonObject("paths"));
        assertThat(committed.getJsonObject("components")).as("schemas; run scripts/update-openapi")
                .isEqualTo(published.getJsonObject("components"));
    }
}
