package io.enis.constructs.aws.network;

import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Map;

/**
 * Props of {@link IngressSecurityGroup}; build with {@link #builder()}.
 *
 * @param naming required
 * @param purpose required: kebab-case, e.g. {@code postgres}
 * @param vpcId required
 * @param port required: the one TCP port the sources may reach, 1..65535
 * @param allowedSources named source security groups (name → security group id) allowed on
 *     {@code port}; default none, which means nothing can connect
 */
@RecordBuilder
public record IngressSecurityGroupProps(
        Naming naming, String purpose, String vpcId, Integer port, Map<String, String> allowedSources) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or a source name is not kebab case */
    public IngressSecurityGroupProps {
        Require require = Require.of("IngressSecurityGroupProps");
        require.present("naming", naming);
        require.text("purpose", purpose);
        require.text("vpcId", vpcId);
        require.range("port", require.present("port", port), 1, 65535);
        allowedSources = new java.util.TreeMap<>(require.map(allowedSources));
        for (String name : allowedSources.keySet()) {
            require.check(
                    name.matches("[a-z][a-z0-9-]*"),
                    "allowedSources",
                    "source name '" + name + "' is not allowed; use lower-case kebab case");
        }
        allowedSources = java.util.Collections.unmodifiableMap(allowedSources);
    }

    public static IngressSecurityGroupPropsBuilder builder() {
        return IngressSecurityGroupPropsBuilder.builder();
    }
}
