package io.enis.constructs.platform;

import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.iam.ServiceRoleProps;
import io.enis.constructs.helm.HelmChart;
import io.enis.constructs.helm.HelmChartProps;
import java.util.List;
import software.constructs.Construct;

/** What every add-on does the same way: install its pinned chart, create its IRSA role. */
final class Addons {
    private Addons() {
    }

    /** Installs the chart of {@code key} as release {@code release} in {@code namespace}, after {@code dependsOn}. */
    static HelmChart chart(Construct scope, String id, ClusterAddonsProps props, String key, String release, String namespace,
            Object values, List<com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
        ChartRef chart = props.chart(key);
        return new HelmChart(scope, id, HelmChartProps.builder()
                .releaseName(release).namespace(namespace)
                .repository(chart.repository()).chart(chart.chart()).version(chart.version())
                .values(values).dependsOn(dependsOn)
                .build());
    }

    /** Installs the chart of {@code key} as release {@code key} in {@code namespace}. */
    static HelmChart chart(Construct scope, ClusterAddonsProps props, String key, String namespace, Object values) {
        return chart(scope, "Chart", props, key, key, namespace, values, List.of());
    }

    /** An IRSA role named {@code <project>-<env>-<component>-irsa} for one service account. */
    static ServiceRole role(Construct scope, ClusterAddonsProps props, String component, String namespace,
            String serviceAccount, List<Permission> permissions) {
        return new ServiceRole(scope, "Role", ServiceRoleProps.builder()
                .naming(props.naming().forComponent(component))
                .oidcProviderArn(props.cluster().oidcProviderArn())
                .oidcIssuerUrl(props.cluster().oidcIssuerUrl())
                .namespace(namespace).serviceAccount(serviceAccount)
                .permissions(permissions)
                .build());
    }

    /** The annotation binding a service account to an IRSA role. */
    static java.util.Map<String, Object> roleAnnotation(ServiceRole role) {
        return io.enis.constructs.core.OrderedMap.of("eks.amazonaws.com/role-arn", role.arn());
    }
}
