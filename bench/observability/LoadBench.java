import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load generator of bench/observability/run.sh (runs in its own JVM, on the same 2 cores as the server).
 *
 * <ul>
 *   <li>max throughput: C closed-loop client threads for the measure time, after warming every target
 *       up until its rate is steady (5 s rounds, at most 16);</li>
 *   <li>latency at half that rate: open loop at a fixed rate, latency measured from the intended send
 *       time (no coordinated omission), p50/p99/max;</li>
 *   <li>query: load 1M samples (100 series × 10,000 points at 15 s) through /v1/metrics/collect, then
 *       time range and instant queries that read all of them;</li>
 *   <li>with TRACED_URL and SINK_URL (run.sh's TRACING=1): collect on the same service exporting its
 *       request spans to the sink, each right after its untraced twin, with the CPU time per request of
 *       each server process ({@code -Dbench.pid.service|traced|sink}).</li>
 * </ul>
 * Usage: java -cp enis-observability.jar LoadBench.java HELLO_URL SERVICE_URL API_KEY SECONDS [TRACED_URL SINK_URL]
 */
public class LoadBench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final int CLIENTS = 16;

    record Target(String name, String url, String key, String body) {
        HttpRequest request() {
            var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (key != null) b.header("Authorization", "Bearer " + key);
            return b.build();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("restart")) { // the store alone, no servers needed
            restart();
            return;
        }
        String hello = args[0], service = args[1], key = args[2];
        int seconds = Integer.parseInt(args[3]);
        // optional: the same service exporting its request spans (TRACING=1 in run.sh), and where they go
        String traced = args.length > 5 ? args[4] : null, sink = args.length > 5 ? args[5] : null;
        String single = "{\"name\":\"bench_single_total\",\"labels\":{\"job\":\"bench\"},\"value\":1}";
        StringBuilder batch = new StringBuilder("{\"samples\":[");
        for (int i = 0; i < 100; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"name\":\"bench_batch_total\",\"labels\":{\"series\":\"").append(i)
                    .append("\"},\"value\":").append(i).append('}');
        }
        batch.append("]}");
        List<Target> targets = new ArrayList<>(List.of(
                new Target("hello-world Javalin (baseline)", hello + "/hello", null, single),
                new Target("POST /v1/metrics/collect, 1 sample", service + "/v1/metrics/collect", key, single)));
        if (traced != null) { // each traced target right after its untraced twin: the two see the same machine
            targets.add(new Target("  same, tracing on", traced + "/v1/metrics/collect", key, single));
        }
        targets.add(new Target("POST /v1/metrics/collect, batch of 100", service + "/v1/metrics/collect", key, batch.toString()));
        if (traced != null) {
            targets.add(new Target("  same, tracing on", traced + "/v1/metrics/collect", key, batch.toString()));
        }

        warmUp(targets); // both JVMs (JIT) on every path, until steady, before measuring anything
        double helloFirst = run(targets.get(0), seconds) / (double) seconds;
        double[] max = new double[targets.size()];
        // with tracing: the CPU time each server process spends per request during its max-throughput run
        // (ProcessHandle reads it from /proc), a measure the other builds sharing the cores disturb far less
        long[] servers = {0, pid("service"), pid("traced"), pid("service"), pid("traced")};
        double[] cpu = new double[targets.size()], sinkCpu = new double[targets.size()];
        for (int i = 1; i < targets.size(); i++) {
            long cpuBefore = traced == null ? 0 : cpuMicros(servers[i]), sinkBefore = traced == null ? 0 : cpuMicros(pid("sink"));
            long requests = run(targets.get(i), seconds);
            max[i] = requests / (double) seconds;
            if (traced != null) {
                cpu[i] = (cpuMicros(servers[i]) - cpuBefore) / (double) requests;
                sinkCpu[i] = (cpuMicros(pid("sink")) - sinkBefore) / (double) requests;
            }
        }
        double helloAgain = run(targets.get(0), seconds) / (double) seconds;
        max[0] = (helloFirst + helloAgain) / 2;
        System.out.printf("hello-world measured before and after the service: %.0f and %.0f req/s%n%n", helloFirst, helloAgain);
        System.out.printf("%-40s %12s %10s | %s%n", "target (" + CLIENTS + " client threads)", "max req/s", "vs hello",
                "fixed rate at half max: p50 / p99 / max (ms)");
        for (int i = 0; i < targets.size(); i++) {
            Histogram h = openLoop(targets.get(i), max[i] / 2, seconds);
            System.out.printf("%-40s %12.0f %9.0f%% | %.2f / %.2f / %.2f%n", targets.get(i).name(), max[i], 100 * max[i] / max[0],
                    h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3, h.getMaxValue() / 1e3);
        }
        System.out.printf("(%d requests failed on reused connections and were not counted)%n", ERRORS.get());
        if (traced != null) {
            System.out.printf("tracing on vs off, max throughput: 1 sample %.1f %%, batch of 100 %.1f %%; spans held by the sink: %s%n",
                    100 * max[2] / max[1], 100 * max[4] / max[3], sinkSpans(sink, key));
            System.out.printf("server CPU per request during the max runs: 1 sample %.0f µs off, %.0f µs on (+%.0f); "
                            + "batch of 100 %.0f µs off, %.0f µs on (+%.0f); the sink ingesting the spans: %.0f / %.0f µs per traced request%n",
                    cpu[1], cpu[2], cpu[2] - cpu[1], cpu[3], cpu[4], cpu[4] - cpu[3], sinkCpu[2], sinkCpu[4]);
        }
        if (traced != null) {
            tracingRounds(targets.get(1), targets.get(2), seconds, sink, key);
        }
        queries(service, key);
        memory();
        restart();
    }

    private static io.enis.observability.tsdb.TimeSeriesStore store(Path dir, java.time.Clock clock) {
        return new io.enis.observability.tsdb.TimeSeriesStore(new io.enis.observability.tsdb.WriteAheadLog(dir.resolve("wal"), false),
                new io.enis.observability.tsdb.Checkpoints(dir.resolve("checkpoints")), clock, Duration.ofMinutes(10),
                Duration.ofDays(7), 1_000_000);
    }

    /**
     * Start-up time of the store holding 1M samples written as scrapes (10,000 batches of 100 series ×
     * 1 sample, as a scraper sends them): replaying the write-ahead log alone (the baseline) against
     * loading a checkpoint, with the bytes each takes on disk.
     */
    static void restart() throws Exception {
        Path dir = Files.createTempDirectory("tsdb-restart");
        var clock = java.time.Clock.systemUTC();
        List<io.enis.observability.tsdb.Labels> series = new ArrayList<>();
        for (int s = 0; s < 100; s++) {
            series.add(io.enis.observability.tsdb.Labels.of(Map.of("__name__", "bench_requests_total",
                    "instance", "10.0.0." + s + ":8080", "job", "bench")));
        }
        long end = clock.millis();
        try (var store = store(dir, clock)) {
            store.open();
            for (int i = 0; i < 10_000; i++) {
                List<io.enis.observability.tsdb.Sample> scrape = new ArrayList<>(100);
                for (var labels : series) {
                    scrape.add(new io.enis.observability.tsdb.Sample(labels, end - (10_000 - i) * 15_000L, i * 3.0));
                }
                store.ingest("bench", scrape);
            }
        }
        long replay = timeOpen(dir, clock, false);
        long walBytes = bytesUnder(dir.resolve("wal")); // after a replay cut the preallocated tail
        long fromCheckpoint = timeOpen(dir, clock, true);
        System.out.printf("%nrestart with 1M samples (100 series, written as 10,000 scrapes): write-ahead log only %d ms "
                + "(%.1f MB of log) vs checkpoint %d ms (%.1f MB; log after it: %.1f MB) = %.1fx faster%n",
                replay, walBytes / 1e6, fromCheckpoint, bytesUnder(dir.resolve("checkpoints")) / 1e6,
                bytesUnder(dir.resolve("wal")) / 1e6, replay / (double) Math.max(1, fromCheckpoint));
    }

    /** Median of 5 opens (after 2 discarded); with {@code checkpointFirst} a checkpoint is written before. */
    private static long timeOpen(Path dir, java.time.Clock clock, boolean checkpointFirst) throws Exception {
        if (checkpointFirst) {
            try (var store = store(dir, clock)) {
                store.open();
                store.checkpoint();
            }
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long started = System.nanoTime();
            try (var store = store(dir, clock)) {
                store.open();
                if (store.stats().samples() != 1_000_000) {
                    throw new IllegalStateException("restored " + store.stats().samples() + " samples, not 1000000");
                }
            }
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        List<Long> measured = new ArrayList<>(times.subList(2, times.size()));
        java.util.Collections.sort(measured);
        return measured.get(measured.size() / 2);
    }

    private static long bytesUnder(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            long total = 0;
            for (Path f : files.toList()) {
                total += Files.size(f);
            }
            return total;
        }
    }

    /**
     * Heap per stored sample, measured in this JVM: 100 series × 10,000 samples at a 15 s interval
     * (a counter, and a gauge with random values) through the store itself, heap compared after full
     * GCs before and after. The write-ahead log is on disk and not counted.
     */
    static void memory() throws Exception {
        Path dir = Files.createTempDirectory("tsdb-bench");
        var clock = java.time.Clock.systemUTC();
        var store = store(dir, clock);
        store.open();
        long before = usedHeap();
        long end = clock.millis();
        java.util.Random random = new java.util.Random(1);
        for (int s = 0; s < 100; s++) {
            var labels = io.enis.observability.tsdb.Labels.of(Map.of("__name__", s % 2 == 0 ? "bench_counter_total" : "bench_gauge",
                    "instance", "10.0.0." + s + ":8080", "job", "bench"));
            List<io.enis.observability.tsdb.Sample> samples = new ArrayList<>(10_000);
            for (int i = 0; i < 10_000; i++) {
                double v = s % 2 == 0 ? i * 3.0 : Math.round(random.nextGaussian() * 1000) / 10.0;
                samples.add(new io.enis.observability.tsdb.Sample(labels, end - (10_000 - i) * 15_000L, v));
            }
            store.ingest("bench", samples);
        }
        long after = usedHeap();
        var stats = store.stats();
        System.out.printf("%nmemory: %d samples in %d series: %.2f bytes/sample measured on the heap (%.2f by the store's own estimate); "
                + "16 bytes/sample uncompressed%n", stats.samples(), stats.series(), (after - before) / (double) stats.samples(),
                stats.bytes() / (double) stats.samples());
        store.close();
    }

    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Warm-up rounds of WARMUP_SECONDS on every target at most, and the change between rounds that counts as steady. */
    static final int WARMUP_SECONDS = 5, MAX_WARMUP_ROUNDS = 16;

    static final double STEADY = 0.10;

    /**
     * Rounds of {@link #WARMUP_SECONDS} on each target in turn (the service's JIT compiler keeps the
     * cores busy for a minute or more after its first requests) until two rounds in a row moved no
     * target's rate by more than {@link #STEADY}, at most {@link #MAX_WARMUP_ROUNDS}.
     */
    static void warmUp(List<Target> targets) throws Exception {
        double[] last = null;
        int steadyRounds = 0;
        for (int round = 1; round <= MAX_WARMUP_ROUNDS && steadyRounds < 2; round++) {
            double[] now = new double[targets.size()];
            StringBuilder line = new StringBuilder("warm-up " + round + ":");
            for (int i = 0; i < now.length; i++) {
                now[i] = run(targets.get(i), WARMUP_SECONDS) / (double) WARMUP_SECONDS;
                line.append(String.format(" %.0f", now[i]));
            }
            System.out.println(line.append(" req/s"));
            boolean steady = last != null;
            for (int i = 0; last != null && i < now.length; i++) {
                steady &= Math.abs(now[i] - last[i]) <= STEADY * last[i];
            }
            steadyRounds = steady ? steadyRounds + 1 : 0;
            last = now;
        }
    }

    static long run(Target t, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        HttpRequest request = t.request();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread th = new Thread(() -> {
                while (System.nanoTime() < end) {
                    if (send(t, request)) {
                        done.incrementAndGet();
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) th.join();
        return done.get();
    }

    static final AtomicLong ERRORS = new AtomicLong();

    /** One request; a dropped keep-alive connection (the JDK client reuses closed ones) is counted, not fatal. */
    static boolean send(Target t, HttpRequest request) {
        try {
            HttpResponse<Void> r = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(t.name() + ": HTTP " + r.statusCode());
            }
            return true;
        } catch (java.io.IOException e) {
            ERRORS.incrementAndGet();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Latency at a fixed arrival rate: request i is due at start + i/rate; worker threads take the next
     * due request, wait for its time (parked, never spinning: the server shares these cores), send it
     * and record the time from when it was due, so a slow server cannot hide its queueing delay.
     */
    static Histogram openLoop(Target t, double rate, int seconds) throws Exception {
        Recorder recorder = new Recorder(3);
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        AtomicLong next = new AtomicLong();
        HttpRequest request = t.request();
        long start = System.nanoTime() + 10_000_000;
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 2 * CLIENTS; w++) {
            Thread th = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < total) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    send(t, request);
                    recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                }
            });
            th.start();
            workers.add(th);
        }
        for (Thread th : workers) th.join();
        return recorder.getIntervalHistogram();
    }

    /**
     * Tracing off and on, alternately, three rounds of {@code seconds} each: throughput and server CPU per
     * request of each, and the median of the per-round ratios, so that what the other processes on the
     * machine do in one window weighs less.
     */
    static void tracingRounds(Target off, Target on, int seconds, String sink, String key) throws Exception {
        System.out.printf("%ntracing off / on, %s, alternating rounds of %d s:%n", off.name(), seconds);
        List<Double> throughput = new ArrayList<>(), cpu = new ArrayList<>();
        for (int round = 1; round <= 3; round++) {
            double[] rate = new double[2], micros = new double[2];
            Target[] pair = {off, on};
            long[] pids = {pid("service"), pid("traced")};
            for (int i = 0; i < 2; i++) {
                long before = cpuMicros(pids[i]);
                long requests = run(pair[i], seconds);
                rate[i] = requests / (double) seconds;
                micros[i] = (cpuMicros(pids[i]) - before) / (double) requests;
            }
            throughput.add(rate[1] / rate[0]);
            cpu.add(micros[1] - micros[0]);
            System.out.printf("  round %d: off %.0f req/s, %.0f µs CPU/req | on %.0f req/s, %.0f µs CPU/req%n", round, rate[0], micros[0],
                    rate[1], micros[1]);
        }
        throughput.sort(null);
        cpu.sort(null);
        System.out.printf("  median: tracing on = %.1f %% of the throughput off, +%.0f µs server CPU per request; sink now holds %s spans%n",
                100 * throughput.get(1), cpu.get(1), sinkSpans(sink, key));
    }

    /** The pid run.sh passed for {@code name} ({@code -Dbench.pid.<name>}), 0 when absent. */
    static long pid(String name) {
        return Long.parseLong(System.getProperty("bench.pid." + name, "0"));
    }

    /** CPU time (user + system) the process has used, in microseconds; 0 when unknown. */
    static long cpuMicros(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1000).orElse(0L);
    }

    /** The sink's {@code observability_traces_spans} gauge: proof that the traced service exported. */
    static String sinkSpans(String sink, String key) throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(sink + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        return r.body().lines().filter(l -> l.startsWith("observability_traces_spans")).map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst().orElse("unknown");
    }

    static void queries(String service, String key) throws Exception {
        long step = 15_000;
        long points = 10_000;
        long end = Instant.now().toEpochMilli() / 1000 * 1000;
        long first = end - (points - 1) * step;
        long loadStart = System.nanoTime();
        for (long p = 0; p < points; p += 100) {
            StringBuilder sb = new StringBuilder("[");
            for (int s = 0; s < 100; s++) {
                for (long k = p; k < p + 100; k++) {
                    sb.append(sb.length() == 1 ? "" : ",").append("{\"name\":\"bench_requests_total\",\"labels\":{\"series\":\"")
                            .append(s).append("\"},\"value\":").append(k * (s + 1)).append(",\"timestamp\":\"")
                            .append(Instant.ofEpochMilli(first + k * step)).append("\"}");
                }
            }
            sb.append(']');
            var r = HTTP.send(new Target("load", service + "/v1/metrics/collect", key, sb.toString()).request(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("loading: " + r.body());
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        System.out.printf("%nloaded 1,000,000 samples (100 series x 10,000 points) in %.1f s (%.0f samples/s through HTTP)%n",
                loadSeconds, 1e6 / loadSeconds);
        String memory = metric(service, "observability_tsdb_memory_bytes");
        String samples = metric(service, "observability_tsdb_samples");
        System.out.printf("store: %s samples, %s bytes of series data = %.2f bytes/sample (chunks + heads + labels)%n",
                samples, memory, Double.parseDouble(memory) / Double.parseDouble(samples));

        long startSec = first / 1000, endSec = end / 1000;
        Map<String, String> queries = Map.of(
                "range: sum(rate(bench_requests_total[5m])), 41.7 h at step 60 s",
                "/v1/metrics/query?query=" + enc("sum(rate(bench_requests_total[5m]))") + "&start=" + startSec + "&end=" + endSec + "&step=60",
                "instant: sum(count_over_time(bench_requests_total[2d]))",
                "/v1/metrics/query?query=" + enc("sum(count_over_time(bench_requests_total[2d]))") + "&time=" + endSec);
        System.out.printf("%n%-62s %10s %10s %10s  (target < 200 ms)%n", "query over all 1M samples", "median ms", "min ms", "max ms");
        for (var q : queries.entrySet()) {
            long[] ms = new long[11];
            String body = null;
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                var r = HTTP.send(HttpRequest.newBuilder(URI.create(service + q.getValue())).header("Authorization", "Bearer " + key).build(),
                        HttpResponse.BodyHandlers.ofString());
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
                if (r.statusCode() != 200) throw new IllegalStateException(r.body());
                body = r.body();
            }
            long[] measured = Arrays.copyOfRange(ms, 1, ms.length);
            Arrays.sort(measured);
            System.out.printf("%-62s %10d %10d %10d%n", q.getKey(), measured[measured.length / 2], measured[0], measured[measured.length - 1]);
            if (q.getKey().startsWith("instant") && !body.contains("\"1000000\"")) {
                throw new IllegalStateException("expected 1000000 samples counted, got " + body);
            }
        }
    }

    static String metric(String service, String name) throws Exception {
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(service + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return text.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " ")).findFirst()
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).orElseThrow(() -> new IllegalStateException("no metric " + name));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
