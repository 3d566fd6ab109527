import io.enis.compliance.auditlog.Actor;
import io.enis.compliance.auditlog.AuditEntry;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.auditlog.AuditSigner;
import io.enis.compliance.auditlog.Sha256;
import io.enis.kit.config.CommonConfig;
import io.enis.kit.config.Settings;
import io.enis.kit.db.Database;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Audit-log verification of N entries (default 1,000,000).
 *
 * <p>{@code generate DATA_DIR N PER_DIGEST KEY_FILE}: writes N chained entries into the embedded store
 * under DATA_DIR (each hashed by the service's own {@code AuditEntry.computeHash}, inserted in batches
 * of PER_DIGEST with the head row; appending them one by one through {@code AuditLog.append} runs
 * at a few hundred a second here, too slow for a million), and after each batch signs a digest with
 * the service's {@link AuditLog#signDigest} (the clock advancing an hour per digest, as the
 * hourly digests would), with the Ed25519 key pair in KEY_FILE ({@code private\npublic}, base64).
 * Then the baseline: one streamed pass over the same rows computing a SHA-256 per row (the floor of
 * any verification: reading and hashing).
 *
 * <p>{@code verify SERVICE_URL HELLO_URL KEY PID RUNS}: {@code GET /v1/compliance/audit-log/verify}
 * RUNS times against the running service (pid PID), sampling its resident memory (/proc) and heap
 * (/metrics) every 50 ms, against a hello-world GET of the same run.
 */
