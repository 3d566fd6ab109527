package io.enis.stacks.services;

import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/** The scorecard service (KPIs, dashboards, trends, reports) and its database. */
public final class ScorecardStack extends ServiceStack {
    public static final String SERVICE = "scorecard";

    public ScorecardStack(Construct scope, Environment env, PlatformStack platform) {
        super(scope, env, platform, SERVICE);
        var wiring = new ServiceWiring().callers(List.of("cloud-bus"));
        ServiceDatabase.attach(this, env, platform, SERVICE, wiring);
        deploy(List.of("/v1/analytics", "/v1/scorecard"), wiring);
    }
}
