package io.enis.stacks.services;

import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/**
 * The scorecard service (KPIs, dashboards, trends, reports) and its database. Its API is served
 * under {@code /v1/analytics} only (seed 000's paths). It pulls its PromQL KPIs from observability
 * with the platform's metrics-reader key, and publishes its goal alerts and report-ready events to
 * the cloud-bus with the publish-only key, as billing publishes its events.
 */
public final class ScorecardStack extends ServiceStack {
    public static final String SERVICE = "scorecard";

    public ScorecardStack(Construct scope, Environment env, PlatformStack platform) {
        super(scope, env, platform, SERVICE);
        var wiring = new ServiceWiring()
                // PromQL KPIs are pulled from observability's Prometheus API, with the read-only key
                .env("OBSERVABILITY_URL", ObservabilityStack.URL)
                .secret("OBSERVABILITY_API_KEY", platform.metricsReaderKeySecretArn(), null)
                .egress("observability", env.network().vpcCidr(), PORT)
                // goal alerts and report.ready events go to the cloud-bus as CloudEvents, with the publish-only key
                .env("CLOUD_BUS_URL", CloudBusStack.EVENTS_URL)
                .secret("CLOUD_BUS_API_KEY", platform.cloudBusPublisherKeySecretArn(), null)
                .egress("cloud-bus", env.network().vpcCidr(), PORT)
                .callers(List.of("cloud-bus"));
        ServiceDatabase.attach(this, env, platform, SERVICE, wiring);
        deploy(List.of("/v1/analytics"), wiring);
    }
}