public class VerifyBench {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
        } else {
            verify(args[1], args[2], args[3], Long.parseLong(args[4]), Integer.parseInt(args[5]));
        }
    }

    /** A clock that moves only when told (digests an hour apart). */
    static final class StepClock extends Clock {
        final AtomicLong millis = new AtomicLong(Instant.parse("2025-01-21T00:00:00Z").toEpochMilli());

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }

    static void generate(Path dataDir, int n, int perDigest, Path keyFile) throws Exception {
        List<String> key = Files.readAllLines(keyFile);
        AuditSigner signer = AuditSigner.of(key.get(0), key.get(1));
        Settings settings = new Settings(Map.of("DATA_DIR", dataDir.toString()));
        CommonConfig common = CommonConfig.read(settings, 8084, 3000);
        settings.requireValid();
        StepClock clock = new StepClock();
        long start = System.nanoTime();
        try (Database db = Database.open("compliance", common.database(), common.dataDir(), new SimpleMeterRegistry())) {
            AuditLog log = new AuditLog(db.jdbi(), clock, signer);
            Actor actor = new Actor("key_bench", "bench");
            int digests = 0;
            // one transaction and then one digest per PER_DIGEST entries, an hour apart
            for (int from = 0; from < n; from += perDigest) {
                int first = from;
                int last = Math.min(n, from + perDigest);
                db.jdbi().useTransaction(h -> {
                    String prev = h.createQuery("SELECT hash FROM audit_log_head WHERE id = 1 FOR UPDATE")
                            .mapTo(String.class)
                            .one();
                    PreparedBatch rows = h.prepareBatch("INSERT INTO audit_log (seq, at_ms, actor_id, actor_name, "
                            + "action, subject, before_json, after_json, prev_hash, hash) VALUES (:seq, :atMs, "
                            + ":actorId, :actorName, :action, :subject, :before, :after, :prevHash, :hash)");
                    for (int i = first; i < last; i++) {
                        long seq = i + 1;
                        String before = "{\"id\":\"aud_" + i + "\",\"status\":\"in_progress\"}";
                        String after = "{\"id\":\"aud_" + i + "\",\"status\":\"in_review\",\"note\":\"control "
                                + "ISO27001/A.8." + (i % 34) + " reviewed\"}";
                        long at = clock.millis.incrementAndGet();
                        // the service's own hash of the entry (AuditEntry.computeHash)
                        String hash = new AuditEntry(seq, at, actor.id(), actor.name(), "audit.transitioned",
                                        "audit/aud_" + i, before, after, prev, "")
                                .computeHash();
                        rows.bind("seq", seq)
                                .bind("atMs", at)
                                .bind("actorId", actor.id())
                                .bind("actorName", actor.name())
                                .bind("action", "audit.transitioned")
                                .bind("subject", "audit/aud_" + i)
                                .bind("before", before)
                                .bind("after", after)
                                .bind("prevHash", prev)
                                .bind("hash", hash)
                                .add();
                        prev = hash;
                    }
                    rows.execute();
                    h.createUpdate("UPDATE audit_log_head SET seq = :seq, hash = :hash WHERE id = 1")
                            .bind("seq", (long) last)
                            .bind("hash", prev)
                            .execute();
                });
                clock.millis.addAndGet(Duration.ofHours(1).toMillis());
                log.signDigest();
                digests++;
                if (last % 100_000 == 0 || last == n) {
                    System.out.printf(
                            "generated %,d entries, %,d digests, %.1f s%n",
                            last, digests, (System.nanoTime() - start) / 1e9);
                }
            }
            System.out.printf("generate_seconds %.1f%n", (System.nanoTime() - start) / 1e9);
            baseline(db);
        }
    }

    /** One streamed pass over every row with a SHA-256 each: what any verification must at least do. */
    static void baseline(Database db) {
        long start = System.nanoTime();
        long[] rows = {0};
        byte[][] last = {new byte[0]};
        db.jdbi().useHandle(h -> h.createQuery("SELECT seq, at_ms, actor_id, actor_name, action, subject, "
                        + "before_json, after_json, prev_hash, hash FROM audit_log ORDER BY seq")
                .setFetchSize(1000)
                .map((rs, ctx) -> {
                    MessageDigest sha = Sha256.digest();
                    for (int c = 1; c <= 10; c++) {
                        String v = rs.getString(c);
                        if (v != null) {
                            sha.update(v.getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    return sha.digest();
                })
                .forEach(d -> {
                    rows[0]++;
                    last[0] = d;
                }));
        System.out.printf(
                "baseline_stream_sha256 rows=%,d seconds=%.2f (%s)%n",
                rows[0], (System.nanoTime() - start) / 1e9, Arrays.toString(Arrays.copyOf(last[0], 2)));
    }

    static void verify(String service, String hello, String key, long pid, int runs) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            get(hello + "/hello", null);
        }
        System.out.printf("hello_world_get mean_ms=%.3f (200 requests)%n", (System.nanoTime() - t0) / 1e6 / 200);
        System.out.printf("service_rss_before_mb %.0f%n", rssMb(pid));
        for (int r = 1; r <= runs; r++) {
            Sampler sampler = new Sampler(service, pid);
            sampler.start();
            long start = System.nanoTime();
            String body = get(service + "/v1/compliance/audit-log/verify", key);
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.stop = true;
            sampler.join();
            System.out.printf(
                    "verify run=%d seconds=%.2f peak_rss_mb=%.0f peak_heap_used_mb=%.0f answer=%s%n",
                    r, seconds, sampler.peakRss, sampler.peakHeap, body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    static final class Sampler extends Thread {
        private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} ([0-9.eE+]+)");
        final String service;
        final long pid;
        volatile boolean stop;
        double peakRss;
        double peakHeap;

        Sampler(String service, long pid) {
            this.service = service;
            this.pid = pid;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!stop) {
                try {
                    peakRss = Math.max(peakRss, rssMb(pid));
                    Matcher m = HEAP.matcher(get(service + "/metrics", null));
                    double heap = 0;
                    while (m.find()) {
                        heap += Double.parseDouble(m.group(1));
                    }
                    peakHeap = Math.max(peakHeap, heap / 1024 / 1024);
                    Thread.sleep(50);
                } catch (Exception e) {
                    return;
                }
            }
        }
    }

    static double rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return 0;
    }

    static String get(String url, String key) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
