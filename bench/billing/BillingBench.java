import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The load side of bench/billing/run.sh (runs with the billing jar on its class path).
 * <ul>
 *   <li>{@code ingest HELLO_URL FLOOR_URL|- SERVICE_URL KEY SECONDS}: 16 closed-loop client threads, after
 *       warming every server up until its rate is steady; POST /v1/billing/usage-tracking with one new
 *       event per request vs the hello world (measured before and after) and vs the durable floor
 *       (DurableHelloServer.java: the hello world plus one PostgreSQL row per request), when given;</li>
 *   <li>{@code invoices N}: the service in this JVM on a clock the bench moves (DATABASE_* from the
 *       environment), N monthly subscriptions with 3 usage events each, then finalize + collect of 500
 *       more invoices one after the other (latency) and one tick of the jobs (invoice run, collection).</li>
 * </ul>
 */
public class BillingBench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final int CLIENTS = 16;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("ingest")) {
            ingest(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]));
        } else {
            invoices(Integer.parseInt(args[1]));
        }
        System.exit(0);
    }

    // ---- usage ingest vs hello world

    interface Body {
        String next();
    }

    /** Warm-up rounds (WARMUP_SECONDS each) at most, and the change between two rounds that counts as steady. */
    static final int MAX_WARMUP_ROUNDS = 16;
    static final double STEADY = 0.10;

    /**
     * Hello world, the durable floor (when {@code floor} is not "-") and the service, each warmed up until
     * steady, then measured: hello, floor, service, floor, hello.
     */
    static void ingest(String hello, String floor, String service, String key, int seconds) throws Exception {
        List<String> subs = catalogue(service, key, 50);
        AtomicLong ids = new AtomicLong();
        String run = Long.toString(System.nanoTime(), 36);
        Body event = () -> {
            long n = ids.incrementAndGet();
            return "{\"transaction_id\":\"" + run + "-" + n + "\",\"subscription_id\":\"" + subs.get((int) (n % subs.size()))
                    + "\",\"metric_code\":\"calls\",\"properties\":{\"region\":\"eu\"}}";
        };
        Body helloBody = () -> "{\"transaction_id\":\"x\",\"subscription_id\":\"" + subs.get(0) + "\",\"metric_code\":\"calls\"}";
        String helloUrl = hello + "/hello", floorUrl = floor.equals("-") ? null : floor + "/hello",
                usageUrl = service + "/v1/billing/usage-tracking";
        int warmupRounds = warmUp(helloUrl, floorUrl, usageUrl, key, helloBody, event);
        boolean steady = lastWarmUpSteady;
        Histogram h1 = new Histogram(3), hf = new Histogram(3), hs = new Histogram(3), h2 = new Histogram(3);
        long helloPid = pid("hello"), servicePid = pid("service"), floorPid = pid("floor");
        long[] helloCpu = cpuMicros(helloPid);
        double before = closedLoop(helloUrl, null, helloBody, seconds, h1);
        long[] helloCpuAfter = cpuMicros(helloPid), floorCpu = cpuMicros(floorPid);
        double floor1 = floorUrl == null ? 0 : closedLoop(floorUrl, null, event, seconds, hf);
        long[] floorCpuAfter = cpuMicros(floorPid), serviceCpu = cpuMicros(servicePid);
        double usage = closedLoop(usageUrl, key, event, seconds, hs);
        long[] serviceCpuAfter = cpuMicros(servicePid);
        double floor2 = floorUrl == null ? 0 : closedLoop(floorUrl, null, event, seconds, hf);
        double after = closedLoop(helloUrl, null, helloBody, seconds, h2);
        double baseline = (before + after) / 2, floorRate = (floor1 + floor2) / 2;
        System.out.printf("%nusage ingest, %d client threads, %d s each (closed loop), after %d warm-up rounds of %d s each%s%n",
                CLIENTS, seconds, warmupRounds, WARMUP_SECONDS,
                steady ? "" : " (NOT steady: the rates still moved more than " + Math.round(STEADY * 100) + " % a round)");
        System.out.printf("  hello-world Javalin: %.0f req/s before, %.0f after (p50 %.2f / p99 %.2f ms)%n", before, after,
                h1.getValueAtPercentile(50) / 1e3, h1.getValueAtPercentile(99) / 1e3);
        if (floorUrl != null) {
            System.out.printf("  durable floor (hello world + one PostgreSQL row per request, group commit): %.0f req/s before, "
                            + "%.0f after = %.0f %% of hello world (p50 %.2f / p99 %.2f ms)%n", floor1, floor2,
                    100 * floorRate / baseline, hf.getValueAtPercentile(50) / 1e3, hf.getValueAtPercentile(99) / 1e3);
        }
        System.out.printf("  POST /v1/billing/usage-tracking, 1 event: %.0f req/s = %.0f %% of hello world%s (p50 %.2f / p99 %.2f ms); "
                + "transaction ids sent (floor and service, warm-up included): %d%n", usage, 100 * usage / baseline,
                floorUrl == null || floorRate == 0 ? "" : String.format(", %.0f %% of the durable floor", 100 * usage / floorRate),
                hs.getValueAtPercentile(50) / 1e3, hs.getValueAtPercentile(99) / 1e3, ids.get());
        if (helloPid > 0 && servicePid > 0) {
            double helloRequests = before * seconds, usageRequests = usage * seconds, floorRequests = floor1 * seconds;
            System.out.printf("  server CPU per request (user + system of its process): hello world %.0f µs, %susage-tracking %.0f µs; "
                            + "without the JIT compiler threads: %.0f µs, %s%.0f µs%n",
                    (helloCpuAfter[0] - helloCpu[0]) / helloRequests,
                    floorPid > 0 ? String.format("durable floor %.0f µs (PostgreSQL's not counted), ", (floorCpuAfter[0] - floorCpu[0]) / floorRequests) : "",
                    (serviceCpuAfter[0] - serviceCpu[0]) / usageRequests,
                    (helloCpuAfter[1] - helloCpu[1]) / helloRequests,
                    floorPid > 0 ? String.format("%.0f µs, ", (floorCpuAfter[1] - floorCpu[1]) / floorRequests) : "",
                    (serviceCpuAfter[1] - serviceCpu[1]) / usageRequests);
        }
    }

    static final int WARMUP_SECONDS = 5;

    /** Whether the warm-up ended on two steady rounds (not on its last round). */
    static boolean lastWarmUpSteady;

    /**
     * Rounds of WARMUP_SECONDS on each server in turn (the three JVMs' JIT compilers, this one's included,
     * share the cores for a minute or more) until two rounds in a row moved no server's rate more than
     * {@link #STEADY} from the round before, at most {@link #MAX_WARMUP_ROUNDS}: the number of rounds.
     */
    static int warmUp(String helloUrl, String floorUrl, String usageUrl, String key, Body helloBody, Body event)
            throws Exception {
        double[] last = null;
        int steadyRounds = 0;
        for (int round = 1; ; round++) {
            double[] now = {
                closedLoop(helloUrl, null, helloBody, WARMUP_SECONDS),
                floorUrl == null ? 1 : closedLoop(floorUrl, null, event, WARMUP_SECONDS),
                closedLoop(usageUrl, key, event, WARMUP_SECONDS)
            };
            System.out.printf("  warm-up %d: hello %.0f, floor %s, usage %.0f req/s%n", round, now[0],
                    floorUrl == null ? "-" : String.format("%.0f", now[1]), now[2]);
            boolean steady = last != null;
            for (int i = 0; last != null && i < now.length; i++) {
                steady &= Math.abs(now[i] - last[i]) <= STEADY * last[i];
            }
            steadyRounds = steady ? steadyRounds + 1 : 0;
            lastWarmUpSteady = steadyRounds == 2;
            if (steadyRounds == 2 || round == MAX_WARMUP_ROUNDS) {
                return round;
            }
            last = now;
        }
    }

    /** The pid run.sh passed for {@code name} ({@code -Dbench.pid.<name>}), 0 when absent. */
    static long pid(String name) {
        return Long.parseLong(System.getProperty("bench.pid." + name, "0"));
    }

    /**
     * CPU time (user + system) the process has used, in microseconds: all of it, and without its JIT
     * compiler threads (from /proc/PID/task; the total when that cannot be read). 0 when unknown.
     */
    static long[] cpuMicros(long pid) {
        long total = ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1000).orElse(0L);
        long compiler = 0;
        try (var tasks = Files.list(java.nio.file.Path.of("/proc/" + pid + "/task"))) {
            for (var task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).contains("CompilerThre")) {
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    compiler += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000; // clock ticks of 10 ms
                }
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            compiler = 0;
        }
        return new long[] {total, total - compiler};
    }

    static double closedLoop(String url, String key, Body body, int seconds) throws Exception {
        return closedLoop(url, key, body, seconds, new Histogram(3));
    }

    static double closedLoop(String url, String key, Body body, int seconds, Histogram latency) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> results = new ArrayList<>();
        List<Histogram> hs = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Histogram h = new Histogram(3);
            hs.add(h);
            results.add(pool.submit(() -> {
                long ok = 0, failed = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.next()));
                    if (key != null) {
                        b.header("Authorization", "Bearer " + key);
                    }
                    try {
                        int status = HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status / 100 == 2) {
                            ok++;
                            h.recordValue((System.nanoTime() - t) / 1000);
                        } else {
                            failed++;
                        }
                    } catch (java.io.IOException e) {
                        failed++;
                    }
                }
                return new long[] {ok, failed};
            }));
        }
        long ok = 0, failed = 0;
        for (var f : results) {
            ok += f.get()[0];
            failed += f.get()[1];
        }
        pool.shutdown();
        hs.forEach(latency::add);
        if (failed > 0) {
            System.out.printf("  (%s: %d requests failed, not counted)%n", url, failed);
        }
        return ok / (double) seconds;
    }

    // ---- the invoice run

    /** A clock the bench sets. */
    static final class BenchClock extends Clock {
        volatile Instant now;

        BenchClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Accepts every charge at once: a stand-in for Stripe, whose own latency the bench does not measure. */
    static final class InstantProvider implements io.enis.billing.payments.PaymentProvider {
        public String name() {
            return "stripe";
        }

        public String createCustomer(String customerId, String email, String name, String idempotencyKey) {
            return "cus_" + customerId;
        }

        public Optional<String> findCustomer(String id) {
            return Optional.of(id);
        }

        public io.enis.billing.payments.AttachedMethod attachPaymentMethod(String customer, String method) {
            return new io.enis.billing.payments.AttachedMethod(method, "card", "visa", "4242");
        }

        public io.enis.billing.payments.ChargeOutcome charge(io.enis.billing.payments.ChargeRequest r) {
            return io.enis.billing.payments.ChargeOutcome.succeeded("pi_" + r.invoiceId());
        }

        public String refund(String payment, io.enis.billing.money.Money amount, String key) {
            return "re_" + key;
        }
    }

    static void invoices(int n) throws Exception {
        var clock = new BenchClock(Instant.parse("2026-01-01T00:00:00Z"));
        String key = "bench-admin-key-0123456789abcdefghijklmnopqrstuvwxyz";
        Map<String, String> env = new HashMap<>();
        for (String v : List.of("DATABASE_URL", "DATABASE_USERNAME", "DATABASE_PASSWORD", "DATABASE_SCHEMA")) {
            if (System.getenv(v) != null && !System.getenv(v).isEmpty()) {
                env.put(v, System.getenv(v));
            }
        }
        env.putAll(Map.of("PORT", "0", "HOST", "127.0.0.1", "ENIS_ADMIN_API_KEY", key, "LOG_LEVEL", "WARN",
                "DATA_DIR", Files.createTempDirectory("billing-bench").toString(), "RATE_LIMIT_PER_MINUTE", "10000000",
                "BILLING_JOBS_INTERVAL", "24h", "USAGE_GRACE_PERIOD", "1h", "DATABASE_POOL_SIZE", "10"));
        var definition = new io.enis.billing.BillingService(config -> new InstantProvider());
        var service = io.enis.kit.app.KitServer.start(definition, env, clock);
        String url = service.baseUrl();
        long setup = System.nanoTime();
        int latencySamples = 500;
        List<String> subs = catalogue(url, key, n + latencySamples);
        clock.now = Instant.parse("2026-01-13T00:00:00Z");
        usage(url, key, subs);
        System.out.printf("%ninvoice run: %d subscriptions (monthly, fee + per-call usage) and %d × 3 usage events created over HTTP in %.1f s%n",
                subs.size(), subs.size(), (System.nanoTime() - setup) / 1e9);
        clock.now = Instant.parse("2026-02-01T02:00:00Z"); // the January period has ended, and its 1 h grace period

        Histogram pair = new Histogram(3);
        for (String sub : subs.subList(n, subs.size())) {
            String id = field(post(url, key, "/v1/billing/invoices", "{\"subscription_id\":\"" + sub + "\"}", 201), "id");
            long t = System.nanoTime();
            post(url, key, "/v1/billing/invoices/" + id + "/finalize", "", 200);
            String paid = post(url, key, "/v1/billing/payments", "{\"invoice_id\":\"" + id + "\"}", 200);
            pair.recordValue((System.nanoTime() - t) / 1000);
            if (!paid.contains("\"status\":\"succeeded\"")) {
                throw new IllegalStateException("not paid: " + paid);
            }
        }
        System.out.printf("  finalize + collect (POST …/finalize then POST /v1/billing/payments), %d invoices one after the other: "
                        + "p50 %.1f / p99 %.1f / max %.1f ms%n", latencySamples, pair.getValueAtPercentile(50) / 1e3,
                pair.getValueAtPercentile(99) / 1e3, pair.getMaxValue() / 1e3);

        System.gc();
        long heapBefore = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long t = System.nanoTime();
        var tick = definition.jobs().runOnce();
        double total = (System.nanoTime() - t) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("  one jobs tick: %d invoices finalized in %.1f s (%.0f invoices/s), %d refused; then %d collected in %.1f s "
                        + "(at most %d a tick); tick %.1f s%n", tick.invoicesFinalized(), tick.invoiceRunTime().toMillis() / 1e3,
                tick.invoicesFinalized() / (tick.invoiceRunTime().toMillis() / 1e3), tick.invoiceFailures().size(), tick.invoicesCollected(),
                tick.collectTime().toMillis() / 1e3, 1000, total);
        System.out.printf("  heap: %d MiB used before the tick (after GC), peak of the heap pools during it %d MiB (-Xmx %d MiB)%n",
                heapBefore >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (!tick.invoiceFailures().isEmpty()) {
            System.out.println("  refused: " + tick.invoiceFailures().subList(0, Math.min(5, tick.invoiceFailures().size())));
        }
        service.stop();
    }

    static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- set-up over HTTP

    /** Product, metric calls (count), a monthly plan (10.00 EUR + 0.01 EUR a call), up to 100 customers and {@code n} subscriptions. */
    static List<String> catalogue(String url, String key, int n) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String product = field(post(url, key, "/v1/billing/products", "{\"name\":\"API\"}", 201), "id");
        post(url, key, "/v1/billing/metrics", "{\"code\":\"calls\",\"name\":\"API calls\",\"aggregation\":\"count\"}", 201);
        String plan = field(post(url, key, "/v1/billing/plans", "{\"code\":\"pro-" + run + "\",\"name\":\"Pro\",\"product_id\":\"" + product
                + "\",\"currency\":\"EUR\",\"interval\":\"month\",\"fee\":{\"model\":\"flat\",\"amount\":1000},"
                + "\"charges\":[{\"metric_code\":\"calls\",\"price\":{\"model\":\"per_unit\",\"unit_price\":\"1\"}}]}", 201), "id");
        List<String> customers = new ArrayList<>();
        for (int c = 0; c < Math.min(100, n); c++) {
            customers.add(field(post(url, key, "/v1/billing/customers", "{\"name\":\"Customer " + c + "\",\"currency\":\"EUR\","
                    + "\"tax_rates\":[{\"name\":\"VAT\",\"percentage\":\"21\"}]}", 201), "id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String customer = customers.get(i % customers.size());
            created.add(pool.submit(() -> field(post(url, key, "/v1/billing/subscriptions",
                    "{\"customer_id\":\"" + customer + "\",\"plan_id\":\"" + plan + "\"}", 201), "id")));
        }
        List<String> subs = new ArrayList<>();
        for (var f : created) {
            subs.add(f.get());
        }
        pool.shutdown();
        return subs;
    }

    /** 3 calls per subscription on 10, 11 and 12 January 2026, in batches of 900 events. */
    static void usage(String url, String key, List<String> subs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        {
            List<Future<String>> batches = new ArrayList<>();
            for (int from = 0; from < subs.size(); from += 300) {
                List<String> part = subs.subList(from, Math.min(subs.size(), from + 300));
                batches.add(pool.submit(() -> {
                    StringBuilder b = new StringBuilder("{\"events\":[");
                    for (String s : part) {
                        for (int e = 0; e < 3; e++) {
                            b.append(b.length() > 11 ? "," : "").append("{\"transaction_id\":\"").append(s).append('-').append(e)
                                    .append("\",\"subscription_id\":\"").append(s).append("\",\"metric_code\":\"calls\",\"timestamp\":\"2026-01-1")
                                    .append(e).append("T12:00:00Z\"}");
                        }
                    }
                    return post(url, key, "/v1/billing/usage-tracking", b.append("]}").toString(), 200);
                }));
            }
            for (var f : batches) {
                f.get();
            }
        }
        pool.shutdown();
    }

    static String post(String url, String key, String path, String json, int expected) throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String field(String json, String name) {
        int i = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(i, json.indexOf('"', i));
    }
}
