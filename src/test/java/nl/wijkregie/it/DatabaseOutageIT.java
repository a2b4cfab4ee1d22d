package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL stopped, the API answers 503 problem+json with Retry-After (not 500), a form login is sent back to
 * the login page with a Dutch message, and readiness is DOWN; once it
 * is back, the connection pool recovers without a restart of the server. The test really stops the integration tests'
 * database (pg_ctl, with the binaries the running server was started from) and always starts it again.
 */
class DatabaseOutageIT {

    private static final Path DATA = Path.of(System.getProperty("wijkregie.db.data", "target/it-postgres"))
            .toAbsolutePath();
    private static final Api FATIMA = Api.as("fatima");

    @BeforeAll
    static void ready() {
        Api.awaitReady(Duration.ofMinutes(3));
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsDownAndRecoversAfterwards() throws Exception {
        String caseId = Cases.newCase(FATIMA).getString("id");
        Postmaster postmaster = Postmaster.running(DATA);

        postmaster.stop();
        try {
            for (String path : List.of("/api/v1/me", "/api/v1/cases/" + caseId, "/api/v1/households?q=Jansen")) {
                Api.Response response = FATIMA.get(path);
                assertThat(response.status()).as(path + " " + response).isEqualTo(503);
                assertThat(response.isProblem()).isTrue();
                assertThat(response.retryAfter()).isEqualTo("10");
            }
            Api.Response write = FATIMA.post("/api/v1/cases/" + caseId + "/journal", "{\"text\": \"tijdens storing\"}");
            assertThat(write.status()).as(write.toString()).isEqualTo(503);
            assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(503);
            HttpResponse<String> formLogin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(Api.BASE_URL + "/j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=fatima&j_password=" + Api.DEMO_PASSWORD))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(formLogin.statusCode()).as("form login " + formLogin.body()).isEqualTo(302);
            assertThat(formLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login.html?fout=storing");
        } finally {
            postmaster.start();
        }

        Signals.await("the API to use the database again", Duration.ofMinutes(1),
                () -> FATIMA.get("/api/v1/me").status() == 200);
        Api.Response written = FATIMA.post("/api/v1/cases/" + caseId + "/journal", "{\"text\": \"na storing\"}");
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(TestDatabase.count("select count(*) from wijkregie.journal_entry where case_id = ?::uuid", caseId))
                .isEqualTo(1);
        assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(200);
    }

    /**
     * The PostgreSQL server on the data directory, stopped and started with its own pg_ctl and options. As root,
     * pg_ctl runs in a user namespace ({@code unshare -U}), as the embedded database library starts it.
     */
    record Postmaster(Path pgCtl, List<String> options) {

        static Postmaster running(Path data) throws IOException {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            Path cmdline = Path.of("/proc", String.valueOf(pid), "cmdline");
            List<String> commandLine = Arrays.asList(Files.readString(cmdline).split("\0"));
            Path postgres = Path.of(commandLine.get(0));
            List<String> options = new ArrayList<>();
            for (int i = 1; i < commandLine.size(); i++) {
                if (commandLine.get(i).equals("-D")) {
                    i++;
                } else {
                    options.add(commandLine.get(i));
                }
            }
            return new Postmaster(postgres.resolveSibling("pg_ctl"), options);
        }

        void stop() throws IOException, InterruptedException {
            pgCtl("stop", "-m", "fast");
        }

        void start() throws IOException, InterruptedException {
            pgCtl("start", "-o", String.join(" ", options), "-l", DATA.resolveSibling("it-postgres-restart.log")
                    .toString());
        }

        private void pgCtl(String action, String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl.toString(), "-D", DATA.toString(), "-w", "-t", "60", action));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(DATA.resolveSibling("it-postgres-pg_ctl.log").toFile()).start();
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("pg_ctl " + action + " finished").isTrue();
            assertThat(process.exitValue()).as("pg_ctl " + action + " exit code").isZero();
        }
    }
}
