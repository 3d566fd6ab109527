package io.enis.constructs.platform;

import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Config;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgress;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressPorts;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressTo;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToIpBlock;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToPodSelector;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngress;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFrom;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFromNamespaceSelector;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressFromPodSelector;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecIngressPorts;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecPodSelector;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.OrderedMap;
import io.enis.constructs.helm.HelmChart;
import io.enis.constructs.k8s.ClusterDns;
import io.enis.constructs.k8s.ContainerResources;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Grafana Mimir ({@code mimir-distributed}) in namespace {@value #NAMESPACE}, release
 * {@value #RELEASE}: multi-tenant (every request names its tenant in {@code X-Scope-OrgID}),
 * blocks on the {@link MetricsEngine}'s S3 bucket (its default SSE-KMS with the data key applies),
 * reached as service account {@value #SERVICE_ACCOUNT} through an IRSA role the bucket grants
 * read, write and delete (the compactor deletes blocks past retention and merged ones), retention
 * and ingester replication factor from the props, zone-aware over three logical zones when the
 * factor is 3. Writes and reads enter through the NGINX gateway, Service {@value #GATEWAY_SERVICE}
 * (port 80); the chart's MinIO, its own Alertmanager and ruler are off (observability evaluates
 * alerts itself).
 *
 * <p>Network policies: the namespace denies everything; Mimir's pods may talk among themselves on
 * any port (gRPC, memberlist, HTTP), resolve names and reach HTTPS (S3, STS for IRSA, the
 * Kubernetes API for the rollout operator); only pods of the client namespaces may reach the
 * gateway, on its HTTP port.
 */
final class MimirAddon extends Construct {
    static final String NAMESPACE = "mimir";
    static final String RELEASE = "mimir";
    static final String SERVICE_ACCOUNT = "mimir";
    /** The key of its chart in {@link ClusterAddonsProps#charts()}. */
    static final String CHART = "mimir-distributed";
    /** The gateway's Service: {@code <fullname>-gateway}, with the fullname pinned to {@value #RELEASE}. */
    static final String GATEWAY_SERVICE = RELEASE + "-gateway";
    /** The gateway pods' HTTP port (the Service maps 80 to it); egress policies of clients name it. */
    static final int GATEWAY_POD_PORT = 8080;
    /** Base URL of the gateway inside the cluster. */
    static final String GATEWAY_URL = "http://" + GATEWAY_SERVICE + "." + NAMESPACE + ".svc.cluster.local";
    /** Prometheus remote-write 1.0 endpoint. */
    static final String PUSH_URL = GATEWAY_URL + "/api/v1/push";
    /** Base URL of the Prometheus HTTP API ({@code /api/v1/query} etc. below it). */
    static final String QUERY_URL = GATEWAY_URL + "/prometheus";

    private static final String INSTANCE_LABEL = "app.kubernetes.io/instance";
    private static final String COMPONENT_LABEL = "app.kubernetes.io/component";

    MimirAddon(Construct scope, String id, ClusterAddonsProps props, MetricsEngine engine) {
        super(scope, id);
        ServiceRole role = Addons.role(this, props, "mimir", NAMESPACE, SERVICE_ACCOUNT, List.of());
        engine.bucket().grantReadWriteDelete(role);
        HelmChart chart = Addons.chart(
                this, "Chart", props, "mimir-distributed", RELEASE, NAMESPACE, values(props, engine, role), List.of());
        networkPolicies(engine, chart);
    }

    private static Map<String, Object> values(ClusterAddonsProps props, MetricsEngine engine, ServiceRole role) {
        boolean zoneAware = engine.zoneAware();
        String region = props.account().region();
        return OrderedMap.of(
                "fullnameOverride",
                RELEASE,
                "serviceAccount",
                OrderedMap.of("create", true, "name", SERVICE_ACCOUNT, "annotations", Addons.roleAnnotation(role)),
                "mimir",
                OrderedMap.of(
                        "structuredConfig",
                        OrderedMap.of(
                                "multitenancy_enabled",
                                true,
                                "common",
                                OrderedMap.of(
                                        "storage",
                                        OrderedMap.of(
                                                "backend",
                                                "s3",
                                                "s3",
                                                OrderedMap.of(
                                                        "bucket_name",
                                                        engine.bucket().bucketName(),
                                                        "endpoint",
                                                        "s3." + region + ".amazonaws.com",
                                                        "region",
                                                        region))),
                                "blocks_storage",
                                OrderedMap.of("storage_prefix", "blocks"),
                                "ruler_storage",
                                OrderedMap.of("storage_prefix", "ruler"),
                                "alertmanager_storage",
                                OrderedMap.of("storage_prefix", "alertmanager"),
                                "limits",
                                OrderedMap.of("compactor_blocks_retention_period", (engine.retentionDays() * 24) + "h"),
                                "ingester",
                                OrderedMap.of(
                                        "ring", OrderedMap.of("replication_factor", engine.replicationFactor())))),
                "minio",
                OrderedMap.of("enabled", false),
                "alertmanager",
                OrderedMap.of("enabled", false),
                "ruler",
                OrderedMap.of("enabled", false),
                "nginx",
                OrderedMap.of("enabled", false),
                "gateway",
                OrderedMap.of(
                        "enabledNonEnterprise",
                        true,
                        "replicas",
                        2,
                        "service",
                        OrderedMap.of("nameOverride", GATEWAY_SERVICE)),
                "rollout_operator",
                OrderedMap.of("enabled", zoneAware),
                "ingester",
                withVolume(
                        component(engine.ingesterReplicas(), engine.ingesterResources(), zoneAware),
                        engine.ingesterVolumeGi()),
                "distributor",
                component(engine.distributorReplicas(), engine.distributorResources(), null),
                "querier",
                component(engine.querierReplicas(), engine.querierResources(), null),
                "store_gateway",
                component(engine.storeGatewayReplicas(), engine.storeGatewayResources(), zoneAware),
                "compactor",
                OrderedMap.of(
                        "replicas",
                        1,
                        "persistentVolume",
                        OrderedMap.of("size", "20Gi", "storageClass", StorageAddon.STORAGE_CLASS)));
    }

    /** Replicas and resources of one component; {@code zoneAware} only for ingesters and store-gateways. */
    private static Map<String, Object> component(int replicas, ContainerResources resources, Boolean zoneAware) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(OrderedMap.of(
                "replicas",
                replicas,
                "resources",
                OrderedMap.of("requests", resources.requests(), "limits", resources.limits())));
        if (zoneAware != null) {
            values.put("zoneAwareReplication", OrderedMap.of("enabled", zoneAware));
        }
        return values;
    }

    private static Map<String, Object> withVolume(Map<String, Object> component, int sizeGi) {
        component.put(
                "persistentVolume",
                OrderedMap.of("enabled", true, "size", sizeGi + "Gi", "storageClass", StorageAddon.STORAGE_CLASS));
        return component;
    }

    private void networkPolicies(MetricsEngine engine, HelmChart chart) {
        Map<String, String> release = Map.of(INSTANCE_LABEL, RELEASE);
        policy(
                "DefaultDeny",
                "default-deny-all",
                NetworkPolicyV1SpecPodSelector.builder().build(),
                List.of(),
                List.of(),
                chart);
        policy(
                "Internal",
                "mimir-internal",
                NetworkPolicyV1SpecPodSelector.builder().matchLabels(release).build(),
                List.of(NetworkPolicyV1SpecIngress.builder()
                        .from(List.of(NetworkPolicyV1SpecIngressFrom.builder()
                                .podSelector(NetworkPolicyV1SpecIngressFromPodSelector.builder()
                                        .matchLabels(release)
                                        .build())
                                .build()))
                        .build()),
                List.of(
                        NetworkPolicyV1SpecEgress.builder()
                                .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                                        .podSelector(NetworkPolicyV1SpecEgressToPodSelector.builder()
                                                .matchLabels(release)
                                                .build())
                                        .build()))
                                .build(),
                        ClusterDns.egress(),
                        // S3 and STS (IRSA) have no fixed addresses; HTTPS only
                        NetworkPolicyV1SpecEgress.builder()
                                .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                                        .ipBlock(NetworkPolicyV1SpecEgressToIpBlock.builder()
                                                .cidr("0.0.0.0/0")
                                                .build())
                                        .build()))
                                .ports(List.of(NetworkPolicyV1SpecEgressPorts.builder()
                                        .protocol("TCP")
                                        .port("443")
                                        .build()))
                                .build()),
                chart);
        policy(
                "GatewayClients",
                "mimir-gateway-clients",
                NetworkPolicyV1SpecPodSelector.builder()
                        .matchLabels(Map.of(INSTANCE_LABEL, RELEASE, COMPONENT_LABEL, "gateway"))
                        .build(),
                List.of(NetworkPolicyV1SpecIngress.builder()
                        .from(engine.clients().stream()
                                .map(namespace -> NetworkPolicyV1SpecIngressFrom.builder()
                                        .namespaceSelector(NetworkPolicyV1SpecIngressFromNamespaceSelector.builder()
                                                .matchLabels(Map.of(ClusterDns.NAMESPACE_NAME_LABEL, namespace))
                                                .build())
                                        .build())
                                .toList())
                        .ports(List.of(NetworkPolicyV1SpecIngressPorts.builder()
                                .protocol("TCP")
                                .port(String.valueOf(GATEWAY_POD_PORT))
                                .build()))
                        .build()),
                List.of(),
                chart);
    }

    /**
     * A policy in the namespace, of the types it has rules for (both, with none: a deny); applied
     * after the release, which creates the namespace.
     */
    private void policy(
            String id,
            String name,
            NetworkPolicyV1SpecPodSelector pods,
            List<NetworkPolicyV1SpecIngress> ingress,
            List<NetworkPolicyV1SpecEgress> egress,
            HelmChart chart) {
        boolean deny = ingress.isEmpty() && egress.isEmpty();
        List<String> types = new java.util.ArrayList<>();
        var spec = NetworkPolicyV1Spec.builder().podSelector(pods);
        if (deny || !ingress.isEmpty()) {
            types.add("Ingress");
            spec.ingress(ingress.isEmpty() ? null : ingress);
        }
        if (deny || !egress.isEmpty()) {
            types.add("Egress");
            spec.egress(egress.isEmpty() ? null : egress);
        }
        spec.policyTypes(types);
        new NetworkPolicyV1(
                this,
                id,
                NetworkPolicyV1Config.builder()
                        .metadata(NetworkPolicyV1Metadata.builder()
                                .name(name)
                                .namespace(NAMESPACE)
                                .build())
                        .spec(spec.build())
                        .dependsOn(List.of(chart.release()))
                        .build());
    }
}
