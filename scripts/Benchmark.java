import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running Wijkregie (it starts nothing). The suites:
 * <ul>
 * <li>{@code households}: households created (POST) and read back (GET), and pages of the household list, at
 * concurrency 1, 10 and 50, each level for a bounded number of requests, with throughput, p50/p95/p99 and the
 * server's heap;</li>
 * <li>{@code cases}: likewise the case view ({@code GET /api/v1/cases/{id}}, one access-log entry each) of random open
 * cases of the team, and caseload pages of 20 ("team" as the team lead, "mine" as a professional; 20 entries
 * each);</li>
 * <li>{@code signals}: a monthly list of {@code -Drows} early signals ({@link SignalList}) imported end to end as
 * admin: rows/s from upload to DONE and the peak heap; then the baseline of bare starts of the same process inside
 * the server, and a re-upload of the same file, which must import nothing; then the DDAS delivery of the month as a
 * stream (time to first byte, total, bytes, cases/s, heap); {@code -Drows=0} runs only that export;</li>
 * <li>{@code generate-signals}: only writes that list to {@code -Dout} (no server needed, only its database).</li>
 * </ul>
 * Only loopback targets are accepted. Run through scripts/bench-households, scripts/bench-cases, scripts/bench-signals
 * or scripts/generate-signals.
 */
public class Benchmark {

