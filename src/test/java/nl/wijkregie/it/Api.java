package nl.wijkregie.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the running test server, logged in as one demo user (or nobody). */
public final class Api {

    public static final String BASE_URL = System.getProperty("wijkregie.baseUrl", "http://localhost:9180");
    /** The second node of the test cluster (wijkregie-it-b): same database, its own JVM (docs/operations.md). */
    public static final String NODE_B_URL = System.getProperty("wijkregie.nodeB.baseUrl", "http://localhost:9183");
    public static final String DEMO_PASSWORD = "wijkregie-demo";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static {
        awaitApplicationReady(Duration.ofMinutes(5));
    }

    private final String authorization;
    private final String baseUrl;

    /**
     * The server says it started once the application has had 30 seconds, not when it is up: on a busy build machine
     * the application takes longer, so the tests wait for its readiness check before their first call.
     */
    private static void awaitApplicationReady(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/health/ready"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet or timed out: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Api(String authorization) {
        this(authorization, BASE_URL);
    }

    private Api(String authorization, String baseUrl) {
        this.authorization = authorization;
        this.baseUrl = baseUrl;
    }

    public static Api as(String user) {
        return new Api("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** The same user's calls, sent to the second node of the test cluster. */
    public Api onNodeB() {
        return new Api(authorization, NODE_B_URL);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    /** Waits until the application answers ready again (e.g. after its database came back). */
    public static void awaitReady(Duration timeout) {
        awaitApplicationReady(timeout);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends the bytes as they are, for bodies that are not valid UTF-8. */
    public Response sendBytes(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET whose body is binary (a PDF): the status and the bytes as they came. */
    public BinaryResponse getBytes(String path, String accept) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new BinaryResponse(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary response: status, content type and bytes. */
    public record BinaryResponse(int status, String contentType, byte[] body) {
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        if (builder.build().headers().firstValue("Accept").isEmpty()) {
            builder.header("Accept", "application/json, application/problem+json");
        }
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed on demand. */
    public record Response(int status, String contentType, String location, String body, String retryAfter) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        public String field(String name) {
            JsonValue value = json().get(name);
            return value == null || value == JsonValue.NULL ? null
                    : value.getValueType() == JsonValue.ValueType.STRING ? json().getString(name) : value.toString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
