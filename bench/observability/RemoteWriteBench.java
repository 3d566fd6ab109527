import io.enis.observability.ingest.prompb.Label;
import io.enis.observability.ingest.prompb.Sample;
import io.enis.observability.ingest.prompb.TimeSeries;
import io.enis.observability.ingest.prompb.WriteRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.xerial.snappy.Snappy;

/**
 * Samples per second through {@code POST /v1/metrics/write} (remote write 1.0: snappy protobuf) against
 * {@code POST /v1/metrics/collect} with JSON batches of the same samples, in one run, on one service
 * (bench/observability/run.sh remote-write starts it).
 *
 * <p>The samples are what a Prometheus scraping 500 targets' {@code up}-like series sends: BATCHES
 * requests of 500 series × 1 sample (Prometheus 2.42's max_samples_per_send), timestamps one second
 * apart per batch. Every body is encoded before the clock starts (the sender's cost is not measured).
 * Each measured round sends every batch once with CLIENTS closed-loop threads into a fresh tenant, so
 * both formats do the same store work; rounds alternate JSON, remote write, JSON, remote write after
 * one warm-up round of each. Bounded: 4 × BATCHES requests per format, 60 s per round at most.
 * Usage: java -cp enis-observability.jar RemoteWriteBench.java SERVICE_URL API_KEY
 */
public class RemoteWriteBench {
    static final int SERIES = 500;
    static final int BATCHES = 2_000;
    static final int CLIENTS = 8;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Format(String name, String path, String contentType, String encoding, int expect, List<byte[]> bodies) {
        long bytes() {
            return bodies.stream().mapToLong(b -> b.length).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        String service = args[0], key = args[1];
        long first = Instant.now().minusSeconds(BATCHES + 60).toEpochMilli() / 1000 * 1000;
        List<byte[]> json = new ArrayList<>(BATCHES), protobuf = new ArrayList<>(BATCHES);
        for (int b = 0; b < BATCHES; b++) {
            long t = first + b * 1000L;
            StringBuilder sb = new StringBuilder(SERIES * 120).append("{\"samples\":[");
            WriteRequest.Builder request = WriteRequest.newBuilder();
            for (int s = 0; s < SERIES; s++) {
                String instance = "10.0." + (s / 250) + "." + (s % 250) + ":9100";
                double value = b * 10.0 + s;
                sb.append(s == 0 ? "" : ",").append("{\"name\":\"bench_rw_requests_total\",\"labels\":{\"job\":\"node\",\"instance\":\"")
                        .append(instance).append("\"},\"value\":").append(value).append(",\"timestamp\":\"")
                        .append(Instant.ofEpochMilli(t)).append("\"}");
                request.addTimeseries(TimeSeries.newBuilder()
                        .addLabels(Label.newBuilder().setName("__name__").setValue("bench_rw_requests_total"))
                        .addLabels(Label.newBuilder().setName("instance").setValue(instance))
                        .addLabels(Label.newBuilder().setName("job").setValue("node"))
                        .addSamples(Sample.newBuilder().setTimestamp(t).setValue(value)));
            }
            json.add(sb.append("]}").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            protobuf.add(Snappy.compress(request.build().toByteArray()));
        }
        Format jsonFormat = new Format("POST /v1/metrics/collect, JSON", "/v1/metrics/collect", "application/json", null, 200, json);
        Format rwFormat = new Format("POST /v1/metrics/write, remote write", "/v1/metrics/write", "application/x-protobuf", "snappy", 204, protobuf);
        System.out.printf("%d requests of %d samples per round (%,d samples); %d client threads; bodies: JSON %.1f MB, "
                + "remote write %.1f MB (%.1f vs %.1f bytes/sample)%n", BATCHES, SERIES, (long) BATCHES * SERIES, CLIENTS,
                jsonFormat.bytes() / 1e6, rwFormat.bytes() / 1e6, jsonFormat.bytes() / (double) BATCHES / SERIES,
                rwFormat.bytes() / (double) BATCHES / SERIES);
        round(service, key, jsonFormat, "warmup-json");
        round(service, key, rwFormat, "warmup-rw");
        double[] jsonRates = new double[2], rwRates = new double[2];
        for (int i = 0; i < 2; i++) {
            jsonRates[i] = round(service, key, jsonFormat, "json-" + i);
            rwRates[i] = round(service, key, rwFormat, "rw-" + i);
        }
        double jsonMean = (jsonRates[0] + jsonRates[1]) / 2, rwMean = (rwRates[0] + rwRates[1]) / 2;
        System.out.printf("%n%-40s %14s %14s %12s%n", "format", "round 1", "round 2", "mean");
        System.out.printf("%-40s %,14.0f %,14.0f %,12.0f samples/s%n", jsonFormat.name(), jsonRates[0], jsonRates[1], jsonMean);
        System.out.printf("%-40s %,14.0f %,14.0f %,12.0f samples/s%n", rwFormat.name(), rwRates[0], rwRates[1], rwMean);
        System.out.printf("remote write / JSON: %.2fx%n", rwMean / jsonMean);
    }

    /** Sends every batch of {@code format} once into tenant {@code tenant}; samples per second. */
    static double round(String service, String key, Format format, String tenant) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> refused = new java.util.concurrent.atomic.AtomicReference<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread t = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < BATCHES && System.nanoTime() < deadline && refused.get() == null;
                     i = next.getAndIncrement()) {
                    var b = HttpRequest.newBuilder(URI.create(service + format.path())).timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + key).header("Content-Type", format.contentType())
                            .header("X-Scope-OrgID", tenant).POST(HttpRequest.BodyPublishers.ofByteArray(format.bodies().get(i)));
                    if (format.encoding() != null) {
                        b.header("Content-Encoding", format.encoding()).header("X-Prometheus-Remote-Write-Version", "0.1.0");
                    }
                    try {
                        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != format.expect()) {
                            refused.compareAndSet(null, format.name() + ": HTTP " + r.statusCode() + " " + r.body());
                        }
                    } catch (java.io.IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (refused.get() != null) {
            throw new IllegalStateException("round " + tenant + " stopped: " + refused.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int sent = Math.min(next.get(), BATCHES);
        if (failures.get() > 0 || sent < BATCHES) {
            System.out.printf("round %s: %d of %d requests sent, %d failed on the connection%n", tenant, sent, BATCHES, failures.get());
        }
        return (sent - failures.get()) * (double) SERIES / seconds;
    }
}
