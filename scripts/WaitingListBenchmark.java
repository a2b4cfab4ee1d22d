import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waiting list under load (scripts/bench-waitinglist prepares the data): the team lead's dashboard from
 * {@code -Dusers} threads for {@code -Dseconds}, then the import of the event file {@code -Devents} with the server heap
 * sampled every 500 ms. Prints the dashboard's p50/p95/p99, events/s and the peak heap against the targets.
 */
public class WaitingListBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("baseUrl", "http://localhost:9080");
        String password = System.getProperty("password", "wijkregie-demo");
        int users = Integer.getInteger("users", 20);
        int seconds = Integer.getInteger("seconds", 30);
        Path events = Path.of(System.getProperty("events"));
        List<String> leads = List.of(BenchMachine.session(base, "sanne", password),
                BenchMachine.session(base, "wouter", password));
        String admin = auth("anouk", password);
        if (!"import".equals(System.getProperty("only"))) {
            dashboard(base, leads, users, seconds);
        }
        importEvents(base, admin, events);
    }

    /** The dashboard from {@code users} threads without pause for {@code seconds}; prints p50/p95/p99. */
    private static void dashboard(String base, List<String> leads, int users, int seconds) throws Exception {

        System.out.println(BenchMachine.line(base, "start"));
        long[] fresh = new long[20];
        for (int i = 0; i < fresh.length; i++) {
            long f0 = System.nanoTime();
            int status = BenchMachine.get(base + "/api/v1/team-lead-dashboard", "Cookie", leads.get(i % 2));
            fresh[i] = System.nanoTime() - f0;
            if (status != 200) {
                throw new IllegalStateException("dashboard: " + status);
            }
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int u = 0; u < users; u++) {
            String lead = leads.get(u % 2);
            pool.submit(() -> {
                while (!done.get()) {
                    long t0 = System.nanoTime();
                    try {
                        if (BenchMachine.get(base + "/api/v1/team-lead-dashboard", "Cookie", lead) != 200) {
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
        Thread.sleep(seconds * 1000L);
        done.set(true);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        java.util.Arrays.sort(fresh);
        System.out.printf("dashboard, first %d requests one at a time (fresh): p50 %.1f ms, p95 %.1f ms%n",
                fresh.length, ms(fresh, 0.50), ms(fresh, 0.95));
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p95 = ms(sorted, 0.95);
        System.out.printf("dashboard, %d team leads for %d s: %d requests, %d errors, p50 %.1f ms, p95 %.1f ms,"
                + " p99 %.1f ms (target p95 <= 150 ms: %s)%n", users, seconds, sorted.length, errors.get(),
                ms(sorted, 0.50), p95, ms(sorted, 0.99), p95 <= 150 ? "met" : "NOT met");
        BenchMachine.figure("dashboard p95 (fresh: one at a time; warm: " + users + " team leads)", "ms", ms(fresh, 0.95),
                p95, -1);
    }

    /** Imports the event file as the administrator, sampling the server heap; prints events/s and the peak heap. */
    private static void importEvents(String base, String admin, Path events) throws Exception {
        AtomicBoolean importing = new AtomicBoolean(true);
        double[] peak = {-1};
        Thread sampler = new Thread(() -> {
            while (importing.get()) {
                peak[0] = Math.max(peak[0], heapMb(base, "memory_usedHeap_bytes"));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/referral-messages/imports?fileName=bench.csv"))
                .header("Authorization", admin).header("Content-Type", "text/csv").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(events)).build(), HttpResponse.BodyHandlers.ofString());
        double took = (System.nanoTime() - t0) / 1e9;
        importing.set(false);
        sampler.join();
        if (imported.statusCode() != 201) {
            throw new IllegalStateException("import: " + imported.statusCode() + " " + imported.body());
        }
        long rows = number(imported.body(), "rows");
        double perSecond = rows / took;
        System.out.printf("import: %d events in %.1f s = %.0f events/s (applied %d, unchanged %d, unmatched %d,"
                + " rejected %d, duplicates %d); peak heap %.0f MB (target >= 5000 events/s, heap < 512 MB: %s)%n",
                rows, took, perSecond, number(imported.body(), "applied"), number(imported.body(), "unchanged"),
                number(imported.body(), "unmatched"), number(imported.body(), "rejected"),
                number(imported.body(), "duplicates"), peak[0],
                perSecond >= 5000 && peak[0] < 512 ? "met" : "NOT met");
        BenchMachine.figure("message import", "events/s", -1, perSecond, -1);
        System.out.println(BenchMachine.line(base, "end"));
    }

    private static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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
