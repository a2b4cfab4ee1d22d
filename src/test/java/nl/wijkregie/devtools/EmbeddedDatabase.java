package nl.wijkregie.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL server (binaries from Maven Central) for running the application without an external
 * database ({@code scripts/run}) and for the integration tests. The server keeps running after this returns and is
 * stopped when the Maven JVM exits, or by {@code --stop}. It creates role and database {@code wijkregie} (password
 * {@code wijkregie}) once.
 *
 * <pre>EmbeddedDatabase --port=55432 --data=.data/postgres [--fresh] [--stop]</pre>
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "wijkregie";

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(option(args, "port").orElse("55432"));
        Path data = Path.of(option(args, "data").orElse(".data/postgres")).toAbsolutePath();
        if (Arrays.asList(args).contains("--stop")) {
            stop(data);
            return;
        }
        if (Arrays.asList(args).contains("--fresh")) {
            stop(data);
            deleteRecursively(data);
        }
        stopStale(data);
        Files.createDirectories(data.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        createApplicationDatabase(port);
        System.out.printf("Embedded PostgreSQL %s is running on port %d with data in %s%n",
                serverVersion(port), port, data);
        // keep a reference so the shutdown hook's owner is not collected
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
            }
        }));
    }

    private static void createApplicationDatabase(int port) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(port, "postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            boolean roleExists = sql.executeQuery("select 1 from pg_roles where rolname = 'wijkregie'").next();
            if (!roleExists) {
                sql.execute("create role wijkregie login password 'wijkregie'");
            }
            boolean databaseExists = sql.executeQuery("select 1 from pg_database where datname = 'wijkregie'").next();
            if (!databaseExists) {
                sql.execute("create database wijkregie owner wijkregie encoding 'UTF8'");
            }
        }
    }

    private static String serverVersion(int port) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(port, "postgres"), "postgres", "")) {
            return admin.getMetaData().getDatabaseProductVersion();
        }
    }

    public static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A server left behind by a killed run still holds the data directory: stop it first. */
    private static void stopStale(Path data) throws IOException, InterruptedException {
        if (runningServer(data).isPresent()) {
            System.out.println("Stopping a PostgreSQL left running on " + data);
            stop(data);
        }
    }

    static void stop(Path data) throws IOException, InterruptedException {
        Optional<ProcessHandle> server = runningServer(data);
        if (server.isEmpty()) {
            return;
        }
        server.get().destroy();
        for (int i = 0; i < 300 && server.get().isAlive(); i++) {
            Thread.sleep(100);
        }
        if (server.get().isAlive()) {
            server.get().destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> runningServer(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Optional<String> option(String[] args, String name) {
        return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "="))
                .map(a -> a.substring(name.length() + 3)).findFirst();
    }
}
