package io.enis.kit.metrics;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's Prometheus registry: JVM (memory, GC, threads, classes, CPU, uptime), the connection
 * pool (bound by the database), and per route {@code http_server_requests_seconds} (rate, latency
 * histogram: p50/p95/p99 come from {@code histogram_quantile} over its buckets, which aggregates across
 * replicas where client-side quantiles cannot) and {@code http_server_errors_total} (5xx). Routes are tagged by their
 * template ({@code /v1/traces/{traceId}}), so ids never become labels; unmatched paths share one tag.
 */
public final class HttpMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Timers by method, route and status: looked up once, not re-registered per request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** @param service value of the {@code service} tag on every meter */
    public HttpMetrics(String service) {
        registry.config().commonTags("service", service);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Records one finished request. */
    public void record(Context ctx, float millis) {
        String route = route(ctx);
        int status = ctx.statusCode();
        String method = ctx.method().name();
        timers.computeIfAbsent(
                        method + " " + route + " " + status,
                        k -> Timer.builder("http.server.requests")
                                .tags(
                                        "method",
                                        method,
                                        "route",
                                        route,
                                        "status",
                                        String.valueOf(status),
                                        "outcome",
                                        outcome(status))
                                .publishPercentileHistogram()
                                .serviceLevelObjectives(
                                        Duration.ofMillis(5),
                                        Duration.ofMillis(100),
                                        Duration.ofMillis(500),
                                        Duration.ofSeconds(1))
                                .register(registry))
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
        if (status >= 500) {
            Counter.builder("http.server.errors")
                    .tags("method", method, "route", route)
                    .register(registry)
                    .increment();
        }
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return "unmatched";
        }
    }

    private static String outcome(int status) {
        if (status >= 500) return "SERVER_ERROR";
        if (status >= 400) return "CLIENT_ERROR";
        if (status >= 300) return "REDIRECTION";
        return "SUCCESS";
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
