package io.enis.constructs.platform;

import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.iam.ServiceRoleProps;
import io.enis.constructs.core.OrderedMap;
import io.enis.constructs.helm.HelmChart;
import io.enis.constructs.helm.HelmChartProps;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** What every add-on does the same way: install its pinned chart, create its IRSA role. */
final class Addons {
    private Addons() {}

    /** Installs the chart of {@code key} as release {@code release} in {@code namespace}, after {@code dependsOn}. */
    static HelmChart chart(
            Construct scope,
            String id,
            ClusterAddonsProps props,
            String key,
            String release,
            String namespace,
            Object values,
            List<com.hashicorp.cdktf.ITerraformDependable> dependsOn) {
        ChartRef chart = props.chart(key);
        return new HelmChart(
                scope,
                id,
                HelmChartProps.builder()
                        .releaseName(release)
                        .namespace(namespace)
                        .repository(chart.repository())
                        .chart(chart.chart())
                        .version(chart.version())
                        .values(values)
                        .dependsOn(dependsOn)
                        .build());
    }

    /** Installs the chart of {@code key} as release {@code key} in {@code namespace}. */
    static HelmChart chart(Construct scope, ClusterAddonsProps props, String key, String namespace, Object values) {
        return chart(scope, "Chart", props, key, key, namespace, values, List.of());
    }

    /** An IRSA role named {@code <project>-<env>-<component>-irsa} for one service account. */
    static ServiceRole role(
            Construct scope,
            ClusterAddonsProps props,
            String component,
            String namespace,
            String serviceAccount,
            List<Permission> permissions) {
        return new ServiceRole(
                scope,
                "Role",
                ServiceRoleProps.builder()
                        .naming(props.naming().forComponent(component))
                        .oidcProviderArn(props.cluster().oidcProviderArn())
                        .oidcIssuerUrl(props.cluster().oidcIssuerUrl())
                        .namespace(namespace)
                        .serviceAccount(serviceAccount)
                        .permissions(permissions)
                        .build());
    }

    /** The annotation binding a service account to an IRSA role. */
    static Map<String, Object> roleAnnotation(ServiceRole role) {
        return OrderedMap.of("eks.amazonaws.com/role-arn", role.arn());
    }

    /**
     * The manifests a namespace needs before its ExternalSecrets: service account {@code serviceAccount}
     * bound to {@code role}, and SecretStore {@code store} reading Secrets Manager in {@code region}
     * as that service account. Applied through chart {@code raw}, so planning needs no CRDs.
     */
    static List<Object> secretStore(ServiceRole role, String serviceAccount, String store, String region) {
        return List.of(
                OrderedMap.of(
                        "apiVersion",
                        "v1",
                        "kind",
                        "ServiceAccount",
                        "metadata",
                        OrderedMap.of("name", serviceAccount, "annotations", roleAnnotation(role))),
                OrderedMap.of(
                        "apiVersion",
                        "external-secrets.io/v1beta1",
                        "kind",
                        "SecretStore",
                        "metadata",
                        OrderedMap.of("name", store),
                        "spec",
                        OrderedMap.of(
                                "provider",
                                OrderedMap.of(
                                        "aws",
                                        OrderedMap.of(
                                                "service",
                                                "SecretsManager",
                                                "region",
                                                region,
                                                "auth",
                                                OrderedMap.of(
                                                        "jwt",
                                                        OrderedMap.of(
                                                                "serviceAccountRef",
                                                                OrderedMap.of("name", serviceAccount))))))));
    }

    /**
     * An ExternalSecret that writes (and owns) Kubernetes Secret {@code name} from {@code data}
     * ({@code secretKey} / {@code remoteRef} entries) through SecretStore {@code store}, refreshed hourly.
     */
    static Map<String, Object> externalSecret(String name, String store, List<Object> data) {
        return OrderedMap.of(
                "apiVersion",
                "external-secrets.io/v1beta1",
                "kind",
                "ExternalSecret",
                "metadata",
                OrderedMap.of("name", name),
                "spec",
                OrderedMap.of(
                        "refreshInterval",
                        "1h",
                        "secretStoreRef",
                        OrderedMap.of("name", store, "kind", "SecretStore"),
                        "target",
                        OrderedMap.of("name", name, "creationPolicy", "Owner"),
                        "data",
                        data));
    }
}
