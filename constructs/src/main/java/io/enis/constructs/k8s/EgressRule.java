package io.enis.constructs.k8s;

import io.enis.constructs.core.Require;

/**
 * A destination a workload may connect to, besides cluster DNS which is always allowed.
 *
 * @param name what it is, e.g. {@code postgres} (documentation of the policy)
 * @param cidr destination CIDR, e.g. the data subnets or {@code 0.0.0.0/0} for HTTPS to AWS APIs
 * @param port destination TCP port
 */
public record EgressRule(String name, String cidr, int port) {
    public EgressRule {
        Require require = Require.of("EgressRule");
        require.matches("name", name, "[a-z][a-z0-9-]*", "use kebab case");
        require.text("cidr", cidr);
        require.range("port", port, 1, 65535);
    }
}
