package io.enis.observability.traces;

import com.google.protobuf.ByteString;
import io.enis.kit.app.DaemonThreads;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards stored spans over OTLP/HTTP (protobuf) to a trace backend ({@code TRACES_FORWARD_URL}, for
 * example Tempo's or a collector's {@code /v1/traces}), with the tenant as {@code X-Scope-OrgID} and
 * the {@code TRACES_FORWARD_HEADERS}. Forwarding happens after the spans were stored and never holds
 * up or fails the request: batches wait in a bounded queue ({@value #QUEUE} batches) and are sent by
 * one thread, each tried {@value #ATTEMPTS} times (1 s, then 2 s apart) on a connection failure, a 429
 * or a 5xx. A batch that still fails, or finds the queue full, is dropped and counted in
 * {@code observability_traces_forward_failed_total} (sent ones in {@code …_forwarded_total}); the spans
 * stay in the service's own store either way. At shutdown the queue is drained for up to 5 s.
 */
public final class TraceForwarder implements AutoCloseable {
    /** Forwards nothing (no {@code TRACES_FORWARD_URL}). */
    public static final TraceForwarder NONE = new TraceForwarder();

    static final int QUEUE = 1_000;
    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(TraceForwarder.class);

    private final URI url;
    private final Map<String, String> headers;
    private final HttpClient http;
    private final ThreadPoolExecutor sender;
    private final Counter forwarded;
    private final Counter failed;

    private TraceForwarder() {
        this.url = null;
        this.headers = Map.of();
        this.http = null;
        this.sender = null;
        this.forwarded = null;
        this.failed = null;
    }

    /** @param headers sent with every request (credentials for the backend) */
    public TraceForwarder(URI url, Map<String, String> headers, MeterRegistry registry) {
        this.url = url;
        this.headers = Map.copyOf(headers);
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.sender = new ThreadPoolExecutor(
                1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), DaemonThreads.named("trace-forward"));
        this.forwarded = Counter.builder("observability.traces.forwarded")
                .description("spans forwarded to TRACES_FORWARD_URL")
                .register(registry);
        this.failed = Counter.builder("observability.traces.forward.failed")
                .description("spans not forwarded to TRACES_FORWARD_URL (kept in the store)")
                .register(registry);
    }

    /** Queues {@code spans} of {@code tenant} for forwarding; returns at once. */
    public void forward(String tenant, List<Span> spans) {
        if (sender == null || spans.isEmpty()) {
            return;
        }
        byte[] body = request(spans).toByteArray();
        try {
            sender.execute(() -> send(tenant, body, spans.size()));
        } catch (RejectedExecutionException e) {
            failed.increment(spans.size());
            LOG.warn("trace forwarding queue full ({} batches): {} spans not forwarded", QUEUE, spans.size());
        }
    }

    private void send(String tenant, byte[] body, int count) {
        String last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                var request = HttpRequest.newBuilder(url)
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-protobuf")
                        .header("X-Scope-OrgID", tenant)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                headers.forEach(request::header);
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status / 100 == 2) {
                    forwarded.increment(count);
                    return;
                }
                last = "answered " + status;
                if (status != 429 && status / 100 != 5) {
                    break; // the backend refuses this batch; retrying will not change that
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                last = "interrupted";
                break;
            }
            if (attempt < ATTEMPTS && !sleep(1000L << (attempt - 1))) {
                break;
            }
        }
        failed.increment(count);
        LOG.warn("{} spans not forwarded to {}: {}", count, url, last);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Spans as an OTLP export: one resource per service ({@code service.name}), attributes as strings. */
    static ExportTraceServiceRequest request(List<Span> spans) {
        HexFormat hex = HexFormat.of();
        Map<String, ScopeSpans.Builder> byService = new LinkedHashMap<>();
        for (Span s : spans) {
            var span = io.opentelemetry.proto.trace.v1.Span.newBuilder()
                    .setTraceId(ByteString.copyFrom(hex.parseHex(s.traceId())))
                    .setSpanId(ByteString.copyFrom(hex.parseHex(s.spanId())))
                    .setName(s.operation())
                    .setKindValue(Math.max(0, OtlpSpans.KINDS.indexOf(s.kind())))
                    .setStartTimeUnixNano(s.startNanos())
                    .setEndTimeUnixNano(s.endNanos());
            if (s.parentSpanId() != null) {
                span.setParentSpanId(ByteString.copyFrom(hex.parseHex(s.parentSpanId())));
            }
            if (s.error()) {
                span.setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR));
            }
            s.attributes().forEach((k, v) -> span.addAttributes(keyValue(k, v)));
            byService.computeIfAbsent(s.service(), k -> ScopeSpans.newBuilder()).addSpans(span);
        }
        var request = ExportTraceServiceRequest.newBuilder();
        byService.forEach((service, scope) -> request.addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(keyValue("service.name", service)))
                .addScopeSpans(scope)));
        return request.build();
    }

    private static KeyValue keyValue(String key, String value) {
        return KeyValue.newBuilder()
                .setKey(key)
                .setValue(AnyValue.newBuilder().setStringValue(value))
                .build();
    }

    @Override
    public void close() throws InterruptedException {
        if (sender != null) {
            sender.shutdown();
            sender.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
