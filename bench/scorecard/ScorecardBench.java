import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scorecard bench: defines 20 KPIs with one year of daily values each (a weekly pattern, a trend and
 * noise, fixed seed), one dashboard over them ({@code timeRange} 365d), then measures GET of that
 * dashboard as JSON and as HTML against a hello-world Javalin, in the same run:
 * (1) latency, one client, {@code count} sequential requests each after a warm-up: p50/p90/p99/max
 * (JSON also with {@code Accept-Encoding: gzip}, inflated by the client);
 * (2) throughput, 4 closed-loop threads for {@code seconds}: req/s.
 * With the servers' process ids (run.sh passes them), (1) also prints the server's CPU time per request
 * (user + system, from /proc/PID/stat, 10 ms ticks summed over the run), which a loaded, shared
 * machine disturbs far less than wall-clock latency.
 * Usage: java ScorecardBench.java HELLO_URL SERVICE_URL KEY SECONDS COUNT [HELLO_PID SERVICE_PID]
 */
public class ScorecardBench {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String key;
    /** The dashboard's KPIs and the time of each one's latest value (setUp's). */
    static final List<String> kpiIds = new ArrayList<>();
    static String latestAt;

    public static void main(String[] args) throws Exception {
        String hello = args[0], service = args[1];
        key = args[2];
        int seconds = Integer.parseInt(args[3]);
        int count = Integer.parseInt(args[4]);
        long helloPid = args.length > 6 ? Long.parseLong(args[5]) : -1;
        long servicePid = args.length > 6 ? Long.parseLong(args[6]) : -1;
        String dashboard = setUp(service);
        URI json = URI.create(service + "/v1/analytics/dashboard/" + dashboard);
        URI helloUri = URI.create(hello + "/hello");
        String body = get(json, "application/json").body();
        String html = get(json, "text/html").body();
        System.out.printf(Locale.ROOT, "dashboard %s: 20 KPIs x 365 daily values; JSON %d bytes (%d gzipped), HTML %d bytes%n",
                dashboard, body.length(), getGzip(json), html.length());
        // warm-up: every path, until the JIT settles a little
        for (int i = 0; i < Math.max(50, count / 4); i++) {
            get(json, "application/json");
            get(json, "text/html");
            get(helloUri, "application/json");
            getGzip(json);
        }
        System.out.println("latency, one client, " + count + " sequential requests (ms):");
        System.out.println("  hello-world  " + latency(helloUri, "application/json", count, helloPid));
        System.out.println("  JSON         " + latency(json, "application/json", count, servicePid));
        System.out.println("  HTML         " + latency(json, "text/html", count, servicePid));
        System.out.println("  JSON gzip    " + latency(() -> getGzip(json), count, servicePid));
        System.out.println("  JSON, each after a correction of one KPI's latest value (not timed; in the CPU):");
        int[] n = {0};
        System.out.println("               " + latency(() -> {
            String kpi = kpiIds.get(n[0]++ % kpiIds.size());
            post(service + "/v1/analytics/kpis/" + kpi + "/values",
                    "{\"values\":[{\"at\":\"" + latestAt + "\",\"value\":" + (90 + n[0] % 7) + "}]}");
            return null;
        }, () -> get(json, "application/json"), count, servicePid));
        System.out.println("throughput, 4 closed-loop clients, " + seconds + " s each (req/s):");
        double h1 = throughput(helloUri, "application/json", seconds);
        double j = throughput(json, "application/json", seconds);
        double t = throughput(json, "text/html", seconds);
        double h2 = throughput(helloUri, "application/json", seconds);
        double h = (h1 + h2) / 2;
        System.out.printf(Locale.ROOT, "  hello-world  %.0f / %.0f req/s (before / after; average %.0f)%n", h1, h2, h);
        System.out.printf(Locale.ROOT, "  JSON         %.0f req/s (%.2f %% of hello)%n", j, 100 * j / h);
        System.out.printf(Locale.ROOT, "  HTML         %.0f req/s (%.2f %% of hello)%n", t, 100 * t / h);
    }

