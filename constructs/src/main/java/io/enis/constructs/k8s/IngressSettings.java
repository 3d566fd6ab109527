package io.enis.constructs.k8s;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * How a service is exposed through the AWS Load Balancer Controller: one shared ALB per group,
 * HTTPS only with an ACM certificate and a TLS 1.2+ policy; build with {@link #builder()}.
 *
 * @param host required: DNS name, e.g. {@code api.example.com}
 * @param certificateArn required: ACM certificate for the host
 * @param scheme required: whether the ALB is internal or internet-facing (no default: exposure is a decision)
 * @param group required: ALB group shared by the services of an environment, e.g. {@code enis-prod}
 * @param sourceCidrs required: where the ALB's traffic to pods comes from (its subnets), admitted by the network policy
 */
@RecordBuilder
public record IngressSettings(String host, String certificateArn, LoadBalancerScheme scheme, String group, List<String> sourceCidrs) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or malformed */
    public IngressSettings {
        Require require = Require.of("IngressSettings");
        require.text("host", host);
        require.text("certificateArn", certificateArn);
        require.present("scheme", scheme);
        require.matches("group", group, "[a-z][a-z0-9-]{0,62}", "use kebab case");
        sourceCidrs = require.notEmpty("sourceCidrs", sourceCidrs);
    }

    public static IngressSettingsBuilder builder() {
        return IngressSettingsBuilder.builder();
    }
}
