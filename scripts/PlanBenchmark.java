import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plan tab under an open-loop load (scripts/bench-plan prepares the plans): {@code -Drate} requests per second are
 * offered, spread over {@code -Dusers} threads, each request due at its own moment; a request's latency is counted
 * from that moment, so a slow server is not hidden by threads that wait (no coordinated omission). Prints the achieved
 * rate and p50/p95/p99 of GET /api/v1/cases/{id}/plan as fatima.
 */
public class PlanBenchmark {

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("baseUrl", "http://localhost:9080");
        String auth = BenchMachine.session(base, "fatima", System.getProperty("password", "wijkregie-demo"));
        int users = Integer.getInteger("users", 50);
        int rate = Integer.getInteger("rate", 500);
        int seconds = Integer.getInteger("seconds", 60);
        List<String> cases = Files.readAllLines(Path.of(System.getProperty("cases"))).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (cases.isEmpty()) {
            throw new IllegalStateException("no plans of fatima's team: load demo data first (scripts/demo-data)");
        }
        System.out.println(BenchMachine.line(base, "start"));
        List<Long> fresh = new ArrayList<>();
        for (int i = 0; i < Math.min(500, cases.size() * 2); i++) {
            long t0 = System.nanoTime();
            BenchMachine.get(base + "/api/v1/cases/" + cases.get(i % cases.size()) + "/plan", "Cookie", auth);
            fresh.add(System.nanoTime() - t0);
        }
        fresh.sort(null);
        System.out.printf("plan tab, first %d requests one at a time (fresh): p50 %.1f ms, p95 %.1f ms%n",
                fresh.size(), pct(fresh, 50), pct(fresh, 95));
        System.out.printf("plan tab: %d plans, %d users, %d req/s offered for %d s%n", cases.size(), users, rate,
                seconds);
        long total = (long) rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long start = System.nanoTime() + 100_000_000L;
        for (int u = 0; u < users; u++) {
            int user = u;
            pool.submit(() -> {
                for (long n = user; n < total; n += users) {
                    long due = start + n * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    try {
                        int status = BenchMachine.get(base + "/api/v1/cases/"
                                + cases.get((int) (n % cases.size())) + "/plan", "Cookie", auth);
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - due);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        System.out.printf("plan tab: %d requests in %.1f s (%.0f req/s achieved), %d errors; p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms  [target p95 <= 30 ms at 500 req/s offered]%n", sorted.size(), elapsed,
                sorted.size() / elapsed, errors.get(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
        BenchMachine.figure("plan tab p95 (fresh: one at a time; warm: " + rate + "/s offered)", "ms", pct(fresh, 95),
                pct(sorted, 95), -1);
        System.out.println(BenchMachine.line(base, "end"));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
