package io.enis.stacks.services;

import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/**
 * The scorecard service (KPIs, dashboards, trends, reports) and its database. Its API is served
 * under {@code /v1/analytics} only (seed 000's paths); report-ready events go to the cloud-bus with
 * the platform's publish-only key, as billing's do.
 */
public final class ScorecardStack extends ServiceStack {
    public static final String SERVICE = "scorecard";

    public ScorecardStack(Construct scope, Environment env, PlatformStack platform) {
        super(scope, env, platform, SERVICE);
        var wiring = new ServiceWiring()
                // report.ready events go to the cloud-bus as CloudEvents, with the publish-only key
                .env("CLOUD_BUS_URL", CloudBusStack.EVENTS_URL)
                .secret("CLOUD_BUS_API_KEY", platform.cloudBusPublisherKeySecretArn(), null)
                .egress("cloud-bus", env.network().vpcCidr(), PORT)
                .callers(List.of("cloud-bus"));
        ServiceDatabase.attach(this, env, platform, SERVICE, wiring);
        deploy(List.of("/v1/analytics"), wiring);
    }
}
