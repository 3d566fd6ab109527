package io.enis.observability.ingest;

import io.enis.kit.app.Api;
import io.enis.kit.http.Problem.FieldError;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.enis.observability.otlp.OtlpHttp;
import io.enis.observability.query.QueryEngine;
import io.enis.observability.query.QueryException;
import io.enis.observability.query.TimeParams;
import io.enis.observability.tsdb.Sample;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import io.enis.observability.tsdb.TimeSeriesStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * {@code POST /v1/metrics/collect} (JSON or Prometheus text), {@code POST /v1/metrics} (OTLP/HTTP, protobuf
 * or JSON: {@link OtlpMetricsIngest}), {@code GET|POST /v1/metrics/query}
 * (instant, or range with {@code start}/{@code end}/{@code step}) and the Prometheus HTTP API subset
 * Grafana's data source uses, under {@code /v1/metrics/prometheus/api/v1/…}.
 */
public final class MetricsRoutes {
    private final TimeSeriesStore store;
    private final QueryEngine engine;
    private final Clock clock;
    private final int maxSamples;
    private final Counter accepted;
    private final Counter rejected;
    private final OtlpHttp otlp;
    private final OtlpMetricsIngest otlpIngest;

    /**
     * @param maxSamples   samples per request ({@code MAX_SAMPLES_PER_REQUEST})
     * @param maxBodyBytes the most bytes an OTLP body may decompress to ({@code MAX_REQUEST_BYTES})
     */
    public MetricsRoutes(TimeSeriesStore store, Clock clock, int maxSamples, int maxBodyBytes, MeterRegistry registry) {
        this.store = store;
        this.engine = new QueryEngine(store);
        this.clock = clock;
        this.maxSamples = maxSamples;
        this.accepted = Counter.builder("observability.samples.accepted").register(registry);
        this.rejected = Counter.builder("observability.samples.rejected").register(registry);
        this.otlp = new OtlpHttp(maxBodyBytes);
        this.otlpIngest = new OtlpMetricsIngest(store, maxSamples, accepted, rejected);
    }

    public void register(Api api) {
        api.post("/v1/metrics/collect", Scopes.METRICS_WRITE, this::collect);
        api.post("/v1/metrics", Scopes.METRICS_WRITE, ctx -> otlp.handle(ctx, ExportMetricsServiceRequest.getDefaultInstance(),
                request -> otlpIngest.export(Tenants.of(ctx), request)));
        api.get("/v1/metrics/query", Scopes.METRICS_READ, this::query);
        api.post("/v1/metrics/query", Scopes.METRICS_READ, this::query);
        String prom = "/v1/metrics/prometheus/api/v1";
        for (String path : List.of(prom + "/query", prom + "/query_range")) {
            Handler handler = path.endsWith("range") ? this::queryRange : this::queryInstant;
            api.get(path, Scopes.METRICS_READ, handler);
            api.post(path, Scopes.METRICS_READ, handler);
        }
        api.get(prom + "/labels", Scopes.METRICS_READ, ctx -> prometheus(ctx, store.labelNames(Tenants.of(ctx))));
        api.get(prom + "/label/{name}/values", Scopes.METRICS_READ,
                ctx -> prometheus(ctx, store.labelValues(Tenants.of(ctx), ctx.pathParam("name"))));
        api.get(prom + "/status/buildinfo", Scopes.METRICS_READ,
                ctx -> prometheus(ctx, Map.of("version", "2.50.0", "application", "enis-observability")));
    }

    private void collect(Context ctx) {
        String tenant = Tenants.of(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<Sample> samples;
        if (type.startsWith("application/json")) {
            samples = JsonSamples.parse(ctx.bodyAsBytes(), clock.instant(), maxSamples);
        } else if (type.startsWith("text/plain")) {
            samples = PrometheusText.parse(ctx.bodyAsBytes(), clock.millis(), maxSamples);
        } else {
            throw ProblemException.unsupportedMediaType("send application/json samples or the Prometheus text format "
                    + "(text/plain; version=0.0.4); got '" + type + "'");
        }
        IngestResult result = store.ingest(tenant, samples);
        if (!result.ok()) {
            rejected.increment(samples.size());
            List<FieldError> errors = result.rejected().stream().limit(50).map(r -> new FieldError(
                    r.index() < 0 ? "samples" : "samples[" + r.index() + "]", r.reason())).toList();
            if (result.seriesLimitReached()) {
                throw ProblemException.unprocessable("series-limit", "Series limit reached",
                        errors.get(errors.size() - 1).message() + " (MAX_SERIES_PER_TENANT); nothing was stored", errors);
            }
            throw ProblemException.unprocessable("samples-rejected", "Samples rejected",
                    result.rejected().size() + " of " + samples.size() + " samples refused; nothing was stored", errors);
        }
        accepted.increment(samples.size());
        Map<String, Object> body = new LinkedHashMap<>();
        // unique, not secret: ThreadLocalRandom avoids SecureRandom's cost on the hottest path
        var random = ThreadLocalRandom.current();
        body.put("id", "batch_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
        body.put("accepted", result.accepted());
        Responses.ok(ctx, body);
    }

    private void query(Context ctx) {
        if (param(ctx, "start") != null || param(ctx, "end") != null || param(ctx, "step") != null) {
            queryRange(ctx);
        } else {
            queryInstant(ctx);
        }
    }

    private void queryInstant(Context ctx) {
        String q = required(ctx, "query");
        long time = TimeParams.time(param(ctx, "time"), "time", clock.millis());
        prometheus(ctx, run(() -> engine.instant(Tenants.of(ctx), q, time)));
    }

    private void queryRange(Context ctx) {
        String q = required(ctx, "query");
        long start = TimeParams.time(required(ctx, "start"), "start", 0);
        long end = TimeParams.time(required(ctx, "end"), "end", 0);
        long step = TimeParams.step(required(ctx, "step"), "step");
        prometheus(ctx, run(() -> engine.range(Tenants.of(ctx), q, start, end, step)));
    }

    private static Object run(Supplier<Object> query) {
        try {
            return query.get();
        } catch (QueryException e) {
            throw ProblemException.invalidField("query", e.getMessage());
        }
    }

    private static void prometheus(Context ctx, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("data", data);
        Responses.ok(ctx, body);
    }

    /** A parameter from the query string or, for POST, the form body (as Grafana sends it). */
    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null && ctx.method().name().equals("POST") && ctx.contentType() != null
                && ctx.contentType().startsWith("application/x-www-form-urlencoded")) {
            v = ctx.formParam(name);
        }
        return v == null || v.isBlank() ? null : v;
    }

    private static String required(Context ctx, String name) {
        String v = param(ctx, name);
        if (v == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return v;
    }
}
