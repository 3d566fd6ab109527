package io.enis.constructs.platform;

import io.enis.constructs.core.OrderedMap;
import java.util.List;
import software.constructs.Construct;

/**
 * Tracing in namespace {@code tracing}: an OpenTelemetry Collector receiving OTLP (gRPC 4317,
 * HTTP 4318) from the services, batching under a memory limit and exporting to Jaeger, whose UI
 * shows the traces. Jaeger runs all-in-one with in-memory storage (recent traces only); a durable
 * store (Elasticsearch, Cassandra) is a values change when trace retention is needed.
 */
final class TracingAddon extends Construct {
    static final String NAMESPACE = "tracing";
    /** The collector's OTLP/HTTP port: the services' exporters speak OTLP over HTTP (no gRPC client in them). */
    static final int COLLECTOR_HTTP_PORT = 4318;
    /** OTLP/HTTP endpoint the services send spans to ({@code OTEL_EXPORTER_OTLP_ENDPOINT}). */
    static final String COLLECTOR_ENDPOINT = "http://opentelemetry-collector." + NAMESPACE + ":" + COLLECTOR_HTTP_PORT;

    TracingAddon(Construct scope, String id, ClusterAddonsProps props) {
        super(scope, id);
        Addons.chart(this, "Jaeger", props, "jaeger", "jaeger", NAMESPACE, OrderedMap.of(
                "provisionDataStore", OrderedMap.of("cassandra", false),
                "storage", OrderedMap.of("type", "memory"),
                "allInOne", OrderedMap.of("enabled", true),
                "agent", OrderedMap.of("enabled", false),
                "collector", OrderedMap.of("enabled", false),
                "query", OrderedMap.of("enabled", false)), List.of());
        Addons.chart(this, "Collector", props, "opentelemetry-collector", "opentelemetry-collector", NAMESPACE, OrderedMap.of(
                "mode", "deployment",
                "replicaCount", 2,
                "image", OrderedMap.of("repository", "otel/opentelemetry-collector-contrib"),
                "config", OrderedMap.of(
                        "receivers", OrderedMap.of("otlp", OrderedMap.of("protocols", OrderedMap.of(
                                "grpc", OrderedMap.of("endpoint", "0.0.0.0:4317"),
                                "http", OrderedMap.of("endpoint", "0.0.0.0:" + COLLECTOR_HTTP_PORT)))),
                        "processors", OrderedMap.of(
                                "memory_limiter", OrderedMap.of("check_interval", "1s", "limit_percentage", 80, "spike_limit_percentage", 20),
                                "batch", OrderedMap.of()),
                        "exporters", OrderedMap.of("otlp/jaeger", OrderedMap.of(
                                "endpoint", "jaeger-collector." + NAMESPACE + ":4317", "tls", OrderedMap.of("insecure", true))),
                        "service", OrderedMap.of("pipelines", OrderedMap.of("traces", OrderedMap.of(
                                "receivers", List.of("otlp"), "processors", List.of("memory_limiter", "batch"),
                                "exporters", List.of("otlp/jaeger")))))), List.of());
    }
}
