import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Load generator of {@code bench/observability/run.sh backends}: the same requests against the hello-world
 * server, the service on its embedded store and the service with {@code METRICS_BACKEND=remote} (a local
 * Prometheus as the engine), in one run on this machine.
 *
 * <ol>
 *   <li>query data: 100 series × 1,000 points 15 s apart (100,000 samples, 1,000 JSON batches of 100, in
 *       time order ending now) written to both services; the load time is reported;</li>
 *   <li>queries reading all of it, each timed over 20 runs after 5 unmeasured: a range query
 *       ({@code sum(rate(bench_q[5m]))} over the 4 h at 60 s steps) and an instant one
 *       ({@code count(bench_q)});</li>
 *   <li>collect throughput: 16 closed-loop clients for SECONDS after a SECONDS warm-up, one sample per
 *       request and batches of 100, each client on series of its own (a failed request is reported, not
 *       counted).</li>
 * </ol>
 * Usage: java -cp enis-observability.jar BackendBench.java HELLO_URL EMBEDDED_URL REMOTE_URL API_KEY SECONDS
 */
public class BackendBench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final int CLIENTS = 16;
    static final int SERIES = 100;
    static final int POINTS = 1_000;
    static final long STEP_MS = 15_000;

    public static void main(String[] args) throws Exception {
        String hello = args[0], embedded = args[1], remote = args[2], key = args[3];
        int seconds = Integer.parseInt(args[4]);
        long end = System.currentTimeMillis();
        long start = end - (POINTS - 1) * STEP_MS;
        for (String[] s : new String[][] {{"embedded", embedded}, {"remote", remote}}) {
            long t0 = System.nanoTime();
            for (int p = 0; p < POINTS; p++) {
                StringBuilder body = new StringBuilder("{\"samples\":[");
                String at = Instant.ofEpochMilli(start + p * STEP_MS).toString();
                for (int i = 0; i < SERIES; i++) {
                    body.append(i == 0 ? "" : ",").append("{\"name\":\"bench_q\",\"labels\":{\"series\":\"")
                            .append(i).append("\"},\"value\":").append(p * (i + 1)).append(",\"timestamp\":\"")
                            .append(at).append("\"}");
                }
                var r = send(post(s[1] + "/v1/metrics/collect", key, body.append("]}").toString()));
                if (r.statusCode() != 200) throw new IllegalStateException(s[0] + " load: " + r.statusCode() + " " + r.body());
            }
            System.out.printf("load %-8s %d samples in %d batches: %.1f s%n", s[0], SERIES * POINTS, POINTS,
                    (System.nanoTime() - t0) / 1e9);
        }
        String range = "/v1/metrics/query?query=" + enc("sum(rate(bench_q[5m]))") + "&start=" + start / 1000
                + "&end=" + end / 1000 + "&step=60";
        String instant = "/v1/metrics/query?query=" + enc("count(bench_q)") + "&time=" + (end / 1000 + 1);
        double[] rangeMs = new double[2], instantMs = new double[2];
        String[] urls = {embedded, remote};
        for (int s = 0; s < 2; s++) {
            rangeMs[s] = time(urls[s] + range, key);
            instantMs[s] = time(urls[s] + instant, key);
        }
        System.out.printf("query range   sum(rate(bench_q[5m])) 4h/60s: embedded %.1f ms, remote %.1f ms (remote/embedded %.2f)%n",
                rangeMs[0], rangeMs[1], rangeMs[1] / rangeMs[0]);
        System.out.printf("query instant count(bench_q):            embedded %.1f ms, remote %.1f ms (remote/embedded %.2f)%n",
                instantMs[0], instantMs[1], instantMs[1] / instantMs[0]);

        // each client thread writes series of its own (label client), in its own time order: an engine without
        // an out-of-order window (Prometheus' default) refuses a series' sample older than its newest
        IntFunction<String> single = c -> "{\"name\":\"bench_single_total\",\"labels\":{\"job\":\"bench\",\"client\":\""
                + c + "\"},\"value\":1}";
        IntFunction<String> batch = c -> {
            StringBuilder b = new StringBuilder("{\"samples\":[");
            for (int i = 0; i < 100; i++) {
                b.append(i == 0 ? "" : ",").append("{\"name\":\"bench_batch_total\",\"labels\":{\"client\":\"")
                        .append(c).append("\",\"series\":\"").append(i).append("\"},\"value\":").append(i).append('}');
            }
            return b.append("]}").toString();
        };
        double helloRate = throughput("hello", hello + "/hello", null, single, seconds);
        List<Object[]> bodies = List.of(new Object[] {"1 sample", single}, new Object[] {"batch of 100", batch});
        for (Object[] body : bodies) {
            @SuppressWarnings("unchecked")
            IntFunction<String> f = (IntFunction<String>) body[1];
            double e = throughput("embedded " + body[0], embedded + "/v1/metrics/collect", key, f, seconds);
            double r = throughput("remote " + body[0], remote + "/v1/metrics/collect", key, f, seconds);
            System.out.printf("collect %-12s: hello %.0f req/s, embedded %.0f req/s (%.0f %% of hello), remote %.0f req/s"
                            + " (%.0f %% of hello, remote/embedded %.2f)%n",
                    body[0], helloRate, e, 100 * e / helloRate, r, 100 * r / helloRate, r / e);
        }
    }

    static double time(String url, String key) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).GET().build();
        for (int i = 0; i < 5; i++) check(send(request), url);
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) check(send(request), url);
        return (System.nanoTime() - t0) / 20 / 1e6;
    }

    static void check(HttpResponse<String> r, String url) {
        if (r.statusCode() != 200 || !r.body().contains("\"result\"")) {
            throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
        }
    }

    /** Requests per second of CLIENTS closed-loop threads over {@code seconds}, after as long a warm-up. */
    static double throughput(String name, String url, String key, IntFunction<String> body, int seconds)
            throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        for (int phase = 0; phase < 2; phase++) {
            long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            done.set(0);
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                HttpRequest request = post(url, key, body.apply(c));
                Thread t = new Thread(() -> {
                    while (System.nanoTime() < until) {
                        try {
                            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status == 200) done.incrementAndGet();
                            else failed.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) t.join();
        }
        if (failed.get() > 0) System.out.printf("  %s: %d requests failed%n", name, failed.get());
        return done.get() / (double) seconds;
    }

    static HttpRequest post(String url, String key, String body) {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) b.header("Authorization", "Bearer " + key);
        return b.build();
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
