package nl.wijkregie.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/run} honours the ports the README documents (issue 12): the embedded database on {@code DB_PORT} with
 * a data directory of its own, the readiness wait on {@code HTTP_PORT}, and the demo data loaded into that database —
 * so a second instance never finds the first one "ready" or loads its demo data there. Maven is replaced by a stand-in
 * on the PATH that records its arguments; a small HTTP server plays the application's readiness check.
 */
class ScriptsRunTest {

    @TempDir
    Path temp;

    @Test
    void usesTheDatabasePortAndHttpPortItIsGiven() throws Exception {
        Path calls = temp.resolve("mvn-calls.txt");
        Path fakeMaven = temp.resolve("bin/mvn");
        Files.createDirectories(fakeMaven.getParent());
        Files.writeString(fakeMaven, """
                #!/usr/bin/env bash
                echo "$*" >> "%s"
                case "$*" in
                  *start-embedded-database*)
                    for arg in "$@"; do
                      case "$arg" in -Dembedded.db.data=*) data="${arg#-Dembedded.db.data=}"; mkdir -p "$(dirname "$data")"; touch "$data.ready" ;; esac
                    done
                    exec sleep 30 ;;
                  *liberty:run*) sleep 3 ;;
                esac
                """.formatted(calls));
        Files.setPosixFilePermissions(fakeMaven, PosixFilePermissions.fromString("rwxr-xr-x"));

        int dbPort = freePort();
        Path project = Path.of("").toAbsolutePath();
        Path marker = project.resolve(".data/demo-data-loaded-" + dbPort);
        AtomicInteger readinessAsked = new AtomicInteger();
        HttpServer application = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        application.createContext("/health/ready", exchange -> {
            readinessAsked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        application.start();
        try {
            ProcessBuilder run = new ProcessBuilder("bash", "scripts/run").directory(project.toFile())
                    .redirectErrorStream(true).redirectOutput(temp.resolve("run.log").toFile());
            run.environment().remove("DB_HOST");
            run.environment().put("PATH", fakeMaven.getParent() + ":" + System.getenv("PATH"));
            run.environment().put("HTTP_PORT", String.valueOf(application.getAddress().getPort()));
            run.environment().put("DB_PORT", String.valueOf(dbPort));
            run.environment().put("DEMO_HOUSEHOLDS", "7");
            Process process = run.start();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            assertThat(ended).as("scripts/run ended; its output: " + Files.readString(temp.resolve("run.log")))
                    .isTrue();
        } finally {
            application.stop(0);
            Files.deleteIfExists(marker);
            Files.deleteIfExists(project.resolve(".data/postgres-" + dbPort + ".ready"));
        }

        List<String> maven = Files.readAllLines(calls);
        assertThat(maven).filteredOn(call -> call.contains("start-embedded-database")).singleElement()
                .satisfies(call -> assertThat(call).contains("-Pembedded-db", "-Dembedded.db.port=" + dbPort,
                        "-Dembedded.db.data=" + project.resolve(".data/postgres-" + dbPort),
                        "-Dembedded.db.wait=true"));
        assertThat(maven).filteredOn(call -> call.contains("liberty:run")).singleElement()
                .satisfies(call -> assertThat(call).doesNotContain("-Pembedded-db"));
        assertThat(readinessAsked.get()).as("readiness asked on HTTP_PORT").isPositive();
        assertThat(maven).filteredOn(call -> call.contains("DemoData")).singleElement().satisfies(call ->
                assertThat(call).contains("--households=7", "--url=jdbc:postgresql://localhost:" + dbPort
                        + "/wijkregie"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
