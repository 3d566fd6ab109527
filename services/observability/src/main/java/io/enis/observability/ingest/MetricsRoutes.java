package io.enis.observability.ingest;

import static io.enis.observability.query.PrometheusApi.param;
import static io.enis.observability.query.PrometheusApi.required;
import static io.enis.observability.query.PrometheusApi.success;

import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.enis.observability.backend.MetricsBackend;
import io.enis.observability.otlp.OtlpHttp;
import io.enis.observability.query.PrometheusApi;
import io.enis.observability.query.QueryEngine;
import io.enis.observability.query.QueryException;
import io.enis.observability.query.TimeParams;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code POST /v1/metrics/collect} (JSON or Prometheus text), {@code POST /v1/metrics} (OTLP/HTTP, protobuf
 * or JSON: {@link OtlpMetricsIngest}), {@code GET|POST /v1/metrics/query}
 * (instant, or range with {@code start}/{@code end}/{@code step}) and the Prometheus HTTP API's query
 * endpoints Grafana's data source uses, under {@code /v1/metrics/prometheus/api/v1/…} (its metadata
 * endpoints: {@link io.enis.observability.query.PrometheusMetadataRoutes}).
 */
public final class MetricsRoutes {
    private final MetricsCollect collect;
    private final MetricsBackend engine;
    private final Clock clock;
    private final OtlpHttp otlp;
    private final OtlpMetricsIngest otlpIngest;

    /**
     * @param maxSamples   samples per request ({@code MAX_SAMPLES_PER_REQUEST})
     * @param maxBodyBytes the most bytes an OTLP body may decompress to ({@code MAX_REQUEST_BYTES})
     */
    public MetricsRoutes(MetricsBackend store, MetricsIngest ingest, Clock clock, int maxSamples, int maxBodyBytes) {
        this.collect = new MetricsCollect(ingest, clock, maxSamples);
        this.engine = store;
        this.clock = clock;
        this.otlp = new OtlpHttp(maxBodyBytes);
        this.otlpIngest = new OtlpMetricsIngest(store, maxSamples, ingest);
    }

    public void register(Api api) {
        api.post("/v1/metrics/collect", Scopes.METRICS_WRITE, this::collect);
        api.post(
                "/v1/metrics",
                Scopes.METRICS_WRITE,
                ctx -> otlp.handle(
                        ctx,
                        ExportMetricsServiceRequest.getDefaultInstance(),
                        request -> otlpIngest.export(Tenants.of(ctx), request)));
        api.errorsAs(HandlerType.POST, "/v1/metrics", OtlpHttp::problem);
        api.get("/v1/metrics/query", Scopes.METRICS_READ, this::query);
        api.post("/v1/metrics/query", Scopes.METRICS_READ, this::query);
        String prom = PrometheusApi.BASE;
        for (String path : List.of(prom + "/query", prom + "/query_range")) {
            Handler handler = path.endsWith("range") ? this::queryRange : this::queryInstant;
            api.get(path, Scopes.METRICS_READ, handler);
            api.post(path, Scopes.METRICS_READ, handler);
        }
        api.get(
                prom + "/status/buildinfo",
                Scopes.METRICS_READ,
                ctx -> success(ctx, Map.of("version", "2.50.0", "application", "enis-observability")));
    }

    private void collect(Context ctx) {
        Responses.ok(ctx, collect.collect(Tenants.of(ctx), format(ctx.contentType()), ctx.bodyAsBytes()));
    }

    /** @throws ProblemException 415 for a content type that is neither format */
    private static MetricsCollect.Format format(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return MetricsCollect.Format.JSON;
        }
        if (type.startsWith("text/plain")) {
            return MetricsCollect.Format.PROMETHEUS_TEXT;
        }
        throw ProblemException.unsupportedMediaType("send application/json samples or the Prometheus text format "
                + "(text/plain; version=0.0.4); got '" + type + "'");
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
        success(ctx, run(() -> engine.instant(Tenants.of(ctx), q, time)));
    }

    private void queryRange(Context ctx) {
        String q = required(ctx, "query");
        long start = TimeParams.time(required(ctx, "start"), "start", 0);
        long end = TimeParams.time(required(ctx, "end"), "end", 0);
        long step = TimeParams.step(required(ctx, "step"), "step");
        success(ctx, run(() -> {
            QueryEngine.checkRange(start, end, step);
            return engine.range(Tenants.of(ctx), q, start, end, step);
        }));
    }

    private static Object run(Supplier<Object> query) {
        try {
            return query.get();
        } catch (QueryException e) {
            throw ProblemException.invalidField("query", e.getMessage());
        }
    }
}
