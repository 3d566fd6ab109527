package io.enis.constructs.k8s;

import io.enis.constructs.core.Require;
import java.util.List;

/**
 * How a service is exposed through the AWS Load Balancer Controller: one shared ALB per group,
 * HTTPS only with an ACM certificate and a TLS 1.2+ policy.
 *
 * @param host DNS name, e.g. {@code api.example.com}
 * @param certificateArn ACM certificate for the host
 * @param scheme {@code internal} or {@code internet-facing}
 * @param group ALB group shared by the services of an environment, e.g. {@code enis-prod}
 * @param sourceCidrs where the ALB's traffic to pods comes from (its subnets), admitted by the network policy
 */
public record IngressSettings(String host, String certificateArn, String scheme, String group, List<String> sourceCidrs) {
    public IngressSettings {
        Require require = Require.of("IngressSettings");
        require.text("host", host);
        require.text("certificateArn", certificateArn);
        require.check("internal".equals(scheme) || "internet-facing".equals(scheme), "scheme",
                "'" + scheme + "' is not allowed; allowed: internal, internet-facing");
        require.matches("group", group, "[a-z][a-z0-9-]{0,62}", "use kebab case");
        sourceCidrs = require.notEmpty("sourceCidrs", sourceCidrs);
    }
}
