package io.enis.observability.ingest;

import static io.enis.observability.query.PrometheusApi.param;
import static io.enis.observability.query.PrometheusApi.required;
import static io.enis.observability.query.PrometheusApi.success;

import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.Responses;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.enis.observability.otlp.OtlpHttp;
import io.enis.observability.query.PrometheusApi;
import io.enis.observability.query.QueryEngine;
import io.enis.observability.query.QueryException;
import io.enis.observability.query.TimeParams;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import io.enis.observability.tsdb.TimeSeriesStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
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
 * (instant, or range with {@code start}/{@code end}/{@code step}) and the Prometheus HTTP API's query
 * endpoints Grafana's data source uses, under {@code /v1/metrics/prometheus/api/v1/…} (its metadata
 * endpoints: {@link io.enis.observability.query.PrometheusMetadataRoutes}).
 */
public final class MetricsRoutes {
    private final MetricsIngest ingest;
    private final QueryEngine engine;
    private final Clock clock;
    private final int maxSamples;
    private final OtlpHttp otlp;
    private final OtlpMetricsIngest otlpIngest;

    /**
     * @param maxSamples   samples per request ({@code MAX_SAMPLES_PER_REQUEST})
     * @param maxBodyBytes the most bytes an OTLP body may decompress to ({@code MAX_REQUEST_BYTES})
     */
    public MetricsRoutes(TimeSeriesStore store, MetricsIngest ingest, Clock clock, int maxSamples, int maxBodyBytes) {
        this.ingest = ingest;
        this.engine = new QueryEngine(store);
        this.clock = clock;
        this.maxSamples = maxSamples;
        this.otlp = new OtlpHttp(maxBodyBytes);
        this.otlpIngest = new OtlpMetricsIngest(store, maxSamples, ingest);
    }

    public void register(Api api) {
        api.post("/v1/metrics/collect", Scopes.METRICS_WRITE, this::collect);
        api.post("/v1/metrics", Scopes.METRICS_WRITE, ctx -> otlp.handle(ctx, ExportMetricsServiceRequest.getDefaultInstance(),
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
        api.get(prom + "/status/buildinfo", Scopes.METRICS_READ,
                ctx -> success(ctx, Map.of("version", "2.50.0", "application", "enis-observability")));
    }

    private void collect(Context ctx) {
        String tenant = Tenants.of(ctx);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        MetricBatch batch;
        if (type.startsWith("application/json")) {
            batch = MetricBatch.ofJson(JsonSamples.parse(ctx.bodyAsBytes(), clock.instant(), maxSamples));
        } else if (type.startsWith("text/plain")) {
            batch = PrometheusText.parse(ctx.bodyAsBytes(), clock.millis(), maxSamples);
        } else {
            throw ProblemException.unsupportedMediaType("send application/json samples or the Prometheus text format "
                    + "(text/plain; version=0.0.4); got '" + type + "'");
        }
        IngestResult result = ingest.ingest(tenant, batch);
        if (!result.ok()) {
            throw IngestRefusal.problem(result, batch);
        }
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
        success(ctx, run(() -> engine.instant(Tenants.of(ctx), q, time)));
    }

    private void queryRange(Context ctx) {
        String q = required(ctx, "query");
        long start = TimeParams.time(required(ctx, "start"), "start", 0);
        long end = TimeParams.time(required(ctx, "end"), "end", 0);
        long step = TimeParams.step(required(ctx, "step"), "step");
        success(ctx, run(() -> engine.range(Tenants.of(ctx), q, start, end, step)));
    }

    private static Object run(Supplier<Object> query) {
        try {
            return query.get();
        } catch (QueryException e) {
            throw ProblemException.invalidField("query", e.getMessage());
        }
    }
}
