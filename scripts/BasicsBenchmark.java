import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The basics re-check under load (scripts/bench-basics prepares the data): starts the background re-check of all open
 * cases as the admin, serves the case view as a professional from {@code -Dusers} threads while it runs, samples the
 * server heap every 500 ms, and prints households/s, the case view's p50/p95/p99 during the re-check and the peak heap.
 */
public class BasicsBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("baseUrl", "http://localhost:9080");
        String password = System.getProperty("password", "wijkregie-demo");
        int users = Integer.getInteger("users", 10);
        String admin = auth("anouk", password);
        String professional = auth("fatima", password);
        String lead = auth("sanne", password);

        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            Matcher id = Pattern.compile("\\{[^{}]*?\"id\":\"([0-9a-f-]{36})\"")
                    .matcher(get(base + "/api/v1/cases?scope=team&size=100&sort=opened&page=" + page, lead).body());
            while (id.find()) {
                ids.add(id.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no open cases of sanne's team: load demo data first (scripts/demo-data)");
        }
        System.out.println(BenchMachine.line(base, "start"));
        System.out.printf("%d case ids of the team for the case view; %d users; server heap before: %.0f MB%n",
                ids.size(), users, heapMb(base, "memory_usedHeap_bytes"));
        long[] freshViews = new long[500];
        for (int i = 0; i < freshViews.length; i++) {
            long t0 = System.nanoTime();
            get(base + "/api/v1/cases/" + ids.get(i % ids.size()), professional);
            freshViews[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(freshViews);
        System.out.printf("case view, first 500 requests one at a time (fresh): p50 %.1f ms, p95 %.1f ms%n",
                ms(freshViews, 0.50), ms(freshViews, 0.95));

        // The demo cases were never checked: the first run starts the tasks of every case not in order (as the first
        // start of the module would). Printed, not counted: a rule change re-checks cases that were checked before.
        long firstStart = System.nanoTime();
        String first = awaitRun(base, admin, text(post(base + "/api/v1/basics/rechecks", admin).body(), "id"));
        double firstSeconds = (System.nanoTime() - firstStart) / 1e9;
        System.out.printf("first check of the demo cases (not counted): %d cases in %.1f s%n", number(first, "checked"),
                firstSeconds);

        HttpResponse<String> started = post(base + "/api/v1/basics/rechecks", admin);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("re-check not started: " + started.statusCode() + " " + started.body());
        }
        String run = text(started.body(), "id");
        long startedAt = System.nanoTime();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            pool.submit(() -> {
                while (!done.get()) {
                    String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    long t0 = System.nanoTime();
                    try {
                        if (get(base + "/api/v1/cases/" + id, professional).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            });
        }
        double peakHeap = -1;
        String progress = "";
        while (true) {
            Thread.sleep(500);
            peakHeap = Math.max(peakHeap, heapMb(base, "memory_usedHeap_bytes"));
            progress = get(base + "/api/v1/basics/rechecks/" + run, admin).body();
            if (progress.contains("\"finishedAt\"") && !progress.contains("\"finishedAt\":null")) {
                break;
            }
        }
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        done.set(true);
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);

        long checked = number(progress, "checked");
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double households = checked / seconds;
        double p95 = ms(sorted, 0.95);
        System.out.printf("re-check: %d open cases in %.1f s = %.0f households/s (rules %s)%n", checked, seconds,
                households, text(progress, "rules"));
        System.out.printf("case view during the re-check: %d requests, %d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                sorted.length, errors.get(), ms(sorted, 0.50), p95, ms(sorted, 0.99));
        System.out.printf("peak heap %.0f MB (sampled every 500 ms) of %.0f MB max; after: %.0f MB%n", peakHeap,
                heapMb(base, "memory_maxHeap_bytes"), heapMb(base, "memory_usedHeap_bytes"));
        System.out.printf("target >= 2000 households/s, heap < 512 MB, case view p95 < 50 ms: %s%n",
                households >= 2000 && peakHeap < 512 && p95 < 50 ? "met" : "NOT met");
        BenchMachine.figure("basics check (fresh: first check of all cases)", "households/s",
                number(first, "checked") / firstSeconds, households, -1);
        BenchMachine.figure("case view p95 (fresh: one at a time; warm: during the re-check)", "ms",
                ms(freshViews, 0.95), p95, -1);
        System.out.println(BenchMachine.line(base, "end"));
    }

    private static String awaitRun(String base, String admin, String run) throws Exception {
        while (true) {
            Thread.sleep(500);
            String progress = get(base + "/api/v1/basics/rechecks/" + run, admin).body();
            if (progress.contains("\"finishedAt\"") && !progress.contains("\"finishedAt\":null")) {
                return progress;
            }
        }
    }

    private static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(String url, String auth) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String auth) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String text(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        return value.find() ? value.group(1) : "";
    }

    private static long number(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return value.find() ? Long.parseLong(value.group(1)) : -1;
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** A heap gauge of the server's MicroProfile Metrics in MB, or -1 when it cannot be read. */
    private static double heapMb(String base, String name) {
        try {
            String metric = name.replace("_bytes", "").replace('_', '.');
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics?scope=base&name=" + metric))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher value = Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.E]+)").matcher(metrics);
            return value.find() ? Double.parseDouble(value.group(1)) / 1e6 : -1;
        } catch (Exception e) {
            return -1;
        }
    }

}
