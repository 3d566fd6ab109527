import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Load generator of bench/cloud-bus/run.sh, against one running cloud-bus: creates a rule sending
 * every event of the default bus to a webhook in this JVM, publishes batches of 100 CloudEvents from
 * 8 threads for the given time, then waits for every delivery. Prints events/s published, events/s
 * delivered end to end, and publish-to-webhook latency p50/p99 (wall clock, ms).
 * Usage: java -cp enis-cloud-bus.jar CloudBusBench.java SERVICE_URL API_KEY SECONDS LABEL [TARGET_CONCURRENCY, default 1]
 */
public class CloudBusBench {
    public static void main(String[] args) throws Exception {
        String service = args[0], key = args[1], label = args[3];
        int seconds = Integer.parseInt(args[2]);
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        HttpClient http = HttpClient.newHttpClient();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong delivered = new AtomicLong();
        AtomicLong lastDelivery = new AtomicLong();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.setExecutor(Executors.newFixedThreadPool(16));
        hook.createContext("/", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes());
            int at = body.indexOf("\"sent\":");
            long sent = Long.parseLong(body.substring(at + 7, body.indexOf('}', at)).trim());
            long now = System.currentTimeMillis();
            latencies.add(now - sent);
            delivered.incrementAndGet();
            lastDelivery.set(now);
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        hook.start();
        String rule = "{\"name\": \"bench\", \"pattern\": {\"type\": [{\"prefix\": \"bench.\"}]}, \"targets\": [{\"id\": \"hook\", "
                + "\"type\": \"webhook\", \"url\": \"http://127.0.0.1:" + hook.getAddress().getPort() + "/\", \"secret\": \"bench-secret-0123456789\", \"concurrency\": " + concurrency + "}]}";
        var created = http.send(HttpRequest.newBuilder(URI.create(service + "/v1/buses/default/rules")).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(rule)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) throw new IllegalStateException(created.body());

        AtomicLong published = new AtomicLong();
        AtomicLong ids = new AtomicLong();
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> {
                while (System.currentTimeMillis() < end) {
                    String batch = batch(ids);
                    try {
                        var r = http.send(HttpRequest.newBuilder(URI.create(service + "/v1/events")).header("Authorization", "Bearer " + key)
                                .header("Content-Type", "application/cloudevents-batch+json").POST(HttpRequest.BodyPublishers.ofString(batch)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 202) throw new IllegalStateException("HTTP " + r.statusCode());
                        published.addAndGet(100);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) th.join();
        long publishMs = System.currentTimeMillis() - start;
        long waitUntil = System.currentTimeMillis() + 300_000;
        while (delivered.get() < published.get() && System.currentTimeMillis() < waitUntil) Thread.sleep(50);
        long endToEndMs = lastDelivery.get() - start;
        Histogram h = new Histogram(3);
        latencies.forEach(l -> h.recordValue(Math.max(0, l)));
        System.out.printf("%-9s saturated: published %7d events in %5.1f s = %7.0f events/s | delivered %7d in %5.1f s = %6.0f events/s end to end"
                        + " | publish→webhook (backlog) p50 %6d ms, p99 %6d ms%n", label, published.get(), publishMs / 1000.0,
                published.get() * 1000.0 / publishMs, delivered.get(), endToEndMs / 1000.0, delivered.get() * 1000.0 / endToEndMs,
                h.getValueAtPercentile(50), h.getValueAtPercentile(99));

        // paced: 1,000 events/s (10 batches of 100 per second) for the same time, below the delivery
        // capacity, so the latency is the bus's own and not the backlog's
        latencies.clear();
        long pacedStart = System.currentTimeMillis();
        long before = delivered.get();
        long pacedPublished = 0;
        for (int tick = 0; tick < seconds * 10; tick++) {
            long due = pacedStart + tick * 100L;
            while (System.currentTimeMillis() < due) Thread.sleep(1);
            String batch = batch(ids);
            http.send(HttpRequest.newBuilder(URI.create(service + "/v1/events")).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/cloudevents-batch+json").POST(HttpRequest.BodyPublishers.ofString(batch)).build(),
                    HttpResponse.BodyHandlers.discarding());
            pacedPublished += 100;
        }
        waitUntil = System.currentTimeMillis() + 120_000;
        while (delivered.get() - before < pacedPublished && System.currentTimeMillis() < waitUntil) Thread.sleep(20);
        Histogram paced = new Histogram(3);
        latencies.forEach(l -> paced.recordValue(Math.max(0, l)));
        System.out.printf("%-9s paced at 1000 events/s: %d published, %d delivered | publish→webhook p50 %d ms, p99 %d ms, max %d ms%n",
                label, pacedPublished, delivered.get() - before, paced.getValueAtPercentile(50), paced.getValueAtPercentile(99), paced.getMaxValue());
        if (delivered.get() < published.get() + pacedPublished) {
            System.out.printf("%-9s MISSING: %d events published but not delivered%n", label, published.get() + pacedPublished - delivered.get());
        }
        hook.stop(0);
        System.exit(0);
    }

    /** 100 CloudEvents with fresh ids, each carrying the wall-clock time it was sent (for the latency). */
    static String batch(AtomicLong ids) {
        StringBuilder sb = new StringBuilder("[");
        long sent = System.currentTimeMillis();
        for (int i = 0; i < 100; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"specversion\":\"1.0\",\"id\":\"").append(ids.incrementAndGet())
                    .append("\",\"source\":\"/bench\",\"type\":\"bench.tick\",\"data\":{\"sent\":").append(sent).append("}}");
        }
        return sb.append(']').toString();
    }
}
