package io.enis.constructs.platform;

import com.hashicorp.cdktf.ITerraformDependable;
import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.OrderedMap;
import io.enis.constructs.helm.HelmChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Tracing in namespace {@code tracing}: an OpenTelemetry Collector receiving OTLP (gRPC 4317,
 * HTTP 4318) from the services, batching under a memory limit (at most {@value #MAX_SPANS_PER_EXPORT}
 * spans a batch) and exporting to Jaeger, whose UI shows the traces. Jaeger runs all-in-one with
 * in-memory storage (recent traces only); a durable store (Elasticsearch, Cassandra) is a values
 * change when trace retention is needed.
 *
 * <p>With a {@link TraceDestination} in the props, the same traces pipeline also exports to it
 * (exporter {@code otlphttp/<name>}, OTLP/HTTP, gzip) with {@code Authorization: Bearer <key>}
 * and the destination's tenant in {@value TraceDestination#TENANT_HEADER}. The key reaches the
 * collector as the environment variable {@value #API_KEY_ENV} from Kubernetes Secret
 * {@value #API_KEY_SECRET}, which External Secrets syncs from the destination's Secrets Manager secret
 * through a SecretStore authenticating as this add-on's own IRSA role (it may read that secret only);
 * the store and the ExternalSecret are applied by Helm (chart {@code raw}), as monitoring's are.
 * Each exporter queues and retries on its own (the collector's defaults: 1,000 batches, retries for
 * up to 5 minutes), so a slow or unreachable destination does not delay Jaeger.
 */
final class TracingAddon extends Construct {
    static final String NAMESPACE = "tracing";
    /** The collector's OTLP/HTTP port: the services' exporters speak OTLP over HTTP (no gRPC client in them). */
    static final int COLLECTOR_HTTP_PORT = 4318;
    /** OTLP/HTTP endpoint the services send spans to ({@code OTEL_EXPORTER_OTLP_ENDPOINT}). */
    static final String COLLECTOR_ENDPOINT = "http://opentelemetry-collector." + NAMESPACE + ":" + COLLECTOR_HTTP_PORT;
    /** The collector's environment variable holding the destination's API key. */
    static final String API_KEY_ENV = "ENIS_TRACES_API_KEY";
    /** The Kubernetes Secret (key {@code api-key}) External Secrets writes the destination's API key to. */
    static final String API_KEY_SECRET = "trace-destination";
    /**
     * Spans per batch, and so per export, at most: well within what a receiver such as observability
     * accepts in one request ({@code MAX_SPANS_PER_REQUEST}, 5,000 by default, and 4 MiB decompressed),
     * so a burst is never refused as too large (a 413 is not retried: its spans would be lost).
     */
    static final int MAX_SPANS_PER_EXPORT = 1000;

    private static final String JAEGER_EXPORTER = "otlp/jaeger";
    private static final String SERVICE_ACCOUNT = "tracing-secrets";
    private static final String SECRET_STORE = "aws-secrets-manager";
    private static final String API_KEY_FIELD = "api-key";

    TracingAddon(Construct scope, String id, ClusterAddonsProps props, ITerraformDependable externalSecrets) {
        super(scope, id);
        Addons.chart(
                this,
                "Jaeger",
                props,
                "jaeger",
                "jaeger",
                NAMESPACE,
                OrderedMap.of(
                        "provisionDataStore", OrderedMap.of("cassandra", false),
                        "storage", OrderedMap.of("type", "memory"),
                        "allInOne", OrderedMap.of("enabled", true),
                        "agent", OrderedMap.of("enabled", false),
                        "collector", OrderedMap.of("enabled", false),
                        "query", OrderedMap.of("enabled", false)),
                List.of());

        TraceDestination destination = props.traceDestination();
        Map<String, Object> exporters = new LinkedHashMap<>(OrderedMap.of(
                JAEGER_EXPORTER,
                OrderedMap.of(
                        "endpoint",
                        "jaeger-collector." + NAMESPACE + ":4317",
                        "tls",
                        OrderedMap.of("insecure", true))));
        Map<String, Object> values = new LinkedHashMap<>(OrderedMap.of(
                "mode",
                "deployment",
                "replicaCount",
                2,
                "image",
                OrderedMap.of("repository", "otel/opentelemetry-collector-contrib")));
        List<ITerraformDependable> dependsOn = new ArrayList<>();
        if (destination != null) {
            exporters.put(
                    destination.exporter(),
                    OrderedMap.of(
                            "endpoint", destination.endpoint(),
                            // $${…} is Terraform's escape: the chart receives ${env:…}, which the collector expands
                            "headers",
                                    OrderedMap.of(
                                            "Authorization",
                                            "Bearer $${env:" + API_KEY_ENV + "}",
                                            TraceDestination.TENANT_HEADER,
                                            destination.tenant())));
            values.put(
                    "extraEnvs",
                    List.of(OrderedMap.of(
                            "name",
                            API_KEY_ENV,
                            "valueFrom",
                            OrderedMap.of(
                                    "secretKeyRef", OrderedMap.of("name", API_KEY_SECRET, "key", API_KEY_FIELD)))));
            dependsOn.add(apiKeySecret(props, destination, externalSecrets).release());
        }
        values.put(
                "config",
                OrderedMap.of(
                        "receivers",
                                OrderedMap.of(
                                        "otlp",
                                        OrderedMap.of(
                                                "protocols",
                                                OrderedMap.of(
                                                        "grpc", OrderedMap.of("endpoint", "0.0.0.0:4317"),
                                                        "http",
                                                                OrderedMap.of(
                                                                        "endpoint",
                                                                        "0.0.0.0:" + COLLECTOR_HTTP_PORT)))),
                        "processors",
                                OrderedMap.of(
                                        "memory_limiter",
                                                OrderedMap.of(
                                                        "check_interval",
                                                        "1s",
                                                        "limit_percentage",
                                                        80,
                                                        "spike_limit_percentage",
                                                        20),
                                        "batch",
                                                OrderedMap.of(
                                                        "send_batch_size",
                                                        MAX_SPANS_PER_EXPORT,
                                                        "send_batch_max_size",
                                                        MAX_SPANS_PER_EXPORT)),
                        "exporters", exporters,
                        "service",
                                OrderedMap.of(
                                        "pipelines",
                                        OrderedMap.of(
                                                "traces",
                                                OrderedMap.of(
                                                        "receivers",
                                                        List.of("otlp"),
                                                        "processors",
                                                        List.of("memory_limiter", "batch"),
                                                        "exporters",
                                                        List.copyOf(exporters.keySet()))))));
        Addons.chart(
                this,
                "Collector",
                props,
                "opentelemetry-collector",
                "opentelemetry-collector",
                NAMESPACE,
                values,
                dependsOn);
    }

    /** The role, SecretStore and ExternalSecret that put the destination's API key into {@value #API_KEY_SECRET}. */
    private HelmChart apiKeySecret(
            ClusterAddonsProps props, TraceDestination destination, ITerraformDependable externalSecrets) {
        ServiceRole role = Addons.role(
                this,
                props,
                "tracing",
                NAMESPACE,
                SERVICE_ACCOUNT,
                List.of(Permission.allow(
                        "ReadTraceDestinationKey",
                        List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                        List.of(destination.apiKeySecretArn()))));
        List<Object> resources = new ArrayList<>(Addons.secretStore(
                role, SERVICE_ACCOUNT, SECRET_STORE, props.account().region()));
        resources.add(Addons.externalSecret(
                API_KEY_SECRET,
                SECRET_STORE,
                List.of(OrderedMap.of(
                        "secretKey",
                        API_KEY_FIELD,
                        "remoteRef",
                        OrderedMap.of("key", destination.apiKeySecretArn())))));
        return Addons.chart(
                this,
                "Secrets",
                props,
                "raw",
                "tracing-secrets",
                NAMESPACE,
                OrderedMap.of("resources", resources),
                List.of(externalSecrets));
    }
}
