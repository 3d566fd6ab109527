package io.enis.stacks.services;

import io.enis.constructs.aws.elasticache.RedisCluster;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/**
 * The cloud-bus service (event routing, filtering, transformation, retries, dead letters): Redis
 * Streams on the platform's Redis or its own (as the environment says) and a database for its buses,
 * rules, dead letters and API keys. It may call the other
 * services (webhook targets); observability publishes its alerts to it, billing its invoice,
 * payment and subscription events, the scorecard its goal alerts and report events, and compliance
 * its certification events, with the platform's publish-only key.
 */
public final class CloudBusStack extends ServiceStack {
    public static final String SERVICE = "cloud-bus";
    /** The cloud-bus variable of the publish-only key (see the service's deployment keys). */
    public static final String PUBLISHER_KEY = "PUBLISHER_API_KEY";
    /** Where services in the cluster publish events. */
    public static final String EVENTS_URL = "http://" + SERVICE + "." + SERVICE + ".svc.cluster.local/v1/events";

    public CloudBusStack(Construct scope, Environment env, PlatformStack platform) {
        super(scope, env, platform, SERVICE);
        String endpoint;
        String authSecretArn;
        if (spec.dedicatedRedis()) {
            var redis = new RedisCluster(
                    this, "Redis", platform.dataStoreProps().redis(naming).build());
            endpoint = redis.primaryEndpoint();
            authSecretArn = redis.authTokenSecretArn();
        } else {
            endpoint = platform.redis().primaryEndpoint();
            authSecretArn = platform.redis().authTokenSecretArn();
        }
        var wiring = new ServiceWiring()
                .env("REDIS_URL", "rediss://" + endpoint + ":" + RedisCluster.PORT)
                .secret("REDIS_PASSWORD", authSecretArn, null)
                .secret(CloudBusStack.PUBLISHER_KEY, platform.cloudBusPublisherKeySecretArn(), null)
                .egress("aws-apis", "0.0.0.0/0", 443)
                .callers(List.of(
                        ObservabilityStack.SERVICE,
                        BillingStack.SERVICE,
                        ScorecardStack.SERVICE,
                        ComplianceStack.SERVICE));
        env.network().dataSubnets().forEach(cidr -> wiring.egress("redis", cidr, RedisCluster.PORT));
        wiring.egress("webhook-targets", env.network().vpcCidr(), PORT);
        ServiceDatabase.attach(this, env, platform, SERVICE, wiring);
        deploy(List.of("/v1/events", "/v1/buses", "/v1/dlq", "/v1/cloud-bus"), wiring);
    }
}
