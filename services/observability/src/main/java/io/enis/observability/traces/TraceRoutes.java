package io.enis.observability.traces;

import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.QueryParams;
import io.enis.kit.http.Responses;
import io.enis.kit.time.Durations;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.enis.observability.otlp.OtlpHttp;
import io.enis.observability.query.TimeParams;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/traces} (OTLP/HTTP, protobuf or JSON: {@link OtlpTraceIngest}), {@code POST /v1/traces/span}
 * (single spans or OTLP/JSON, all-or-nothing: {@link SpanParser}), {@code GET /v1/traces} (search),
 * {@code GET /v1/traces/{traceId}} and {@code GET /v1/apm/services} (RED metrics per service and operation).
 * The two ingest routes are not traced themselves.
 */
public final class TraceRoutes {
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-fA-F]{32}");
    private final TraceStore store;
    private final Clock clock;
    private final SpanIngest spanIngest;
    private final OtlpHttp otlp;
    private final OtlpTraceIngest otlpIngest;

    /**
     * @param forwarder    where stored spans are forwarded ({@link TraceForwarder#NONE}: nowhere)
     * @param maxSpans     spans per request ({@code MAX_SPANS_PER_REQUEST})
     * @param maxBodyBytes the most bytes an OTLP body may decompress to ({@code MAX_REQUEST_BYTES})
     */
    public TraceRoutes(TraceStore store, TraceForwarder forwarder, Clock clock, int maxSpans, int maxBodyBytes) {
        this.store = store;
        this.clock = clock;
        this.spanIngest = new SpanIngest(store, forwarder, maxSpans);
        this.otlp = new OtlpHttp(maxBodyBytes);
        this.otlpIngest = new OtlpTraceIngest(store, forwarder, maxSpans);
    }

    public void register(Api api) {
        api.post(
                "/v1/traces",
                Scopes.TRACES_WRITE,
                ctx -> otlp.handle(
                        ctx,
                        ExportTraceServiceRequest.getDefaultInstance(),
                        request -> otlpIngest.export(Tenants.of(ctx), request)));
        api.post("/v1/traces/span", Scopes.TRACES_WRITE, this::ingest);
        // a service exporting its own spans here (observability itself among them) must not make a span of
        // every export, which the next export would carry, and so on
        api.untraced(HandlerType.POST, "/v1/traces/span").untraced(HandlerType.POST, "/v1/traces");
        api.errorsAs(HandlerType.POST, "/v1/traces", OtlpHttp::problem);
        api.get("/v1/traces", Scopes.TRACES_READ, this::search);
        api.get("/v1/traces/{traceId}", Scopes.TRACES_READ, this::trace);
        api.get("/v1/apm/services", Scopes.TRACES_READ, this::red);
    }

    private void ingest(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json")) {
            throw ProblemException.unsupportedMediaType("send spans as application/json (single spans or OTLP/JSON); "
                    + "OpenTelemetry exporters send OTLP protobuf or JSON to POST /v1/traces");
        }
        Responses.ok(ctx, Map.of("accepted", spanIngest.ingest(Tenants.of(ctx), ctx.bodyAsBytes())));
    }

    private void trace(Context ctx) {
        String id = ctx.pathParam("traceId");
        if (!TRACE_ID.matcher(id).matches()) {
            throw ProblemException.invalidField("traceId", "must be 32 hex characters");
        }
        List<Span> spans = store.trace(Tenants.of(ctx), id.toLowerCase(Locale.ROOT))
                .orElseThrow(
                        () -> ProblemException.notFound("no trace " + id + " (traces are kept for TRACE_RETENTION)"));
        long start = spans.stream().mapToLong(Span::startNanos).min().orElse(0);
        long end = spans.stream().mapToLong(Span::endNanos).max().orElse(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("traceId", id.toLowerCase(Locale.ROOT));
        body.put("startTime", Instant.ofEpochSecond(0, start).toString());
        body.put("durationMs", (end - start) / 1e6);
        body.put(
                "services",
                spans.stream().map(Span::service).distinct().sorted().toList());
        body.put("spans", spans.stream().map(TraceStore::view).toList());
        Responses.ok(ctx, body);
    }

    private void search(Context ctx) {
        Window window = window(ctx);
        Long minDuration = null;
        if (ctx.queryParam("minDuration") != null) {
            try {
                minDuration = Durations.parse(ctx.queryParam("minDuration")).toNanos();
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("minDuration", e.getMessage());
            }
        }
        int limit = QueryParams.intInRange(ctx.queryParam("limit"), "limit", 20, 1, 1000);
        var results = store.search(
                Tenants.of(ctx),
                new TraceStore.Search(
                        ctx.queryParam("service"),
                        ctx.queryParam("operation"),
                        minDuration,
                        window.fromNanos(),
                        window.toNanos(),
                        limit));
        Responses.ok(
                ctx,
                Map.of(
                        "traces",
                        results.stream()
                                .map(s -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("traceId", s.traceId());
                                    m.put("rootService", s.rootService());
                                    m.put("rootOperation", s.rootOperation());
                                    m.put(
                                            "startTime",
                                            Instant.ofEpochSecond(0, s.startNanos())
                                                    .toString());
                                    m.put("durationMs", s.durationNanos() / 1e6);
                                    m.put("spanCount", s.spanCount());
                                    m.put("errorCount", s.errorCount());
                                    return m;
                                })
                                .toList()));
    }

    private void red(Context ctx) {
        Window window = window(ctx);
        if (window.toNanos() <= window.fromNanos()) {
            throw ProblemException.invalidField("end", "must be after start");
        }
        Responses.ok(
                ctx,
                Map.of(
                        "services",
                        store.red(Tenants.of(ctx), window.fromNanos(), window.toNanos(), ctx.queryParam("service"))));
    }

    /** The time range of a search: {@code start} and {@code end} (default the last hour), in nanoseconds. */
    private record Window(long fromNanos, long toNanos) {}

    private Window window(Context ctx) {
        long now = clock.millis();
        return new Window(
                TimeParams.time(ctx.queryParam("start"), "start", now - 3_600_000L) * 1_000_000L,
                TimeParams.time(ctx.queryParam("end"), "end", now) * 1_000_000L);
    }
}