    /**
     * HTTP/1.1, as a browser or curl speaks it on plain http: the JDK client's default is to upgrade to cleartext
     * HTTP/2 (h2c), which no browser does and which made the upload of a 15 MB list take 2.6 s instead of 0.6 s.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final int MAX_WARMUPS = 5;
    private static final double QUIET_COMPILATION = 0.05;

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("baseUrl", "http://localhost:9080");
        String suite = System.getProperty("suite", "households");
        int rows = Integer.getInteger("rows", 100_000);
        int households = Integer.getInteger("households", 100_000);
        if (suite.equals("generate-signals")) {
            Path out = Path.of(System.getProperty("out", "/tmp/wijkregie-signalen.csv")).toAbsolutePath();
            System.out.println(SignalList.write(out, rows, households).summary(out));
            return;
        }
        String user = System.getProperty("user", suite.equals("signals") ? "anouk" : "fatima");
        String password = System.getProperty("password", "wijkregie-demo");
        int requestsPerLevel = Integer.getInteger("requests", 2000);
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("only loopback targets are allowed: " + base);
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        if (send(get(base + "/api/v1/me", auth)).statusCode() != 200) {
            throw new IllegalStateException("cannot log in as " + user + " at " + base);
        }
        System.out.println(BenchMachine.line(base, "start"));
        try {
            suite(suite, base, user, auth, password, requestsPerLevel, rows, households);
        } finally {
            System.out.println(BenchMachine.line(base, "end"));
        }
    }

    private static void suite(String suite, String base, String user, String auth, String password,
                              int requestsPerLevel, int rows, int households) throws Exception {
        if (suite.equals("signals")) {
            signals(base, auth, rows, households);
            return;
        }
        if (suite.equals("two-nodes")) {
            twoNodes(base, System.getProperty("baseUrlB", "http://localhost:9081"), auth, password,
                    requestsPerLevel, rows, households);
            return;
        }
        System.out.printf("Wijkregie %s benchmark against %s as %s, %d requests per operation and level%n",
                suite, base, user, requestsPerLevel);
        System.out.printf("server heap before: %s%n", heap(base));
        System.out.printf("%-13s %5s %8s %9s %8s %8s %8s %8s %6s%n",
                "op", "conc", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        if (suite.equals("cases")) {
            cases(base, auth, password, requestsPerLevel);
        } else {
            households(base, auth, requestsPerLevel);
        }
        System.out.printf("server heap after: %s%n", heap(base));
    }

    private static void cases(String base, String auth, String password, int requestsPerLevel) throws Exception {
        String lead = "Basic " + Base64.getEncoder().encodeToString(("sanne:" + password)
                .getBytes(StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            Matcher id = Pattern.compile("\\{[^{}]*?\"id\":\"([0-9a-f-]{36})\"")
                    .matcher(send(get(base + "/api/v1/cases?scope=team&size=100&sort=opened&page=" + page, lead))
                            .body());
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no open cases of sanne's team: load demo data first (scripts/demo-data)");
        }
        System.out.printf("%d open case ids of the team collected%n", ids.size());
        // as the professional's browser asks it: with the session cookie of a form login (a Basic header makes the
        // server log in again on every request, which no person's page does)
        String session = BenchMachine.session(base, System.getProperty("user", "fatima"), password);
        Call caseView = () -> BenchMachine.get(base + "/api/v1/cases/" + ids.get(ThreadLocalRandom.current()
                .nextInt(ids.size())), "Cookie", session) == 200;
        // fresh: the first requests this benchmark sends, before its own warm-up (on a just started server: the
        // first minute after ready)
        Result fresh = run(50, requestsPerLevel, caseView);
        report("view fresh", 50, fresh);
        Result warm = fresh;
        for (int concurrency : new int[] {1, 10, 50}) {
            run(concurrency, Math.max(100, concurrency * 10), caseView);
            Result view = run(concurrency, requestsPerLevel, caseView);
            report("case view", concurrency, view);
            warm = view;
            report("caseload team", concurrency, run(concurrency, requestsPerLevel / 4, () -> {
                int page = ThreadLocalRandom.current().nextInt(10);
                return send(get(base + "/api/v1/cases?scope=team&size=20&page=" + page, lead)).statusCode() == 200;
            }));
            report("caseload mine", concurrency, run(concurrency, requestsPerLevel / 4, () -> {
                int page = ThreadLocalRandom.current().nextInt(5);
                return send(get(base + "/api/v1/cases?scope=mine&size=20&page=" + page, auth)).statusCode() == 200;
            }));
        }
        System.out.println("Paced: 50 users who together ask the given rate (latency counted from the planned start)");
        Result pacedAt800 = null;
        for (int rate : new int[] {300, 500, 600, 800}) {
            Result result = paced(50, rate, requestsPerLevel, caseView);
            report("view@" + rate + "/s", 50, result);
            pacedAt800 = result;
        }
        BenchMachine.figure("case view p95, 50 users", "ms", p95(fresh), p95(warm), -1);
        BenchMachine.figure("case view p95 at 800/s offered", "ms", -1, p95(pacedAt800), -1);
    }

    private static double p95(Result result) {
        return result == null || result.latenciesNanos().length == 0 ? -1 : ms(result.latenciesNanos(), 0.95);
    }

    /**
     * Two nodes on one database: the case view at 50 users on node A alone and then round-robin over A and B (the
     * same number of requests), and a list uploaded to node B whose Liberty is killed (kill -9) halfway, finished by
     * node A once the import's lease has run out. On one machine both nodes share CPU and database: the ratio says
     * what a second node adds there, not what a second machine would.
     */
    private static void twoNodes(String baseA, String baseB, String auth, String password, int requests, int rows,
                                 int households) throws Exception {
        if (send(get(baseB + "/api/v1/me", auth)).statusCode() != 200) {
            throw new IllegalStateException("cannot log in at node B " + baseB);
        }
        String lead = "Basic " + Base64.getEncoder().encodeToString(("sanne:" + password)
                .getBytes(StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        Matcher id = Pattern.compile("\\{[^{}]*?\"id\":\"([0-9a-f-]{36})\"")
                .matcher(send(get(baseA + "/api/v1/cases?scope=team&size=100&sort=opened", lead)).body());
        while (id.find()) {
            ids.add(id.group(1));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no open cases of sanne's team: load demo data first (scripts/demo-data)");
        }
        System.out.printf("Wijkregie two-node benchmark: node A %s, node B %s, %d requests per run, load %s%n",
                baseA, baseB, requests, Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf("heap before: A %s; B %s%n", heap(baseA), heap(baseB));
        AtomicInteger turn = new AtomicInteger();
        Call onA = () -> send(get(baseA + "/api/v1/cases/" + ids.get(ThreadLocalRandom.current()
                .nextInt(ids.size())), auth)).statusCode() == 200;
        Call roundRobin = () -> send(get((turn.getAndIncrement() % 2 == 0 ? baseA : baseB) + "/api/v1/cases/"
                + ids.get(ThreadLocalRandom.current().nextInt(ids.size())), auth)).statusCode() == 200;
        Result fresh = run(50, requests, roundRobin);
        System.out.printf("%-13s %5s %8s %9s %8s %8s %8s %8s %6s%n",
                "op", "conc", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
        report("A+B fresh", 50, fresh);
        run(10, requests, roundRobin);
        Result one = run(50, requests, onA);
        report("view on A", 50, one);
        Result two = run(50, requests, roundRobin);
        report("view on A+B", 50, two);
        System.out.printf("throughput A+B / A: %.2f; p95 A+B / A: %.2f%n",
                (two.latenciesNanos().length / (two.elapsedNanos() / 1e9))
                        / (one.latenciesNanos().length / (one.elapsedNanos() / 1e9)),
                ms(two.latenciesNanos(), 0.95) / ms(one.latenciesNanos(), 0.95));
        System.out.printf("heap after: A %s; B %s%n", heap(baseA), heap(baseB));
        if (rows > 0) {
            killedImport(baseA, baseB, rows, households, password);
        }
    }

    /** A list uploaded to node B, B killed when half is done, followed on node A until it is done. */
    private static void killedImport(String baseA, String baseB, int rows, int households, String password)
            throws Exception {
        String admin = "Basic " + Base64.getEncoder().encodeToString(("anouk:" + password)
                .getBytes(StandardCharsets.UTF_8));
        Path file = Files.createTempFile("wijkregie-signalen-", ".csv");
        file.toFile().deleteOnExit();
        SignalList.write(file, rows, households);
        long pidB = pidListeningOn(URI.create(baseB).getPort());
        long started = System.nanoTime();
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create(baseB
                        + "/api/v1/signal-batches?fileName=killed-halfway.csv")).header("Authorization", admin)
                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("upload refused: HTTP " + accepted.statusCode() + " " + accepted.body());
        }
        String batchId = text(accepted.body(), "id");
        String batch = accepted.body();
        while (number(batch, "rowsDone") < rows / 2) {
            Thread.sleep(200);
            batch = send(get(baseB + "/api/v1/signal-batches/" + batchId, admin)).body();
            if (status(batch).equals("DONE") || status(batch).equals("FAILED")) {
                throw new IllegalStateException("the list ended before half was done: " + batch);
            }
        }
        double killedAt = (System.nanoTime() - started) / 1e9;
        long doneAtKill = number(batch, "rowsDone");
        new ProcessBuilder("kill", "-9", Long.toString(pidB)).inheritIO().start().waitFor();
        System.out.printf("node B (pid %d) killed after %.1f s with %d of %d rows done (%.0f rows/s until then)%n",
                pidB, killedAt, doneAtKill, rows, doneAtKill / killedAt);
        double takenOverAt = -1;
        while (!status(batch).equals("DONE") && !status(batch).equals("FAILED")) {
            Thread.sleep(500);
            batch = send(get(baseA + "/api/v1/signal-batches/" + batchId, admin)).body();
            if (takenOverAt < 0 && number(batch, "rowsDone") > doneAtKill) {
                takenOverAt = (System.nanoTime() - started) / 1e9;
                System.out.printf("node A took the list over after %.1f s (%.1f s after the kill)%n", takenOverAt,
                        takenOverAt - killedAt);
            }
            if ((System.nanoTime() - started) / 1e9 > 1800) {
                throw new IllegalStateException("not done after 30 minutes: " + batch);
            }
        }
        double total = (System.nanoTime() - started) / 1e9;
        long imported = number(batch, "rowsImported");
        long duplicate = number(batch, "rowsDuplicate");
        long rejected = number(batch, "rowsRejected");
        System.out.printf("list %s after %.1f s: rows done %d of %d; imported %d + duplicate %d + rejected %d = %d"
                        + " (%s); node A's part at %.0f rows/s; heap A %s%n", status(batch), total,
                number(batch, "rowsDone"), rows, imported, duplicate, rejected, imported + duplicate + rejected,
                imported + duplicate + rejected == rows ? "exact" : "NOT EXACT",
                (rows - doneAtKill) / (total - Math.max(takenOverAt, killedAt)), heap(baseA));
    }

    /** The process listening on this TCP port (Liberty's HTTP port), from ss. */
    private static long pidListeningOn(int port) throws Exception {
        Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        ss.waitFor();
        Matcher pid = Pattern.compile("pid=([0-9]+)").matcher(out);
        if (!pid.find()) {
            throw new IllegalStateException("no process found listening on port " + port + ": " + out);
        }
        return Long.parseLong(pid.group(1));
    }

    /**
     * Open loop: {@code users} threads each send a request every users/rate seconds, so together they offer
     * {@code rate} requests per second whatever the latency. Latency is measured from the planned start, so a server
     * that falls behind shows it (no coordinated omission).
     */
    private static Result paced(int users, int rate, int requests, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        long intervalNanos = 1_000_000_000L * users / rate;
        int perUser = Math.max(1, requests / users);
        long started = System.nanoTime() + 50_000_000L;
        List<Future<?>> workers = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            long offset = intervalNanos * u / users;
            workers.add(pool.submit(() -> {
                for (int k = 0; k < perUser; k++) {
                    long planned = started + offset + k * intervalNanos;
                    long wait = planned - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    measure(call, planned, latencies, errors);
                }
                return null;
            }));
        }
        return finish(pool, workers, started, latencies, errors);
    }

    /** One call, its latency counted from {@code since}. */
    private static void measure(Call call, long since, ConcurrentLinkedQueue<Long> latencies, AtomicInteger errors) {
        boolean ok;
        try {
            ok = call.call();
        } catch (Exception e) {
            ok = false;
        }
        latencies.add(System.nanoTime() - since);
        if (!ok) {
            errors.incrementAndGet();
        }
    }

    private static Result finish(ExecutorService pool, List<Future<?>> workers, long started,
                                 ConcurrentLinkedQueue<Long> latencies, AtomicInteger errors) throws Exception {
        for (Future<?> worker : workers) {
            worker.get();
        }
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        return new Result(latencies.stream().mapToLong(Long::longValue).sorted().toArray(), elapsed, errors.get());
    }

    private static void households(String base, String auth, int requestsPerLevel) throws Exception {
        Call list = () -> {
            int page = ThreadLocalRandom.current().nextInt(50);
            return send(get(base + "/api/v1/households?size=20&page=" + page, auth)).statusCode() == 200;
        };
        Result fresh = run(10, requestsPerLevel / 4, list);
        report("list fresh", 10, fresh);
        Result warm = null;
        for (int concurrency : new int[] {1, 10, 50}) {
            warmUp(base, auth, concurrency);
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            report("create", concurrency, run(concurrency, requestsPerLevel, () -> {
                HttpResponse<String> response = send(post(base + "/api/v1/households", auth, newHousehold()));
                Matcher id = ID.matcher(response.body());
                if (response.statusCode() == 201 && id.find()) {
                    ids.add(id.group(1));
                }
                return response.statusCode() == 201;
            }));
            report("read", concurrency, run(concurrency, requestsPerLevel, () -> {
                String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                return send(get(base + "/api/v1/households/" + id, auth)).statusCode() == 200;
            }));
            Result listed = run(concurrency, requestsPerLevel / 4, list);
            report("list", concurrency, listed);
            warm = concurrency == 10 ? listed : warm;
        }
        BenchMachine.figure("household list p95, 10 users", "ms", p95(fresh), p95(warm), -1);
    }

    interface Call {
        boolean call() throws Exception;
    }

    record Result(long[] latenciesNanos, long elapsedNanos, int errors) {
    }

    private static void warmUp(String base, String auth, int concurrency) throws Exception {
        run(concurrency, Math.max(50, concurrency * 4), () ->
                send(get(base + "/api/v1/households?size=5", auth)).statusCode() == 200);
    }

    private static Result run(int concurrency, int requests, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger remaining = new AtomicInteger(requests);
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                while (remaining.getAndDecrement() > 0) {
                    measure(call, System.nanoTime(), latencies, errors);
                }
                return null;
            }));
        }
        return finish(pool, workers, started, latencies, errors);
    }

    private static void report(String op, int concurrency, Result result) {
        long[] l = result.latenciesNanos();
        System.out.printf("%-13s %5d %8d %9.1f %8.1f %8.1f %8.1f %8.1f %6d%n", op, concurrency, l.length,
                l.length / (result.elapsedNanos() / 1e9), ms(l, 0.50), ms(l, 0.95), ms(l, 0.99),
                l[l.length - 1] / 1e6, result.errors());
    }

    /**
     * The monthly list end to end: written to a temporary file, uploaded, then polled every 200 ms until every row is
     * validated, matched, triaged and its process started, while the server heap is sampled every 500 ms. Then the
     * baseline (bare starts of the same process inside the server) and a re-upload of the same file, which must import
     * nothing.
     */
    private static void signals(String base, String auth, int rows, int households) throws Exception {
        if (rows == 0) {
            ddasExport(base, auth);
            return;
        }
        System.out.printf("Wijkregie signal import benchmark against %s%n", base);
        Path file = Files.createTempFile("wijkregie-signalen-", ".csv");
        file.toFile().deleteOnExit();
        SignalList list = SignalList.write(file, rows, households);
        int warmupRows = Integer.getInteger("warmupRows", 30_000);
        int warmupHouseholds = 0;
        double freshRate = -1;
        for (int round = 1; warmupRows > 0 && round <= MAX_WARMUPS; round++) {
            Path warmup = Files.createTempFile("wijkregie-signalen-warmup-", ".csv");
            warmup.toFile().deleteOnExit();
            SignalList warm = SignalList.write(warmup, warmupRows, households, Long.getLong("seed", 7),
                    DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(LocalDateTime.now()) + "W" + round,
                    list.householdsUsed, warmupHouseholds, Long.getLong("seed", 7) + round);
            warmupHouseholds += warm.householdsUsed;
            Jvm before = Jvm.of(base, auth);
            Import imported = importList(base, auth, warmup, round == 1 ? "fresh (warm-up 1)" : "warm-up " + round);
            freshRate = round == 1 && !imported.failed() ? imported.rowsPerSecond() : freshRate;
            Jvm during = Jvm.of(base, auth).minus(before);
            System.out.println(imported.line(heapMetric(base, "memory_maxHeap_bytes")) + "; " + during.line()
                    + (list.householdsUsed >= warm.householdsRead ? "; households shared with the measured list" : ""));
            if (during.compilationSeconds() >= 0
                    && during.compilationSeconds() < QUIET_COMPILATION * imported.seconds()) {
                break;
            }
        }
        if (warmupRows > 0) {
            System.out.printf("(warm-up lists, not counted, about other households than the measured list: a server"
                    + " that just started spends minutes compiling its hot code; they run until compilation takes"
                    + " less than %.0f%% of a list's time, at most %d)%n", 100 * QUIET_COMPILATION, MAX_WARMUPS);
        }
        System.out.println(list.summary(file));
        System.out.printf("server heap before: %s%n", heap(base));
        double maxHeap = heapMetric(base, "memory_maxHeap_bytes");
        Jvm before = Jvm.of(base, auth);
        Import first = importList(base, auth, file, "import");
        System.out.println(first.line(maxHeap) + "; " + Jvm.of(base, auth).minus(before).line());
        if (first.failed()) {
            System.out.printf("server heap after: %s%n", heap(base));
            System.exit(1);
        }
        System.out.println("baseline, bare starts of vroegsignalering inside the server:");
        double barePerSecond = -1;
        for (int[] run : new int[][] {{Math.min(5_000, rows), 100}, {Math.min(1_000, rows), 1}}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/workflow/benchmark/starts?count=" + run[0] + "&perTransaction=" + run[1]))
                    .header("Authorization", auth).timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            if (response.statusCode() != 200) {
                System.out.printf("  %6d starts, %3d per transaction: unavailable (HTTP %d %s)%n", run[0], run[1],
                        response.statusCode(), response.body());
                continue;
            }
            double perSecond = decimal(response.body(), "startsPerSecond");
            barePerSecond = barePerSecond < 0 ? perSecond : barePerSecond;
            System.out.printf("  %6d starts, %3d per transaction: %6.1f s = %7.0f starts/s%n",
                    number(response.body(), "starts"), run[1], number(response.body(), "millis") / 1e3, perSecond);
        }
        if (barePerSecond > 0) {
            System.out.printf("the import ran at %.0f%% of the bare-start rate (100 per transaction); note that a"
                    + " signal stacked onto an open case starts no process%n", 100 * first.rowsPerSecond()
                    / barePerSecond);
        }
        BenchMachine.figure("signal import (fresh: first list after the start)", "rows/s",
                warmupRows > 0 ? freshRate : first.rowsPerSecond(), warmupRows > 0 ? first.rowsPerSecond() : -1,
                barePerSecond);
        Import again = importList(base, auth, file, "same file again");
        System.out.println(again.line(maxHeap) + (again.imported() == 0 && !again.failed()
                ? " -> idempotent: nothing new imported" : " -> NOT IDEMPOTENT: " + again.imported() + " imported"));
        System.out.printf("server heap after: %s%n", heap(base));
        boolean met = first.rowsPerSecond() >= 2000 && first.peakHeapMb() >= 0 && first.peakHeapMb() < 512;
        System.out.printf("target >= 2000 rows/s end to end with the heap under 512 MB: %s (%.0f rows/s, peak %s)%n",
                met ? "met" : "NOT met", first.rowsPerSecond(),
                first.peakHeapMb() < 0 ? "heap unknown" : String.format("%.0f MB", first.peakHeapMb()));
        ddasExport(base, auth);
    }

    /**
     * The DDAS delivery of the signal cases matched from -DexportFrom to -DexportTo (default: the 31 days up to
     * today, which holds what this run and earlier runs imported: 100,000 cases are a month of a large municipality),
     * read as a stream: time to the first byte, total time, bytes, cases (one "contactpogingen" per case) per second,
     * and the server heap before, at its peak (sampled every 500 ms) and after. The response must be streamed
     * (chunked, no Content-Length) and end with the closing of the delivery.
     */
    private static void ddasExport(String base, String auth) throws Exception {
        LocalDate to = LocalDate.parse(System.getProperty("exportTo", LocalDate.now().toString()));
        LocalDate from = LocalDate.parse(System.getProperty("exportFrom", to.minusDays(30).toString()));
        System.out.printf("DDAS delivery %s to %s: server heap before: %s%n", from, to, heap(base));
        DoubleAccumulator peakHeap = new DoubleAccumulator(Math::max, -1);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peakHeap.accumulate(heapMetric(base, "memory_usedHeap_bytes")), 0, 500,
                TimeUnit.MILLISECONDS);
        byte[] marker = "\"contactpogingen\"".getBytes(StandardCharsets.US_ASCII);
        try {
            long started = System.nanoTime();
            HttpResponse<java.io.InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/signal-admin/ddas-delivery?from=" + from + "&to=" + to))
                    .header("Authorization", auth).timeout(Duration.ofMinutes(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            long cases = 0;
            long firstByte = -1;
            int matched = 0;
            byte[] tail = new byte[64];
            int tailLength = 0;
            try (java.io.InputStream body = response.body()) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    if (read > 0 && firstByte < 0) {
                        firstByte = System.nanoTime();
                    }
                    for (int i = 0; i < read; i++) {
                        matched = buffer[i] == marker[matched] ? matched + 1 : buffer[i] == marker[0] ? 1 : 0;
                        if (matched == marker.length) {
                            cases++;
                            matched = 0;
                        }
                    }
                    bytes += read;
                    int keep = Math.min(read, tail.length);
                    System.arraycopy(tail, keep, tail, 0, tail.length - keep);
                    System.arraycopy(buffer, read - keep, tail, tail.length - keep, keep);
                    tailLength = Math.min(tail.length, tailLength + read);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            peakHeap.accumulate(heapMetric(base, "memory_usedHeap_bytes"));
            String end = new String(tail, tail.length - tailLength, tailLength, StandardCharsets.UTF_8).strip();
            boolean streamed = response.headers().firstValue("Content-Length").isEmpty();
            System.out.printf("DDAS delivery: HTTP %d, %d cases, %.1f MB in %.1f s (first byte after %.2f s) = %.0f"
                            + " cases/s, %.1f MB/s; %s; %s; peak heap %s%n", response.statusCode(), cases, bytes / 1e6,
                    seconds, firstByte < 0 ? -1 : (firstByte - started) / 1e9, cases / seconds, bytes / 1e6 / seconds,
                    streamed ? "streamed (no Content-Length)" : "NOT streamed (Content-Length "
                            + response.headers().firstValue("Content-Length").get() + ")",
                    response.statusCode() == 200 && end.endsWith("]}]}") ? "complete" : "INCOMPLETE: ..." + end,
                    peakHeap.get() < 0 ? "unknown" : String.format("%.0f MB", peakHeap.get()));
        } finally {
            sampler.shutdownNow();
        }
        System.out.printf("DDAS delivery: server heap after: %s%n", heap(base));
    }

    /** One upload followed until the batch is DONE or FAILED. */
    /** The server's CPU, JIT compilation and collection seconds (devtools endpoint; -1 when unavailable). */
    record Jvm(double processCpuSeconds, double compilationSeconds, double garbageCollectionSeconds) {

        static Jvm of(String base, String auth) {
            try {
                HttpResponse<String> response = send(get(base + "/api/v1/devtools/jvm", auth));
                return response.statusCode() != 200 ? new Jvm(-1, -1, -1)
                        : new Jvm(decimal(response.body(), "processCpuSeconds"),
                        decimal(response.body(), "compilationSeconds"),
                        decimal(response.body(), "garbageCollectionSeconds"));
            } catch (Exception e) {
                return new Jvm(-1, -1, -1);
            }
        }

        Jvm minus(Jvm earlier) {
            return processCpuSeconds < 0 || earlier.processCpuSeconds < 0 ? new Jvm(-1, -1, -1)
                    : new Jvm(processCpuSeconds - earlier.processCpuSeconds,
                    compilationSeconds - earlier.compilationSeconds,
                    garbageCollectionSeconds - earlier.garbageCollectionSeconds);
        }

        String line() {
            return processCpuSeconds < 0 ? "server CPU unknown (devtools off)"
                    : String.format("server CPU %.1f s, JIT compilation %.1f s, garbage collection %.1f s",
                    processCpuSeconds, compilationSeconds, garbageCollectionSeconds);
        }
    }

    record Import(String label, long rows, double seconds, double acceptedAfter, long imported, long duplicate,
                  long rejected, double peakHeapMb, boolean failed, String batch) {

        double rowsPerSecond() {
            return rows / seconds;
        }

        String line(double maxHeapMb) {
            return String.format("%s: %d rows in %.1f s end to end (upload accepted after %.1f s) = %.0f rows/s;"
                            + " imported %d, duplicate %d, rejected %d; peak heap %s of %s max (sampled every 500 ms)%s",
                    label, rows, seconds, acceptedAfter, rowsPerSecond(), imported, duplicate, rejected,
                    peakHeapMb < 0 ? "unknown" : String.format("%.0f MB", peakHeapMb),
                    maxHeapMb < 0 ? "?" : String.format("%.0f MB", maxHeapMb), failed ? " -- FAILED: " + batch : "");
        }
    }

    private static Import importList(String base, String auth, Path file, String label) throws Exception {
        DoubleAccumulator peakHeap = new DoubleAccumulator(Math::max, -1);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peakHeap.accumulate(heapMetric(base, "memory_usedHeap_bytes")), 0, 500,
                TimeUnit.MILLISECONDS);
        try {
            long started = System.nanoTime();
            HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create(base
                            + "/api/v1/signal-batches?fileName=" + URLEncoder.encode(file.getFileName().toString(),
                            StandardCharsets.UTF_8))).header("Authorization", auth).header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofFile(file)));
            double acceptedAfter = (System.nanoTime() - started) / 1e9;
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("upload refused: HTTP " + accepted.statusCode() + " "
                        + accepted.body());
            }
            String id = text(accepted.body(), "id");
            String batch = accepted.body();
            long lastDone = -1;
            long lastProgress = System.nanoTime();
            long lastReport = System.nanoTime();
            while (!status(batch).equals("DONE") && !status(batch).equals("FAILED")) {
                Thread.sleep(200);
                HttpResponse<String> polled = send(get(base + "/api/v1/signal-batches/" + id, auth));
                if (polled.statusCode() != 200) {
                    throw new IllegalStateException("batch " + id + ": HTTP " + polled.statusCode() + " "
                            + polled.body());
                }
                batch = polled.body();
                long now = System.nanoTime();
                if (number(batch, "rowsDone") != lastDone) {
                    lastDone = number(batch, "rowsDone");
                    lastProgress = now;
                } else if (now - lastProgress > STALLED_NANOS) {
                    throw new IllegalStateException("batch " + id + " made no progress for 5 minutes: " + batch);
                }
                if (now - lastReport > 10_000_000_000L) {
                    System.out.printf("  %s: %s, %d of %d rows after %.0f s%n", label, status(batch), lastDone,
                            number(batch, "rowsTotal"), (now - started) / 1e9);
                    lastReport = now;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            peakHeap.accumulate(heapMetric(base, "memory_usedHeap_bytes"));
            return new Import(label, number(batch, "rowsTotal"), seconds, acceptedAfter, number(batch, "rowsImported"),
                    number(batch, "rowsDuplicate"), number(batch, "rowsRejected"), peakHeap.get(),
                    status(batch).equals("FAILED"), batch);
        } finally {
            sampler.shutdownNow();
        }
    }

    private static final long STALLED_NANOS = 300_000_000_000L;

    private static String status(String json) {
        return text(json, "status");
    }

    /** A string (or bare) JSON field, "" when absent: enough for the flat answers read here. */
    private static String text(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(?:\"([^\"]*)\"|([^,}\\s]+))").matcher(json);
        return !matcher.find() ? "" : matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static long number(String json, String field) {
        return (long) decimal(json, field);
    }

    private static double decimal(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)")
                .matcher(json);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : -1;
    }

    /**
     * The monthly list of early signals (docs/signal-csv-format.md) that the {@code signals} suite imports;
     * {@code -Dsuite=generate-signals} (scripts/generate-signals) only writes it. Deterministic for a seed and a
     * database, except for the run id in the references, so that consecutive runs import fresh signals.
     * <ul>
     * <li>About 70% of the addresses are of demo households (written by scripts/demo-data) read from the Wijkregie
     * database with {@code psql} (the embedded database of scripts/run unless -DdbHost/dbPort/dbName/dbUser/dbPassword
     * say otherwise): the first current member (position 0, the contact adult) with the household's address. Reading them
     * rather than replaying DemoPlan keeps dates of birth right: DemoPlan derives them from the day the demo data was
     * loaded. At most {@code households} of them, in a seeded random order; each is used once while they last.</li>
     * <li>About 20% of the rows about them spell the person as partners do: without diacritics, s/ss, the prefix
     * inside the surname ("Van Dijk"), a hyphenated married name, or initials instead of the first name.</li>
     * <li>The other ~30% are invented people at house numbers 1000–9999 (demo data uses 1–300, the household
     * benchmark 1–499) in postcodes and streets of the households read.</li>
     * <li>About 25% of the addresses get 2 or 3 signals, each from a partner of another kind (rent, energy, water,
     * health insurance); 3% crisis; 5% with a threat (eviction by a landlord, disconnection otherwise, none from a
     * health insurer); amounts 50–3,000 euro; signal dates in the past 25 days.</li>
     * <li>References are unique per partner organisation: run id (time of writing, or -DrunId) and a sequence number.
     * Rows are grouped by partner, as a list combining the partners' deliveries would be, so the signals of one address
     * lie far apart in the file.</li>
     * </ul>
     */
    static final class SignalList {

        static final String HEADER = "signaalpartner_type;signaalpartner;referentie;voorletters;voornaam;voorvoegsel;"
                + "achternaam;geboortedatum;straat;huisnummer;toevoeging;postcode;plaats;telefoon;email;bedrag_centen;"
                + "ontstaansdatum;signaaldatum;crisis;warme_overdracht;dreiging";
        static final int KNOWN_PERCENT = 70;
        static final int VARIANT_PERCENT = 20;
        static final int STACKED_PERCENT = 25;
        static final int CRISIS_PER_MILLE = 30;
        static final double THREAT_SHARE = 0.05;

        record Partner(String type, String organisation, int weight) {
        }

        /** Weights in percent: rent and energy send most signals. */
        static final List<Partner> PARTNERS = List.of(new Partner("Huur", "Parteon", 15),
                new Partner("Huur", "Rochdale", 12), new Partner("Huur", "Zaandams Volkshuisvesting", 8),
                new Partner("Energie", "Vattenfall", 15), new Partner("Energie", "Eneco", 12),
                new Partner("Energie", "Essent", 8), new Partner("Water", "PWN", 15),
                new Partner("Zorg", "Zilveren Kruis", 9), new Partner("Zorg", "VGZ", 6));
        /** Names of nobody in the demo data (DemoPlan's lists are other). */
        static final List<String> OTHER_SURNAMES = List.of("de Jong", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
                "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok", "Bos", "Vos", "Koster", "Prins", "Huisman",
                "Postma", "Aydın", "Bennani", "Tahiri", "Wiśniewski", "Kuipers", "van Wijk", "Veenstra", "Şahin");
        static final List<String> OTHER_FIRST_NAMES = List.of("Kees", "Ingrid", "Mustafa", "Hanna", "Joost",
                "Fleur", "Samir", "Ilse", "Ruben", "Meryem", "Wouter", "Naima", "Tomasz", "Esther", "Dennis",
                "Görkem", "Linda", "Rachid", "Marloes", "Stefan");
        /** A partner's name in front of or behind one's own: "Bakker-de Vries". */
        static final List<String> MARRIED_TO = List.of("Bakker", "Mulder", "Visser", "Kramer", "Hoekstra", "Peters",
                "Willems", "Kaya", "Bos", "Verhoeven");

        record Person(String firstName, String prefix, String surname, LocalDate born, String street, int number,
                      String addition, String postcode, String town, String phone, String email) {

            Person named(String firstName, String prefix, String surname) {
                return new Person(firstName, prefix, surname, born, street, number, addition, postcode, town, phone,
                        email);
            }
        }

        int rows;
        int knownRows;
        int variantRows;
        int strangerRows;
        int addresses;
        int stackedAddresses;
        int crisisRows;
        int threatRows;
        int householdsRead;
        int householdsUsed;
        boolean householdsReused;
        String runId;
        final Map<String, Integer> variants = new TreeMap<>();
        long millis;

        static SignalList write(Path out, int rows, int households) throws Exception {
            return write(out, rows, households, Long.getLong("seed", 7), System.getProperty("runId",
                    DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(LocalDateTime.now())));
        }

        static SignalList write(Path out, int rows, int households, long seed, String runId) throws Exception {
            return write(out, rows, households, seed, runId, 0, 0, null);
        }

        /**
         * @param firstHousehold the households before this one in the shuffled order are left alone: a warm-up list
         *                       takes those after the measured list's, so it opens no case the measured list would
         *                       stack on (warm-up lists do stack on each other's, wrapping round that range)
         * @param skip           how many of the remaining households earlier lists of the same kind used
         * @param rowSeed        the randomness of the rows when it should differ from the measured list's
         */
        static SignalList write(Path out, int rows, int households, long seed, String runId, int firstHousehold,
                                int skip, Long rowSeed) throws Exception {
            long started = System.nanoTime();
            SignalList list = new SignalList();
            List<Person> pool = new ArrayList<>(readHouseholds(households));
            if (pool.isEmpty()) {
                throw new IllegalStateException("no demo households in the database: load them first"
                        + " (scripts/demo-data --households=" + households + ")");
            }
            list.householdsRead = pool.size();
            Random random = new Random(seed);
            Collections.shuffle(pool, random);
            if (rowSeed != null) {
                random = new Random(rowSeed);
            }
            list.runId = runId;
            LocalDate today = LocalDate.now();
            Map<Partner, List<String>> lines = new LinkedHashMap<>();
            PARTNERS.forEach(p -> lines.put(p, new ArrayList<>()));
            int nextKnown = 0;
            while (list.rows < rows) {
                boolean known = random.nextInt(100) < KNOWN_PERCENT;
                Person person = known ? pool.get(firstHousehold >= pool.size() ? nextKnown++ % pool.size()
                        : firstHousehold + (skip + nextKnown++) % (pool.size() - firstHousehold))
                        : stranger(pool, random, today);
                int signals = random.nextInt(100) < STACKED_PERCENT ? 2 + random.nextInt(2) : 1;
                list.addresses++;
                list.stackedAddresses += signals > 1 ? 1 : 0;
                for (Partner partner : partners(random, signals)) {
                    if (list.rows == rows) {
                        break;
                    }
                    List<String> partnerLines = lines.get(partner);
                    String reference = list.runId + "-" + String.format("%07d", partnerLines.size() + 1);
                    partnerLines.add(list.row(partner, reference, person, known, random, today));
                }
            }
            list.householdsUsed = Math.min(nextKnown, pool.size());
            list.householdsReused = firstHousehold + skip + nextKnown > pool.size();
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                writer.write(HEADER);
                writer.write('\n');
                for (List<String> partnerLines : lines.values()) {
                    for (String line : partnerLines) {
                        writer.write(line);
                        writer.write('\n');
                    }
                }
            }
            list.millis = (System.nanoTime() - started) / 1_000_000;
            return list;
        }

        String summary(Path out) throws Exception {
            return String.format("""
                    signal list %s: %d rows, %.1f MB, run id %s, written in %.1f s
                      about demo households: %d rows (%.0f%%), %d of them spelled otherwise (%.0f%%: %s); %d of the \
                    %d households read from the database used%s
                      about unknown people at unknown house numbers: %d rows (%.0f%%)
                      %d addresses, %d (%.0f%%) with 2-3 signals from different partners; crisis %d rows, threat %d rows\
                    """, out, rows, Files.size(out) / 1e6, runId, millis / 1e3, knownRows, 100.0 * knownRows / rows,
                    variantRows, 100.0 * variantRows / Math.max(1, knownRows), variants, householdsUsed, householdsRead,
                    householdsReused ? ", some for several addresses (fewer households than addresses)" : "",
                    strangerRows, 100.0 * strangerRows / rows, addresses, stackedAddresses,
                    100.0 * stackedAddresses / addresses, crisisRows, threatRows);
        }

        private String row(Partner partner, String reference, Person person, boolean known, Random random,
                           LocalDate today) {
            rows++;
            knownRows += known ? 1 : 0;
            strangerRows += known ? 0 : 1;
            Person shown = person;
            String initials = person.firstName().substring(0, 1).toUpperCase() + ".";
            String firstName = person.firstName();
            if (known && random.nextInt(100) < VARIANT_PERCENT) {
                variantRows++;
                List<String> kinds = new ArrayList<>(List.of("initials", "married name"));
                if (!plain(person.firstName() + person.prefix() + person.surname())
                        .equals(person.firstName() + person.prefix() + person.surname())) {
                    kinds.add("diacritics");
                }
                if (doubledOrSingleS(person.surname()) != null) {
                    kinds.add("s/ss");
                }
                if (!person.prefix().isEmpty()) {
                    kinds.add("prefix in surname");
                }
                String kind = kinds.get(random.nextInt(kinds.size()));
                variants.merge(kind, 1, Integer::sum);
                switch (kind) {
                    case "initials" -> {
                        firstName = "";
                        initials += random.nextBoolean() ? "" : (char) ('A' + random.nextInt(26)) + ".";
                    }
                    case "diacritics" -> {
                        shown = person.named(plain(person.firstName()), person.prefix(), plain(person.surname()));
                        firstName = shown.firstName();
                    }
                    case "s/ss" -> shown = person.named(person.firstName(), person.prefix(),
                            doubledOrSingleS(person.surname()));
                    case "prefix in surname" -> shown = person.named(person.firstName(), "",
                            capitalised(person.prefix()) + " " + person.surname());
                    default -> {
                        String own = (person.prefix().isEmpty() ? "" : person.prefix() + " ") + person.surname();
                        String other = MARRIED_TO.get(random.nextInt(MARRIED_TO.size()));
                        shown = person.named(person.firstName(), "", random.nextInt(4) == 0
                                ? capitalised(own) + "-" + other : other + "-" + own);
                    }
                }
            }
            LocalDate signalDate = today.minusDays(1 + random.nextInt(25));
            boolean crisis = random.nextInt(1000) < CRISIS_PER_MILLE;
            crisisRows += crisis ? 1 : 0;
            String threat = "";
            if (!partner.type().equals("Zorg") && random.nextDouble() < THREAT_SHARE / 0.85) {
                threat = partner.type().equals("Huur") ? "huisuitzetting" : "afsluiting";
                threatRows++;
            }
            return String.join(";", partner.type(), csv(partner.organisation()), reference, csv(initials),
                    csv(firstName), csv(shown.prefix()), csv(shown.surname()), person.born().toString(),
                    csv(person.street()), Integer.toString(person.number()), csv(person.addition()), person.postcode(),
                    csv(person.town()), random.nextInt(100) < 60 ? csv(person.phone()) : "",
                    random.nextInt(100) < 30 ? csv(person.email()) : "",
                    Integer.toString(5_000 + random.nextInt(295_001)),
                    signalDate.minusDays(30 + random.nextInt(150)).toString(), signalDate.toString(),
                    crisis ? "ja" : "nee", random.nextInt(100) < 2 ? "ja" : "nee", threat);
        }

        /** 1 partner, or 2-3 of different kinds (one landlord, one energy company, ...), by weight. */
        private static List<Partner> partners(Random random, int count) {
            List<Partner> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                int r = random.nextInt(100);
                Partner partner = PARTNERS.get(PARTNERS.size() - 1);
                for (Partner p : PARTNERS) {
                    r -= p.weight();
                    if (r < 0) {
                        partner = p;
                        break;
                    }
                }
                String type = partner.type();
                if (chosen.stream().noneMatch(c -> c.type().equals(type))) {
                    chosen.add(partner);
                }
            }
            return chosen;
        }

        /** Someone nobody knows, at a house number no household has, in the postcode and street of a known one. */
        private static Person stranger(List<Person> pool, Random random, LocalDate today) {
            Person neighbour = pool.get(random.nextInt(pool.size()));
            String surname = OTHER_SURNAMES.get(random.nextInt(OTHER_SURNAMES.size()));
            int space = surname.lastIndexOf(' ');
            boolean prefixed = space > 0 && Character.isLowerCase(surname.charAt(0));
            String first = OTHER_FIRST_NAMES.get(random.nextInt(OTHER_FIRST_NAMES.size()));
            return new Person(first, prefixed ? surname.substring(0, space) : "",
                    prefixed ? surname.substring(space + 1) : surname,
                    today.minusYears(18 + random.nextInt(68)).minusDays(random.nextInt(365)), neighbour.street(),
                    1000 + random.nextInt(9000), random.nextInt(10) == 0 ? "B" : "", neighbour.postcode(),
                    neighbour.town(), "06" + (10_000_000 + random.nextInt(89_999_999)),
                    random.nextInt(3) == 0 ? first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "@voorbeeld.nl"
                            : "");
        }

        /**
         * Demo households with their first current member, read with psql: {@code -At} output, fields separated by the
         * unit separator (never in names), empty for null.
         */
        static List<Person> readHouseholds(int limit) throws Exception {
            String sql = "select h.street, h.house_number, coalesce(h.house_number_addition, ''), h.postcode, h.town,"
                    + " m.first_name, coalesce(m.surname_prefix, ''), m.surname,"
                    + " to_char(m.date_of_birth, 'YYYY-MM-DD'), coalesce(m.phone, ''), coalesce(m.email, '')"
                    + " from wijkregie.household h join wijkregie.household_member m on m.household_id = h.id"
                    + " and m.position = 0 and m.left_on is null where h.created_by = 'demo-data'"
                    + " order by h.id limit " + limit;
            String host = System.getProperty("dbHost", "localhost");
            String port = System.getProperty("dbPort", "55432");
            String database = System.getProperty("dbName", "wijkregie");
            String user = System.getProperty("dbUser", "wijkregie");
            ProcessBuilder psql = new ProcessBuilder("psql", "-X", "-q", "-A", "-t", "-F", "\u001f", "-v",
                    "ON_ERROR_STOP=1", "-h", host, "-p", port, "-U", user, "-d", database, "-c", sql)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            psql.environment().put("PGPASSWORD", System.getProperty("dbPassword", "wijkregie"));
            psql.environment().put("PGCLIENTENCODING", "UTF8");
            psql.environment().put("PGCONNECT_TIMEOUT", "10");
            Process process;
            try {
                process = psql.start();
            } catch (IOException e) {
                throw new IllegalStateException("psql (the PostgreSQL client) is needed to read the households:"
                        + " apt-get install postgresql-client", e);
            }
            List<Person> persons = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] f = line.split("\u001f", -1);
                    if (f.length == 11) {
                        persons.add(new Person(f[5], f[6], f[7], LocalDate.parse(f[8]), f[0],
                                Integer.parseInt(f[1]), f[2], f[3].trim(), f[4], f[9], f[10]));
                    }
                }
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException("psql could not read the households from " + host + ":" + port + "/"
                        + database + " as " + user + " (is Wijkregie's database running and migrated?)");
            }
            return persons;
        }

        /** Without diacritics, as many partners' systems write names: Öztürk → Ozturk, Yılmaz → Yilmaz. */
        static String plain(String value) {
            String mapped = value.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
                    .replace("ø", "o").replace("Ø", "O").replace("ß", "ss");
            return Normalizer.normalize(mapped, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        /** Visser → Viser, Jansen → Janssen; null when the name has no s between letters. */
        static String doubledOrSingleS(String surname) {
            if (surname.contains("ss")) {
                return surname.replaceFirst("ss", "s");
            }
            Matcher single = Pattern.compile("(?<=\\p{Ll})s(?=\\p{Ll})").matcher(surname);
            return single.find() ? surname.substring(0, single.start()) + "s" + surname.substring(single.start())
                    : null;
        }

        static String capitalised(String value) {
            return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
        }

        /** A field, quoted only when it holds the separator or a quote. */
        static String csv(String value) {
            if (value == null) {
                return "";
            }
            return value.contains(";") || value.contains("\"") || value.contains("\n")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
        }
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String heap(String base) {
        double used = heapMetric(base, "memory_usedHeap_bytes");
        double max = heapMetric(base, "memory_maxHeap_bytes");
        return used < 0 ? "unavailable" : String.format("%.0f MB used of %.0f MB max", used, max);
    }

    /**
     * A heap gauge of the server's MicroProfile Metrics in MB, or -1 when it cannot be read. Asks for that one metric
     * only: the whole page would also compute the application's gauges, which count rows in the database.
     */
    private static double heapMetric(String base, String name) {
        try {
            String metric = name.replace("_bytes", "").replace('_', '.');
            String metrics = send(HttpRequest.newBuilder(URI.create(base + "/metrics?scope=base&name=" + metric))
                    .GET()).body();
            Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.E]+)").matcher(metrics);
            return value.find() ? Double.parseDouble(value.group(1)) / 1e6 : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static String newHousehold() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] surnames = {"Jansen", "de Vries", "Öztürk", "El Amrani", "van Dijk", "Bakker", "Visser", "Smit"};
        String surname = surnames[random.nextInt(surnames.length)];
        String prefix = surname.contains(" ") && Character.isLowerCase(surname.charAt(0))
                ? surname.substring(0, surname.lastIndexOf(' ')) : null;
        String last = prefix == null ? surname : surname.substring(prefix.length() + 1);
        return """
                {"address":{"street":"Benchmarkstraat","houseNumber":%d,"postcode":"1503%s","town":"Zaandam",
                 "wijkCode":"WK04790%d"},"members":[{"firstName":"Test","surnamePrefix":%s,"surname":"%s",
                 "dateOfBirth":"19%02d-0%d-1%d"}]}""".formatted(random.nextInt(1, 500),
                random.nextBoolean() ? "AB" : "CD", random.nextInt(1, 10),
                prefix == null ? "null" : "\"" + prefix + "\"", last, random.nextInt(40, 99), random.nextInt(1, 9),
                random.nextInt(0, 9));
    }

    private static HttpRequest.Builder get(String url, String auth) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).timeout(Duration.ofSeconds(30))
                .GET();
    }

    private static HttpRequest.Builder post(String url, String auth, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
