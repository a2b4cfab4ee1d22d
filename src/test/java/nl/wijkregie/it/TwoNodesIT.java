package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two Liberty nodes on one database (wijkregie-it and wijkregie-it-b, started by the build): a login made on one node
 * is accepted by the other, two writers on two nodes are refused as on one, and a list imported by one node while the
 * other is asked to resume it is imported exactly once, also when the node importing it is killed halfway, timers
 * due while both nodes run jobs fire exactly once, and a timer job whose node is killed while running it runs once more
 * on the other node without a second side effect.
 */
class TwoNodesIT {

    private final Api anouk = Api.as("anouk");
    private final Api fatima = Api.as("fatima");

    @Test
    void aLoginOnOneNodeIsAcceptedByTheOtherWhichAlsoEndsIt() throws Exception {
        CookieJar cookies = new CookieJar();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        browser.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> submitted = browser.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL
                        + "/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=fatima&j_password=" + Api.DEMO_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(cookies.value("LtpaToken2")).isNotBlank();

        HttpResponse<String> onB = browser.send(HttpRequest.newBuilder(URI.create(Api.NODE_B_URL + "/api/v1/me"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(onB.body()).contains("\"userId\":\"fatima\"");
        HttpResponse<String> backOnA = browser.send(HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/v1/me"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(backOnA.statusCode()).as("node B's answer kept the login").isEqualTo(200);

        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(URI.create(Api.NODE_B_URL
                        + "/api/v1/session/logout")).header("X-Requested-With", "wijkregie")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(browser.send(HttpRequest.newBuilder(URI.create(Api.NODE_B_URL + "/api/v1/me")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    }

    @Test
    void ofTwoWritersOnTwoNodesExactlyOneWins() throws Exception {
        JsonObject caseFile = Cases.newCase(fatima);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Api node : List.of(fatima, fatima.onNodeB())) {
                Callable<Integer> writer = () -> {
                    start.await();
                    return Cases.transition(node, caseFile, "INTAKE").status();
                };
                results.add(pool.submit(writer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aListImportedByOneNodeWhileTheOtherIsAskedToResumeItIsImportedExactlyOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(SignalBatchIT.HEADER).append('\n');
        int rows = 400;
        for (int n = 1; n <= rows; n++) {
            csv.append(SignalBatchIT.row(run, n, "1%03dCR".formatted(n % 1000))).append('\n');
        }
        String id = SignalBatchIT.upload(anouk, csv.toString()).getString("id");

        Set<Integer> answers = new HashSet<>();
        JsonObject batch = anouk.get("/api/v1/signal-batches/" + id).json();
        while (!List.of("DONE", "FAILED").contains(batch.getString("status"))) {
            Api.Response resume = anouk.onNodeB().post("/api/v1/signal-batches/" + id + "/resume", null);
            assertThat(resume.status()).as(resume.toString()).isIn(202, 409, 422);
            assertThat(resume.isProblem() || resume.status() == 202).isTrue();
            answers.add(resume.status());
            batch = anouk.get("/api/v1/signal-batches/" + id).json();
        }
        batch = SignalBatchIT.awaitDone(anouk, id);

        assertThat(batch.getString("status")).isEqualTo("DONE");
        assertThat(batch.getInt("rowsDone")).isEqualTo(rows);
        assertThat(batch.getInt("rowsImported") + batch.getInt("rowsDuplicate") + batch.getInt("rowsRejected"))
                .isEqualTo(rows);
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal where partner_reference like ?",
                run + "-%")).isEqualTo(batch.getInt("rowsImported"));
        assertThat(answers).as("node B was asked while node A imported").isNotEmpty();
    }

    /**
     * kill -9 of the node that imports a list: its lease runs out and the other node finishes the list without a hand,
     * with exact counts. Node A's clock is moved past the lease instead of waiting two minutes; node B is started
     * again afterwards for the tests that follow.
     */
    @Test
    void aListWhoseNodeIsKilledHalfwayIsFinishedByTheOtherNode() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(SignalBatchIT.HEADER).append('\n');
        int rows = 6_000;
        for (int n = 1; n <= rows; n++) {
            csv.append(SignalBatchIT.row(run, n, "1%03dKL".formatted(n % 1000))).append('\n');
        }
        Api anoukOnB = anouk.onNodeB();
        String id = SignalBatchIT.upload(anoukOnB, csv.toString()).getString("id");
        JsonObject[] seen = new JsonObject[1];
        Signals.await("a first chunk on node B", Duration.ofSeconds(60), () -> {
            seen[0] = anoukOnB.get("/api/v1/signal-batches/" + id).json();
            return seen[0].getInt("rowsDone") > 0 || !"RUNNING".equals(seen[0].getString("status"))
                    && !"RECEIVED".equals(seen[0].getString("status"));
        });
        try {
            killNodeB();
            assertThat(seen[0].getString("status")).isEqualTo("RUNNING");
            int doneAtKill = anouk.get("/api/v1/signal-batches/" + id).json().getInt("rowsDone");
            assertThat(doneAtKill).as("killed halfway").isLessThan(rows);

            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofMinutes(3).toSeconds(), "")
                    .status()).isEqualTo(200);
            JsonObject[] batch = new JsonObject[1];
            Signals.await("node A to finish the list", Duration.ofSeconds(240), () -> {
                batch[0] = anouk.get("/api/v1/signal-batches/" + id).json();
                return List.of("DONE", "FAILED").contains(batch[0].getString("status"));
            });

            assertThat(batch[0].getString("status")).as(batch[0].toString()).isEqualTo("DONE");
            assertThat(batch[0].getInt("rowsDone")).isEqualTo(rows);
            assertThat(batch[0].getInt("rowsImported") + batch[0].getInt("rowsDuplicate")
                    + batch[0].getInt("rowsRejected")).isEqualTo(rows);
            assertThat(TestDatabase.count("select count(*) from wijkregie.signal where partner_reference like ?",
                    run + "-%")).isEqualTo(batch[0].getInt("rowsImported"));
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
            startNodeB();
        }
    }

    /**
     * kill -9 of the node that imports an iJw/iWmo message file: as with a list, its lease runs out and the other node
     * finishes the import from its last committed chunk without a hand, each event stored exactly once.
     */
    @Test
    void aMessageImportWhoseNodeIsKilledHalfwayIsFinishedByTheOtherNode() throws Exception {
        int rows = 30_000;
        String fileName = "gestopt-" + UUID.randomUUID() + ".csv";
        String csv = ReferralImportIT.strangersFile(rows, java.time.LocalDate.now().minusDays(5));
        Api anoukOnB = anouk.onNodeB();
        ExecutorService uploader = Executors.newSingleThreadExecutor();
        try {
            uploader.submit(() -> anoukOnB.send("POST", "/api/v1/referral-messages/imports?fileName=" + fileName,
                    "text/csv", csv));
            JsonObject started = ReferralImportIT.awaitStarted(anouk, fileName);
            killNodeB();
            assertThat(started.getString("status")).isEqualTo("RUNNING");
            String path = "/api/v1/referral-messages/imports/" + started.getString("id");
            assertThat(anouk.get(path).json().getInt("rows")).as("killed halfway").isLessThan(rows);

            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofMinutes(3).toSeconds(), "")
                    .status()).isEqualTo(200);
            JsonObject[] run = new JsonObject[1];
            Signals.await("node A to finish the import", Duration.ofSeconds(240), () -> {
                run[0] = anouk.get(path).json();
                return List.of("DONE", "FAILED").contains(run[0].getString("status"));
            });

            assertThat(run[0].getString("status")).as(run[0].toString()).isEqualTo("DONE");
            assertThat(run[0].getInt("rows")).isEqualTo(rows);
            assertThat(run[0].getInt("rejected") + run[0].getInt("duplicates")).isEqualTo(rows);
            assertThat(TestDatabase.count("select count(*) from wijkregie.waitinglist_message where import_id ="
                    + " ?::uuid", started.getString("id"))).isEqualTo(run[0].getInt("rejected"));
        } finally {
            uploader.shutdownNow();
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
            startNodeB();
        }
    }

    /**
     * Timers due while both nodes run the engine's jobs fire exactly once: each escalation runs once (one activity in
     * the process history, one access-log entry of its side effect) and node B ran some of them. Node B normally runs
     * without job executor (the other tests steer node A's clock); here it is switched on and both clocks move.
     */
    @Test
    void timersDueWhileBothNodesRunJobsFireExactlyOnce() {
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            ids.add(Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", Households.uniquePostcode(), 7, "Timo",
                    null, "Tweeknoop", "1980-02-02", 90_000, false, "HUISUITZETTING")).getString("id"));
        }
        Api anoukOnB = anouk.onNodeB();
        double executedOnB = executedJobs(anoukOnB);
        String shift = "/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(8).toSeconds();
        try {
            assertThat(anoukOnB.put("/api/v1/workflow/job-executor?active=true", "").json().getBoolean("active"))
                    .isTrue();
            assertThat(anoukOnB.put(shift, "").status()).isEqualTo(200);
            assertThat(anouk.put(shift, "").status()).isEqualTo(200);

            Signals.await("every contact deadline escalated", Duration.ofSeconds(180), () -> ids.stream()
                    .allMatch(id -> Signals.signalCase(fatima, id).containsKey("escalatedAt")));

            for (String id : ids) {
                assertThat(TestDatabase.count("select count(*) from camunda.act_hi_actinst a join"
                        + " camunda.act_hi_procinst p on p.id_ = a.proc_inst_id_ where p.business_key_ = ?"
                        + " and a.act_id_ = 'escalateToTeamLead'", id)).as("escalations of " + id).isEqualTo(1);
                assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                        + " and user_id = 'systeem' and source like '%termijn verstreken%'", id))
                        .as("escalation entries of " + id).isEqualTo(1);
            }
            assertThat(executedJobs(anoukOnB)).as("node B ran some of the timers").isGreaterThan(executedOnB);
        } finally {
            anoukOnB.put("/api/v1/workflow/job-executor?active=false", "");
            anoukOnB.put("/api/v1/devtools/clock?offsetSeconds=0", "");
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }
    }

    /**
     * kill -9 of a node in the middle of a timer job (issue 21, item 4): node B runs a signal case's escalation, whose
     * side effect commits in its own transaction (SignalEscalation), and is killed while it still holds the job —
     * after the side effect, before the job committed — which is the worst moment for a duplicate. The job stays
     * locked by the dead node until the lock expires; node A then runs it again and the side effect happens once:
     * one escalation time (node B's), one access-log entry, one escalation in the process history. Node B is held at
     * that point by the devtools job hold instead of a sleep; node A's clock is moved past the lock (5 minutes).
     */
    @Test
    void aTimerJobWhoseNodeIsKilledWhileRunningItRunsOnceMoreOnTheOtherNodeWithoutADuplicate() throws Exception {
        String id = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", Households.uniquePostcode(), 7, "Kees",
                null, "Knipnode", "1980-02-02", 90_000, false, "HUISUITZETTING")).getString("id");
        Api anoukOnB = anouk.onNodeB();
        String overdue = "/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(8).toSeconds();
        String pastTheLock = "/api/v1/devtools/clock?offsetSeconds="
                + Duration.ofDays(8).plusMinutes(10).toSeconds();
        try {
            assertThat(anouk.put("/api/v1/workflow/job-executor?active=false", "").json().getBoolean("active"))
                    .isFalse();
            Api.Response hold = anoukOnB.put("/api/v1/workflow/job-hold?activity=escalateToTeamLead&businessKey="
                    + id, "");
            assertThat(hold.status()).as(hold.toString()).isEqualTo(200);
            assertThat(anoukOnB.put(overdue, "").status()).isEqualTo(200);
            assertThat(anoukOnB.put("/api/v1/workflow/job-executor?active=true", "").json().getBoolean("active"))
                    .isTrue();
            Signals.await("node B holding the escalation job", Duration.ofSeconds(120), () ->
                    anoukOnB.get("/api/v1/workflow/job-hold").json().getJsonArray("held").toString()
                            .contains(id));

            // the side effect is committed, the job is not: it is still locked by node B
            String escalatedAt = Signals.signalCase(fatima, id).getString("escalatedAt");
            assertThat(escalationEntries(id)).isEqualTo(1);
            assertThat(TestDatabase.count("select count(*) from camunda.act_ru_job j join camunda.act_ru_execution e"
                    + " on e.id_ = j.process_instance_id_ where e.business_key_ = ? and j.lock_owner_ is not null"
                    + " and j.lock_exp_time_ is not null", id)).isEqualTo(1);
            killNodeB();

            assertThat(anouk.put(pastTheLock, "").status()).isEqualTo(200);
            assertThat(anouk.put("/api/v1/workflow/job-executor?active=true", "").json().getBoolean("active"))
                    .isTrue();
            Signals.await("node A to run the escalation job again", Duration.ofSeconds(180), () ->
                    escalationsInHistory(id) > 0);

            assertThat(escalationsInHistory(id)).isEqualTo(1);
            assertThat(TestDatabase.count("select count(*) from camunda.act_ru_job j join camunda.act_ru_execution e"
                    + " on e.id_ = j.process_instance_id_ where e.business_key_ = ? and j.lock_owner_ is not null",
                    id)).as("no job of the case left locked").isZero();
            assertThat(escalationEntries(id)).as("escalation entries").isEqualTo(1);
            assertThat(Signals.signalCase(fatima, id).getString("escalatedAt")).isEqualTo(escalatedAt);
        } finally {
            anouk.put("/api/v1/workflow/job-executor?active=true", "");
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
            startNodeB();
        }
    }

    private static long escalationEntries(String signalCaseId) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and user_id = 'systeem' and source like '%termijn verstreken%'", signalCaseId);
    }

    private static long escalationsInHistory(String signalCaseId) {
        return TestDatabase.count("select count(*) from camunda.act_hi_actinst a join camunda.act_hi_procinst p"
                + " on p.id_ = a.proc_inst_id_ where p.business_key_ = ? and a.act_id_ = 'escalateToTeamLead'"
                + " and a.end_time_ is not null", signalCaseId);
    }

    /** The node's workflow_jobs_executed gauge (jobs it ran since its figures began). */
    private static double executedJobs(Api node) {
        return node.get("/metrics?scope=application&name=workflow.jobs.executed", "text/plain").body().lines()
                .filter(line -> line.startsWith("workflow_jobs_executed"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no workflow_jobs_executed on /metrics"));
    }

    private static final Path WLP = Path.of(System.getProperty("arq.wlpHome", "target/liberty/wlp"));

    private static void killNodeB() throws Exception {
        long pid = Long.parseLong(Files.readString(WLP.resolve("usr/servers/.pid/wijkregie-it-b.pid")).trim());
        ProcessHandle node = ProcessHandle.of(pid).orElseThrow();
        assertThat(node.info().commandLine().orElse("")).contains("wijkregie-it-b");
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        node.onExit().get();
    }

    private static void startNodeB() throws Exception {
        Process start = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", "wijkregie-it-b")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(start.waitFor()).isZero();
        HttpClient client = HttpClient.newHttpClient();
        Signals.await("node B ready again", Duration.ofSeconds(240), () -> {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(Api.NODE_B_URL + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }
}