    static String setUp(String service) throws Exception {
        java.util.Random random = new java.util.Random(16);
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        StringBuilder ids = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            String kpi = post(service + "/v1/analytics/kpis", "{\"name\":\"kpi_" + k + "\",\"unit\":\"ms\",\"target\":" + (100 + k)
                    + ",\"period\":{\"granularity\":\"month\",\"mode\":\"calendar\"}}");
            String id = field(kpi, "id");
            StringBuilder values = new StringBuilder("{\"values\":[");
            for (int d = 364; d >= 0; d--) {
                double v = 90 + k + 8 * Math.sin(2 * Math.PI * d / 7) - d * 0.02 + random.nextGaussian() * 3;
                values.append(d == 364 ? "" : ",").append("{\"at\":\"").append(today.minus(d, ChronoUnit.DAYS).plus(1, ChronoUnit.MINUTES)).append("\",\"value\":")
                        .append(String.format(Locale.ROOT, "%.3f", v)).append('}');
            }
            post(service + "/v1/analytics/kpis/" + id + "/values", values.append("]}").toString());
            ids.append(k == 0 ? "" : ",").append('"').append(id).append('"');
            kpiIds.add(id);
            latestAt = today.plus(1, ChronoUnit.MINUTES).toString();
        }
        return field(post(service + "/v1/analytics/dashboard",
                "{\"name\":\"bench\",\"kpis\":[" + ids + "],\"timeRange\":{\"last\":\"365d\"}}"), "id");
    }

    /** User + system CPU of process {@code pid} in ms (clock ticks of 10 ms), or -1 without /proc. */
    static long cpuMillis(long pid) {
        if (pid < 0) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime (fields 14, 15)
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    static String latency(URI uri, String accept, int count, long pid) throws Exception {
        return latency(() -> get(uri, accept), count, pid);
    }

    static String latency(Call call, int count, long pid) throws Exception {
        return latency(() -> null, call, count, pid);
    }

    interface Call {
        Object send() throws Exception;
    }

    /** Latency of {@code call}, each time after {@code before} (not timed; its server CPU counts). */
    static String latency(Call before, Call call, int count, long pid) throws Exception {
        long cpu0 = cpuMillis(pid);
        long[] ns = new long[count];
        for (int i = 0; i < count; i++) {
            before.send();
            long t0 = System.nanoTime();
            call.send();
            ns[i] = System.nanoTime() - t0;
        }
        long cpu1 = cpuMillis(pid);
        Arrays.sort(ns);
        String cpu = cpu0 < 0 || cpu1 < 0 ? "" : String.format(Locale.ROOT, "  server CPU %.2f ms/req", (cpu1 - cpu0) / (double) count);
        return String.format(Locale.ROOT, "p50 %.2f  p90 %.2f  p99 %.2f  max %.2f", ns[count / 2] / 1e6, ns[(int) (count * 0.9)] / 1e6,
                ns[Math.min(count - 1, (int) Math.ceil(count * 0.99) - 1)] / 1e6, ns[count - 1] / 1e6) + cpu;
    }

    static double throughput(URI uri, String accept, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        get(uri, accept);
                        done.incrementAndGet();
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long n = done.get();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        for (Thread t : threads) {
            t.join();
        }
        return n / elapsed;
    }

    static HttpResponse<String> get(URI uri, String accept) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept)
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " -> " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    /**
     * GETs {@code uri} as JSON with {@code Accept-Encoding: gzip} (Javalin compresses then), checks the body
     * came gzipped and inflates it (the client's cost counts); answers the compressed size.
     */
    static int getGzip(URI uri) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "application/json")
                .header("Accept-Encoding", "gzip").header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200 || !r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            throw new IllegalStateException(uri + " -> " + r.statusCode() + " " + r.headers().map());
        }
        new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        return r.body().length;
    }

    static String post(String url, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
