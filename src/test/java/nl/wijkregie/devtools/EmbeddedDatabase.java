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
 * stopped when the Maven JVM exits, or by {@code --stop}. It creates, once, the two roles of ADR 0017 and the
 * database: {@code wijkregie_owner} (password {@code wijkregie_owner}) owns database and schema {@code wijkregie} and
 * runs the migrations; {@code wijkregie} (password {@code wijkregie}) is the application's role, which may not change
 * the access log. A data directory of an earlier version, where {@code wijkregie} owned everything, is handed over to
 * the owner role (the process engine's schema {@code camunda} stays with the application role).
 * <p>
 * fsync is on unless {@code --fsync=off} is given: the data of {@code scripts/run} must survive a power cut; only the
 * integration tests' throwaway database turns it off (the pom). {@code --anchors} names the directory of the access-log
 * anchors that belong to this database: {@code --fresh} removes them with the data.
 *
 * {@code --wait=true} keeps this JVM until it is stopped (scripts/run runs the database in a JVM of its own).
 *
 * <pre>EmbeddedDatabase --port=55432 --data=.data/postgres [--fsync=on|off] [--anchors=DIR] [--fresh] [--stop] [--wait=true]</pre>
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "wijkregie";
    public static final String APPLICATION_ROLE = "wijkregie";
    public static final String OWNER_ROLE = "wijkregie_owner";

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = run(args);
        if (postgres == null) {
            return;
        }
        // keep a reference so the shutdown hook's owner is not collected
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Could not stop embedded PostgreSQL: " + e.getMessage());
            }
        }));
        if (option(args, "wait").map(Boolean::parseBoolean).orElse(false)) {
            // scripts/run: this JVM holds only the database, so it outlives a crashed Liberty; TERM ends both.
            // The file next to the data directory tells scripts/run that roles and database are set up.
            Path ready = readyFile(Path.of(option(args, "data").orElse(".data/postgres")).toAbsolutePath());
            Files.writeString(ready, "ready\n");
            ready.toFile().deleteOnExit();
            Thread.currentThread().join();
        }
    }

    /** Written once the database is set up by a run with {@code --wait=true}; removed when that JVM ends. */
    static Path readyFile(Path data) {
        return data.resolveSibling(data.getFileName() + ".ready");
    }

    /** What {@link #main} does before it leaves the server running: null for {@code --stop}. */
    static EmbeddedPostgres run(String[] args) throws IOException, SQLException, InterruptedException {
        int port = Integer.parseInt(option(args, "port").orElse("55432"));
        Path data = Path.of(option(args, "data").orElse(".data/postgres")).toAbsolutePath();
        Optional<Path> anchors = option(args, "anchors").map(a -> Path.of(a).toAbsolutePath());
        if (Arrays.asList(args).contains("--stop")) {
            stop(data);
            return null;
        }
        if (Arrays.asList(args).contains("--fresh")) {
            stop(data);
            deleteRecursively(data);
            if (anchors.isPresent()) {
                deleteRecursively(anchors.get());
            }
        }
        boolean fsync = fsync(option(args, "fsync").orElse("on"));
        EmbeddedPostgres postgres = start(port, data, fsync);
        System.out.printf("Embedded PostgreSQL %s is running on port %d with data in %s (fsync %s)%n",
                serverVersion(port), port, data, fsync ? "on" : "off");
        return postgres;
    }

    /**
     * Starts the server on this data directory (created when missing) and sets up roles and database. zonky starts
     * every server with {@code -F} (fsync off); a later {@code -c fsync=on} on the same command line wins.
     */
    public static EmbeddedPostgres start(int port, Path data, boolean fsync) throws IOException, SQLException,
            InterruptedException {
        stopStale(data);
        Files.createDirectories(data.getParent());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("fsync", fsync ? "on" : "off")
                .setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        createApplicationDatabase(port);
        return postgres;
    }

    private static boolean fsync(String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("--fsync is on or off, not " + value);
        };
    }

    private static void createApplicationDatabase(int port) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(port, "postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            for (String role : new String[] {OWNER_ROLE, APPLICATION_ROLE}) {
                if (!sql.executeQuery("select 1 from pg_roles where rolname = '" + role + "'").next()) {
                    sql.execute("create role " + role + " login password '" + role + "'");
                }
            }
            boolean databaseExists = sql.executeQuery("select 1 from pg_database where datname = 'wijkregie'").next();
            if (!databaseExists) {
                sql.execute("create database wijkregie owner " + OWNER_ROLE + " encoding 'UTF8'");
            }
        }
        handOverToOwner(port);
    }

    /**
     * Before ADR 0017 the application role owned the database and everything in it. Idempotent: does nothing once
     * schema wijkregie belongs to the owner role, or before it exists. The next start's migration grants the
     * application role what it may do.
     */
    private static void handOverToOwner(int port) throws SQLException {
        try (Connection admin = DriverManager.getConnection(url(port, DATABASE), "postgres", "");
             Statement sql = admin.createStatement()) {
            var owner = sql.executeQuery("select nspowner::regrole::text from pg_namespace where nspname = 'wijkregie'");
            if (!owner.next() || !owner.getString(1).equals(APPLICATION_ROLE)) {
                return;
            }
            System.out.println("Handing database wijkregie over to the owner role " + OWNER_ROLE + " (ADR 0017)");
            admin.setAutoCommit(false);
            sql.execute("reassign owned by " + APPLICATION_ROLE + " to " + OWNER_ROLE);
            sql.execute("""
                    do $$
                    declare
                        relation regclass;
                    begin
                        if exists (select 1 from pg_namespace where nspname = 'camunda') then
                            execute 'alter schema camunda owner to %s';
                            for relation in select c.oid from pg_class c
                                    where c.relnamespace = 'camunda'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
                            loop
                                execute format('alter table %%s owner to %s', relation);
                            end loop;
                        end if;
                    end $$""".formatted(APPLICATION_ROLE, APPLICATION_ROLE));
            admin.commit();
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
    static void stopStale(Path data) throws IOException, InterruptedException {
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
