package nl.wijkregie.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts the real OpenID Connect provider of the integration tests (Keycloak's server distribution, unpacked by the
 * pom) so that the production login ({@code AUTH_MODE=oidc}) runs in the test command (issue 21, ADR 0024). Keycloak
 * needs Java 21 or later while the build runs on 17: the JDK is taken from {@code --java}, {@code $OIDC_JAVA_HOME},
 * the running JVM, or the newest JDK of 21+ under {@code /usr/lib/jvm}; without one the build stops with a message
 * saying so. Keycloak keeps its own store in memory (dev mode) and imports the test realm at start. It keeps running
 * after this returns and is stopped by {@code --stop} (post-integration-test) or when the Maven JVM exits.
 *
 * <pre>TestIdentityProvider --home=DIR --port=9190 --import=DIR --log=FILE [--java=JDK] [--stop]</pre>
 */
public final class TestIdentityProvider {

    private static final int MINIMUM_JAVA = 21;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private TestIdentityProvider() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(option(args, "home").orElseThrow(() -> new IllegalArgumentException("--home missing")))
                .toAbsolutePath();
        Path pidFile = home.resolve("wijkregie-test.pid");
        stopEarlier(pidFile);
        if (Arrays.asList(args).contains("--stop")) {
            return;
        }
        int port = Integer.parseInt(option(args, "port").orElse("9190"));
        Path java = javaHome(option(args, "java"));
        Path log = Path.of(option(args, "log").orElse(home.resolve("test.log").toString())).toAbsolutePath();
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        try (Stream<Path> realms = Files.list(Path.of(option(args, "import").orElseThrow()))) {
            for (Path realm : realms.toList()) {
                Files.copy(realm, imports.resolve(realm.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        home.resolve("bin/kc.sh").toFile().setExecutable(true);
        // C1 only: Keycloak starts a third faster and the tests ask it for a handful of tokens
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--import-realm", "--db=dev-mem", "--health-enabled=false",
                "--metrics-enabled=false", "--cache=local")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", java.toString());
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        long started = System.nanoTime();
        Process process = builder.start();
        Files.writeString(pidFile, process.pid() + "\n");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process.toHandle())));
        String discovery = "http://localhost:" + port + "/realms/wijkregie/.well-known/openid-configuration";
        awaitReady(process, discovery, log);
        System.out.printf("Test identity provider (Keycloak, %s) ready on port %d after %d s%n", java, port,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static void awaitReady(Process process, String discovery, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(discovery))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        stop(process.toHandle());
        throw new IllegalStateException("Keycloak did not serve " + discovery + " within " + START_TIMEOUT + "; see "
                + log);
    }

    /** A JDK of at least Java 21, or a failure that says how to provide one. */
    static Path javaHome(Optional<String> given) {
        List<Path> candidates = new ArrayList<>();
        given.filter(s -> !s.isBlank()).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("OIDC_JAVA_HOME")).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> installed = Files.list(jvms)) {
                installed.sorted((a, b) -> Integer.compare(featureVersion(b), featureVersion(a)))
                        .forEach(candidates::add);
            } catch (IOException e) {
                // nothing installed there
            }
        }
        return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> featureVersion(home) >= MINIMUM_JAVA).findFirst()
                .orElseThrow(() -> new IllegalStateException("The OIDC tests start Keycloak, which needs Java "
                        + MINIMUM_JAVA + " or later; none found in " + candidates
                        + ". Install one (e.g. apt-get install openjdk-21-jdk-headless) or point OIDC_JAVA_HOME"
                        + " (or -Dit.oidc.java) to it, or skip the OIDC tests with -Dit.oidc.skip=true."));
    }

    /** The feature version from a JDK's {@code release} file (JAVA_VERSION="25.0.1"), or 0. */
    static int featureVersion(Path home) {
        try {
            Matcher version = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)")
                    .matcher(Files.readString(home.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Stops a Keycloak an earlier (maybe interrupted) build of this directory left running. */
    private static void stopEarlier(Path pidFile) throws IOException {
        if (Files.exists(pidFile)) {
            // only if that process is still Keycloak (a pid is reused once its process ended)
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().commandLine().map(c -> c.contains("kc.sh") || c.contains("keycloak"))
                            .orElse(false))
                    .ifPresent(TestIdentityProvider::stop);
            Files.delete(pidFile);
        }
    }

    private static void stop(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static Optional<String> option(String[] args, String name) {
        return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "="))
                .map(a -> a.substring(name.length() + 3)).findFirst();
    }
}
