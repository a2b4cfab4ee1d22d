/**
 * The machine's load and the server's heap, printed at the start and end of every benchmark: a figure from a busy
 * machine means little without them. Also the "BENCH|..." lines scripts/bench-all collects into its table. Shared by
 * the single-file benchmarks in this folder: the bench scripts compile it and launch a benchmark with it on the class
 * path (java's source launcher compiles one file only).
 */
public final class BenchMachine {

    static {
        // kept-alive connections per host for the load loops below (the JDK keeps 5 by default; 50 users need 50)
        System.setProperty("http.maxConnections", "200");
    }

    private BenchMachine() {
    }

    /**
     * One GET of a load loop; reads the whole body, as a browser does, and returns the status. Over the JDK's
     * kept-alive HttpURLConnection, not java.net.http: the load generator shares the server's two cores, and
     * java.net.http's asynchronous machinery cost 1-1.8 ms of CPU per request here (a profile of the plan tab's
     * benchmark), CPU the server under test then lacked.
     */
    public static int get(String url, String header, String value) throws java.io.IOException {
        java.net.HttpURLConnection connection = (java.net.HttpURLConnection) java.net.URI.create(url).toURL()
                .openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        connection.setRequestProperty(header, value);
        connection.setRequestProperty("Accept", "application/json");
        int status = connection.getResponseCode();
        java.io.InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (body != null) {
            try (body) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return status;
    }

    public static String line(String base, String when) {
        String load;
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            load = parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            load = "? ? ?";
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double heap = heapMb(base);
        String heapText = heap < 0 ? "unknown" : String.format("%.0f MB", heap);
        System.out.printf("BENCH|load|%s|%s|%d|%s%n", when, load, cores, heapText);
        return String.format("machine at %s: load %s (1/5/15 min), %d cores; server heap %s used", when, load,
                cores, heapText);
    }

    /** One key figure: fresh = first run after the start, warm = after warm-up, baseline = the bare engine. */
    public static void figure(String name, String unit, double fresh, double warm, double baseline) {
        System.out.printf(java.util.Locale.ROOT, "BENCH|figure|%s|%s|%s|%s|%s%n", name, unit, value(fresh),
                value(warm), value(baseline));
    }

    /**
     * Logs in as the browser does (form login) and returns its session cookie: the page's requests carry the cookie,
     * not a password that is checked again on every call (that path is for machine clients).
     */
    public static String session(String base, String user, String password) throws Exception {
        java.net.http.HttpResponse<Void> login = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password="
                                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)))
                        .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        return login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("LtpaToken2="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("login as " + user + " failed: " + login.statusCode()));
    }

    private static String value(double v) {
        return v < 0 || Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static double heapMb(String base) {
        try {
            String metrics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(base + "/metrics?scope=base&name=memory.usedHeap"))
                    .timeout(java.time.Duration.ofSeconds(10)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            var value = java.util.regex.Pattern.compile("(?m)^memory_usedHeap_bytes\\{[^}]*\\} ([0-9.E]+)")
                    .matcher(metrics);
            return value.find() ? Double.parseDouble(value.group(1)) / 1e6 : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
