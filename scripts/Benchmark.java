import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running Wijkregie (it starts nothing), at concurrency 1, 10 and 50, each level for a bounded number of
 * requests, and prints throughput, p50/p95/p99 and the server's heap. Two suites:
 * <ul>
 * <li>{@code households}: households created (POST) and read back (GET), and pages of the household list;</li>
 * <li>{@code cases}: the case view ({@code GET /api/v1/cases/{id}}, one access-log entry each) of random open cases
 * of the team, and caseload pages of 20 ("team" as the team lead, "mine" as a professional; 20 entries each).</li>
 * </ul>
 * Only loopback targets are accepted. Run through scripts/bench-households or scripts/bench-cases.
 */
public class Benchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("baseUrl", "http://localhost:9080");
        String suite = System.getProperty("suite", "households");
        String user = System.getProperty("user", "fatima");
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
            Matcher id = Pattern.compile("\\{\"domains\"[^{}]*?\"id\":\"([0-9a-f-]{36})\"")
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
        Call caseView = () -> send(get(base + "/api/v1/cases/" + ids.get(ThreadLocalRandom.current()
                .nextInt(ids.size())), auth)).statusCode() == 200;
        for (int concurrency : new int[] {1, 10, 50}) {
            run(concurrency, Math.max(100, concurrency * 10), caseView);
            report("case view", concurrency, run(concurrency, requestsPerLevel, () -> {
                String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                return send(get(base + "/api/v1/cases/" + id, auth)).statusCode() == 200;
            }));
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
        for (int rate : new int[] {300, 500, 600}) {
            report("view@" + rate + "/s", 50, paced(50, rate, requestsPerLevel, caseView));
        }
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
            report("list", concurrency, run(concurrency, requestsPerLevel / 4, () -> {
                int page = ThreadLocalRandom.current().nextInt(50);
                return send(get(base + "/api/v1/households?size=20&page=" + page, auth)).statusCode() == 200;
            }));
        }
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

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String heap(String base) {
        try {
            String metrics = send(HttpRequest.newBuilder(URI.create(base + "/metrics?scope=base")).GET()).body();
            Matcher used = Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*\\} ([0-9.E]+)").matcher(metrics);
            Matcher max = Pattern.compile("(?m)^memory_maxHeap_bytes\\{[^}]*\\} ([0-9.E]+)").matcher(metrics);
            return (used.find() ? String.format("%.0f MB used", Double.parseDouble(used.group(1)) / 1e6) : "?")
                    + (max.find() ? String.format(" of %.0f MB max", Double.parseDouble(max.group(1)) / 1e6) : "");
        } catch (Exception e) {
            return "unavailable (" + e.getMessage() + ")";
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
