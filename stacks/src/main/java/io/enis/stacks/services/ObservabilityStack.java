package io.enis.stacks.services;

import io.enis.constructs.k8s.ServiceDeployment;
import io.enis.constructs.platform.ClusterAddons;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.environment.MetricsBackend;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/**
 * The observability service (metrics, traces, alerts) and its database (API keys, alert rules).
 * With {@code observability.metricsBackend: embedded} its metrics stay in its own store on its
 * volume (one replica); with {@code remote} it is stateless: samples are remote-written to the
 * platform's Grafana Mimir and queries go to Mimir's Prometheus API, each with the tenant in
 * {@code X-Scope-OrgID} ({@value #REMOTE_TENANCY}), and it runs the environment's replicas behind its
 * HPA, with egress to Mimir's gateway only. Alert transitions are published to the cloud-bus. The
 * platform's OpenTelemetry Collector exports the deployed services' traces to it (tenant
 * {@value PlatformStack#TRACES_TENANT}) with the platform's traces-writer key.
 */
public final class ObservabilityStack extends ServiceStack {
    public static final String SERVICE = "observability";
    /** The observability variable of the traces-writer key (see the service's deployment keys). */
    public static final String TRACES_WRITER_KEY = "TRACES_WRITER_API_KEY";
    /** The observability variable of the metrics-reader key (see the service's deployment keys). */
    public static final String METRICS_READER_KEY = "METRICS_READER_API_KEY";
    /** Where services in the cluster call observability (the scorecard's PromQL pulls). */
    public static final String URL = ServiceDeployment.clusterUrl(SERVICE);
    /** Where OTLP/HTTP exporters in the cluster send traces (they append {@code /v1/traces}). */
    public static final String OTLP_ENDPOINT = ServiceDeployment.clusterUrl(SERVICE);
    /** How observability tells a remote engine the tenant ({@code METRICS_REMOTE_TENANCY}): the {@code X-Scope-OrgID} header. */
    public static final String REMOTE_TENANCY = "header";

    public ObservabilityStack(Construct scope, Environment env, PlatformStack platform) {
        super(scope, env, platform, SERVICE);
        var wiring = new ServiceWiring()
                .egress("aws-apis", "0.0.0.0/0", 443)
                // every alert transition goes to the cloud-bus as a CloudEvent, with the publish-only key
                .env("ALERT_CLOUD_BUS_URL", CloudBusStack.EVENTS_URL)
                .secret("ALERT_CLOUD_BUS_API_KEY", platform.cloudBusPublisherKeySecretArn(), null)
                .egress("cloud-bus", env.network().vpcCidr(), PORT)
                // the platform's OpenTelemetry Collector exports every service's traces here, write-only
                .secret(TRACES_WRITER_KEY, platform.tracesWriterKeySecretArn(), null)
                // the scorecard pulls its PromQL KPIs with the read-only key
                .secret(METRICS_READER_KEY, platform.metricsReaderKeySecretArn(), null)
                .callers(List.of("scorecard", "billing", "compliance", "cloud-bus", ClusterAddons.TRACING_NAMESPACE));
        if (env.observability().remote()) {
            wiring.env("METRICS_BACKEND", MetricsBackend.REMOTE.value())
                    .env("METRICS_REMOTE_WRITE_URL", ClusterAddons.METRICS_WRITE_URL)
                    .env("METRICS_REMOTE_QUERY_URL", ClusterAddons.METRICS_QUERY_URL)
                    .env("METRICS_REMOTE_TENANCY", REMOTE_TENANCY)
                    .egress("metrics-engine", env.network().vpcCidr(), ClusterAddons.METRICS_PORT);
        }
        ServiceDatabase.attach(this, env, platform, SERVICE, wiring);
        deploy(List.of("/v1/metrics", "/v1/traces", "/v1/alerts", "/v1/observability"), wiring);
    }
}
