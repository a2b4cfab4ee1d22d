package nl.wijkregie.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The deployment files cannot be tried on a development machine (no registry, no cluster), so they are checked here:
 * the OpenLibertyApplication against the operator's published schema, every environment variable against a setting
 * the application really reads (a typo would silently fall back to a default, e.g. demo passwords), every secret it
 * names against the example secrets, and the container image against the paths server.xml reads.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");
    private static final Path CONTAINERFILE = Path.of("deploy/container/Containerfile");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theApplicationResourcePassesTheOperatorsSchema() throws IOException {
        JsonNode application = single("wijkregie.yaml", "OpenLibertyApplication");
        Set<ValidationMessage> problems = operatorSchema().validate(application);
        assertThat(problems).isEmpty();
        assertThat(application.at("/apiVersion").asText()).isEqualTo("apps.openliberty.io/v1");
    }

    @Test
    void theSchemaCatchesAWrongField() throws IOException {
        ObjectNode application = (ObjectNode) single("wijkregie.yaml", "OpenLibertyApplication");
        ((ObjectNode) application.get("spec")).put("replicas", "two");
        assertThat(operatorSchema().validate(application)).isNotEmpty();
    }

    @Test
    void theSchemaCatchesAMisspelledField() throws IOException {
        ObjectNode application = (ObjectNode) single("wijkregie.yaml", "OpenLibertyApplication");
        ((ObjectNode) application.get("spec")).put("replica", 2);
        assertThat(operatorSchema().validate(application)).isNotEmpty();
    }

    @Test
    void probesUseTheHealthEndpointsAndNodesShareOneLoginKey() throws IOException {
        JsonNode spec = single("wijkregie.yaml", "OpenLibertyApplication").get("spec");
        assertThat(spec.at("/probes/startup/httpGet/path").asText()).isEqualTo("/health/started");
        assertThat(spec.at("/probes/liveness/httpGet/path").asText()).isEqualTo("/health/live");
        assertThat(spec.at("/probes/readiness/httpGet/path").asText()).isEqualTo("/health/ready");
        assertThat(spec.at("/replicas").asInt()).isGreaterThan(1);
        assertThat(environment(spec)).contains("LTPA_KEYS_FILE", "LTPA_KEYS_PASSWORD", "DB_OWNER_USER");
        assertThat(valueOf(spec, "AUTH_MODE")).isEqualTo("oidc");
    }

    @Test
    void everyEnvironmentVariableIsASettingTheApplicationReads() throws IOException {
        JsonNode spec = single("wijkregie.yaml", "OpenLibertyApplication").get("spec");
        Set<String> known = knownSettings();
        assertThat(environment(spec)).allSatisfy(name -> assertThat(known).as(name).contains(name));
    }

    @Test
    void everySecretItUsesIsDescribedInTheExample() throws IOException {
        JsonNode spec = single("wijkregie.yaml", "OpenLibertyApplication").get("spec");
        List<JsonNode> secrets = documents(KUBERNETES.resolve("secrets.example.yaml"));
        Set<String> described = new HashSet<>();
        for (JsonNode secret : secrets) {
            assertThat(secret.get("kind").asText()).isEqualTo("Secret");
            secret.get("stringData").fieldNames().forEachRemaining(
                    key -> described.add(secret.at("/metadata/name").asText() + "/" + key));
        }
        List<String> used = new ArrayList<>();
        spec.get("env").forEach(variable -> {
            JsonNode ref = variable.at("/valueFrom/secretKeyRef");
            if (!ref.isMissingNode()) {
                used.add(ref.get("name").asText() + "/" + ref.get("key").asText());
            }
        });
        spec.get("volumes").forEach(volume -> {
            if (volume.has("secret")) {
                volume.at("/secret/items").forEach(item -> used.add(
                        volume.at("/secret/secretName").asText() + "/" + item.get("key").asText()));
            }
        });
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(described).contains(key));
    }

    @Test
    void theImageHoldsWhatServerXmlReads() throws IOException {
        String containerfile = Files.readString(CONTAINERFILE);
        String serverXml = Files.readString(Path.of("liberty-config/server.xml"));
        assertThat(serverXml).contains("${server.config.dir}/lib/jdbc", "${server.config.dir}/lib/hibernate",
                "location=\"wijkregie.war\"");
        assertThat(containerfile).contains("/config/lib/", "/config/apps/wijkregie.war", "liberty-config/auth/",
                "FROM icr.io/appcafe/open-liberty:", "features.sh", "configure.sh");
        for (String copied : List.of("liberty-config/server.xml", "liberty-config/bootstrap.properties",
                "liberty-config/jvm.options")) {
            assertThat(Path.of(copied)).exists();
        }
    }

    private static JsonSchema operatorSchema() throws IOException {
        try (InputStream zipped = KubernetesManifestsTest.class
                .getResourceAsStream("/kubernetes/openlibertyapplication-v1.schema.json.gz");
             InputStream schema = new GZIPInputStream(zipped)) {
            JsonNode strict = strict(new ObjectMapper().readTree(schema));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(strict);
        }
    }

    /**
     * As {@code kubectl apply --validate=strict}: a field the schema does not name is an error, not silently pruned
     * (a misspelled {@code replica:} would otherwise pass and run one node).
     */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            object.forEach(KubernetesManifestsTest::strict);
        } else if (schema.isArray()) {
            schema.forEach(KubernetesManifestsTest::strict);
        }
        return schema;
    }

    private static JsonNode single(String file, String kind) throws IOException {
        List<JsonNode> matching = documents(KUBERNETES.resolve(file)).stream()
                .filter(document -> kind.equals(document.path("kind").asText())).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            return YAML.readValues(parser, JsonNode.class).readAll().stream()
                    .filter(node -> node != null && !node.isNull() && !node.isEmpty()).toList();
        }
    }

    private static List<String> environment(JsonNode spec) {
        List<String> names = new ArrayList<>();
        spec.get("env").forEach(variable -> names.add(variable.get("name").asText()));
        return names;
    }

    private static String valueOf(JsonNode spec, String name) {
        for (JsonNode variable : spec.get("env")) {
            if (variable.get("name").asText().equals(name)) {
                return variable.path("value").asText();
            }
        }
        return null;
    }

    /**
     * The environment names the application understands: Liberty server variables (upper case, dots as
     * underscores) and MicroProfile Config keys {@code wijkregie.*} named in the code.
     */
    private static Set<String> knownSettings() throws IOException {
        Set<String> known = new HashSet<>();
        Pattern variable = Pattern.compile("<variable name=\"([a-z.]+)\"");
        try (Stream<Path> configs = Files.walk(Path.of("liberty-config"))) {
            configs.filter(path -> path.toString().endsWith(".xml")).forEach(path -> {
                Matcher matcher = variable.matcher(read(path));
                while (matcher.find()) {
                    known.add(asEnvironmentName(matcher.group(1)));
                }
            });
        }
        Pattern key = Pattern.compile("\"(wijkregie\\.[a-z0-9.-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> {
                Matcher matcher = key.matcher(read(path));
                while (matcher.find()) {
                    known.add(asEnvironmentName(matcher.group(1)));
                }
            });
        }
        return known;
    }

    private static String asEnvironmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
