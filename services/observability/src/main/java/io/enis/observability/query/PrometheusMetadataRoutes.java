package io.enis.observability.query;

import static io.enis.observability.query.PrometheusApi.BASE;
import static io.enis.observability.query.PrometheusApi.limit;
import static io.enis.observability.query.PrometheusApi.param;
import static io.enis.observability.query.PrometheusApi.params;
import static io.enis.observability.query.PrometheusApi.required;
import static io.enis.observability.query.PrometheusApi.success;

import io.enis.kit.app.Api;
import io.enis.kit.http.ProblemException;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.enis.observability.ingest.MetricNames;
import io.enis.observability.tsdb.Labels;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Supplier;

/**
 * The metadata half of the Prometheus HTTP API that Grafana's autocomplete, label browser and Explore
 * call: {@code series}, {@code labels}, {@code label/{name}/values} (each with {@code match[]},
 * {@code start}, {@code end}, {@code limit}), {@code metadata} ({@code metric}, {@code limit}) and
 * {@code query_exemplars} ({@code query}, {@code start}, {@code end}; always empty). GET and, where
 * Prometheus accepts it, POST with a form body.
 */
public final class PrometheusMetadataRoutes {
    private final SeriesLookup lookup;

    public PrometheusMetadataRoutes(SeriesLookup lookup) {
        this.lookup = lookup;
    }

    public void register(Api api) {
        both(api, BASE + "/series", ctx -> {
            Range r = Range.of(ctx);
            success(
                    ctx,
                    selectors(
                            () -> lookup.series(Tenants.of(ctx), params(ctx, "match[]"), r.start, r.end, limit(ctx))));
        });
        both(api, BASE + "/labels", ctx -> {
            Range r = Range.of(ctx);
            success(
                    ctx,
                    selectors(() ->
                            lookup.labelNames(Tenants.of(ctx), params(ctx, "match[]"), r.start, r.end, limit(ctx))));
        });
        api.get(BASE + "/label/{name}/values", Scopes.METRICS_READ, ctx -> {
            Range r = Range.of(ctx);
            String name = labelName(ctx.pathParam("name"));
            success(
                    ctx,
                    selectors(() -> lookup.labelValues(
                            Tenants.of(ctx), name, params(ctx, "match[]"), r.start, r.end, limit(ctx))));
        });
        api.get(
                BASE + "/metadata",
                Scopes.METRICS_READ,
                ctx -> success(ctx, lookup.metadata(Tenants.of(ctx), param(ctx, "metric"), limit(ctx))));
        both(api, BASE + "/query_exemplars", ctx -> {
            String query = required(ctx, "query");
            Range.of(ctx);
            try {
                success(ctx, lookup.exemplars(query));
            } catch (QueryException e) {
                throw ProblemException.invalidField("query", e.getMessage());
            }
        });
    }

    private static void both(Api api, String path, Handler handler) {
        api.get(path, Scopes.METRICS_READ, handler);
        api.post(path, Scopes.METRICS_READ, handler);
    }

    /** {@code start} and {@code end} (RFC 3339 or Unix seconds), unbounded when absent. */
    private record Range(long start, long end) {
        static Range of(Context ctx) {
            long start = TimeParams.time(param(ctx, "start"), "start", Long.MIN_VALUE);
            long end = TimeParams.time(param(ctx, "end"), "end", Long.MAX_VALUE);
            if (end < start) {
                throw ProblemException.invalidField("end", "must not be before start");
            }
            return new Range(start, end);
        }
    }

    private static String labelName(String name) {
        String problem = name.equals(Labels.NAME) ? null : MetricNames.labelNameProblem(name);
        if (problem != null) {
            throw ProblemException.invalidField("name", "'" + name + "' is not a label name: " + problem);
        }
        return name;
    }

    private static <T> T selectors(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (QueryException e) {
            throw ProblemException.invalidField("match[]", e.getMessage());
        }
    }
}
