package io.enis.constructs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.constructs.TestStacks;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Grafana Mimir as a {@link ClusterAddons} add-on: only with a {@link MetricsEngine}, on its bucket, behind its gateway. */
class MetricsEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AddonsFixture fixture = new AddonsFixture();
    private final SecureBucket bucket = new SecureBucket(
            fixture.stack,
            "Metrics",
            SecureBucketProps.builder()
                    .naming(TestStacks.NAMING)
                    .account(TestStacks.ACCOUNT)
                    .purpose("metrics")
                    .key(fixture.key)
                    .accessLogBucket("logs")
                    .build());

    private MetricsEngineBuilder engine() {
        return MetricsEngine.builder().bucket(bucket).clients(List.of("observability"));
    }

    private Template synth(MetricsEngine engine) {
        new ClusterAddons(
                fixture.stack,
                "Addons",
                fixture.required().metricsEngine(engine).build());
        return Template.synth(fixture.stack);
    }

    private static JsonNode mimir(Template template) {
        List<JsonNode> releases = template.resources("helm_release").values().stream()
                .filter(release -> release.path("name").asText().equals("mimir"))
                .toList();
        assertThat(releases).as("the mimir release").hasSize(1);
        return releases.get(0);
    }

    private static JsonNode values(JsonNode release) throws Exception {
        return JSON.readTree(release.at("/values/0").asText());
    }

    private static Map<String, JsonNode> policiesByName(Template template) {
        return template.resources("kubernetes_network_policy_v1").values().stream()
                .collect(Collectors.toMap(policy -> policy.at("/metadata/name").asText(), policy -> policy));
    }

    @Test
    void withoutAnEngineNothingOfMimirIsCreated() {
        fixture.addons();
        Template template = Template.synth(fixture.stack);
        assertThat(template.resources("helm_release").values())
                .extracting(release -> release.path("name").asText())
                .doesNotContain("mimir");
        assertThat(template.resources("kubernetes_network_policy_v1")).isEmpty();
        assertThat(template.json().toString()).doesNotContain("mimir-irsa");
    }

    @Test
    void mimirIsThePinnedChartOnTheBucketThroughItsOwnRole() throws Exception {
        Template template = synth(engine().build());
        JsonNode release = mimir(template);
        ChartRef pinned = DefaultCharts.pinned().get("mimir-distributed");
        assertThat(release.path("chart").asText()).isEqualTo("mimir-distributed");
        assertThat(release.path("repository").asText()).isEqualTo("https://grafana.github.io/helm-charts");
        assertThat(release.path("version").asText()).isEqualTo(pinned.version()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(release.path("namespace").asText()).isEqualTo(ClusterAddons.METRICS_NAMESPACE);

        JsonNode values = values(release);
        JsonNode config = values.at("/mimir/structuredConfig");
        assertThat(config.path("multitenancy_enabled").asBoolean()).isTrue();
        assertThat(config.at("/common/storage/backend").asText()).isEqualTo("s3");
        assertThat(config.at("/common/storage/s3/bucket_name").asText()).contains("aws_s3_bucket.Metrics_Bucket");
        assertThat(config.at("/common/storage/s3/endpoint").asText()).isEqualTo("s3.eu-west-1.amazonaws.com");
        assertThat(config.at("/limits/compactor_blocks_retention_period").asText())
                .as("30 days by default (seed 000)")
                .isEqualTo("720h");
        assertThat(config.at("/ingester/ring/replication_factor").asInt()).isEqualTo(3);
        assertThat(values.at("/minio/enabled").asBoolean())
                .as("no MinIO: S3 only")
                .isFalse();
        assertThat(values.at("/gateway/enabledNonEnterprise").asBoolean()).isTrue();
        assertThat(values.at("/nginx/enabled").asBoolean()).isFalse();
        assertThat(values.at("/ingester/zoneAwareReplication/enabled").asBoolean())
                .isTrue();
        assertThat(values.at("/ingester/persistentVolume/storageClass").asText())
                .isEqualTo(ClusterAddons.STORAGE_CLASS);

        // the service account is bound to a role that trusts exactly it, and that the bucket granted
        assertThat(values.at("/serviceAccount/name").asText()).isEqualTo("mimir");
        String roleArn = values.at("/serviceAccount/annotations/eks.amazonaws.com~1role-arn")
                .asText();
        assertThat(roleArn).contains("aws_iam_role.Addons_Metrics_Role");
        String documents = template.dataSources("aws_iam_policy_document").toString();
        assertThat(documents).contains("system:serviceaccount:mimir:mimir");
        assertThat(documents)
                .as("the bucket's own grant: objects read, written and deleted, under the data key")
                .contains("\"sid\":\"MetricsObjects\"")
                .contains("s3:DeleteObject")
                .contains("\"sid\":\"MetricsKey\"");
    }

    @Test
    void onlyTheClientNamespacesReachTheGatewayAndMimirTalksToItselfAndS3() {
        Map<String, JsonNode> policies = policiesByName(synth(engine().build()));
        assertThat(policies).containsOnlyKeys("default-deny-all", "mimir-internal", "mimir-gateway-clients");
        policies.values()
                .forEach(policy ->
                        assertThat(policy.at("/metadata/namespace").asText()).isEqualTo("mimir"));

        JsonNode deny = policies.get("default-deny-all").path("spec");
        assertThat(deny.path("policy_types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(deny.has("ingress")).isFalse();
        assertThat(deny.has("egress")).isFalse();

        JsonNode gateway = policies.get("mimir-gateway-clients").path("spec");
        assertThat(gateway.at("/pod_selector/match_labels/app.kubernetes.io~1component")
                        .asText())
                .isEqualTo("gateway");
        assertThat(gateway.at("/ingress/0/from").size()).isEqualTo(1);
        assertThat(gateway.at("/ingress/0/from/0/namespace_selector/match_labels/kubernetes.io~1metadata.name")
                        .asText())
                .isEqualTo("observability");
        assertThat(gateway.at("/ingress/0/ports/0/port").asText())
                .isEqualTo(String.valueOf(ClusterAddons.METRICS_PORT));

        JsonNode internal = policies.get("mimir-internal").path("spec");
        assertThat(internal.at("/ingress/0/from/0/pod_selector/match_labels/app.kubernetes.io~1instance")
                        .asText())
                .isEqualTo("mimir");
        assertThat(internal.at("/ingress/0/from/0").has("namespace_selector"))
                .as("from Mimir's own pods only")
                .isFalse();
        assertThat(internal.path("egress").toString())
                .contains("\"cidr\":\"0.0.0.0/0\"")
                .contains("\"port\":\"443\"")
                .contains("kube-dns");
    }

    @Test
    void sizingComesFromTheProps() throws Exception {
        JsonNode values = values(mimir(synth(engine().retentionDays(14)
                .replicationFactor(1)
                .ingesterReplicas(2)
                .querierReplicas(5)
                .build())));
        assertThat(values.at("/mimir/structuredConfig/limits/compactor_blocks_retention_period")
                        .asText())
                .isEqualTo("336h");
        assertThat(values.at("/mimir/structuredConfig/ingester/ring/replication_factor")
                        .asInt())
                .isEqualTo(1);
        assertThat(values.at("/ingester/replicas").asInt()).isEqualTo(2);
        assertThat(values.at("/ingester/zoneAwareReplication/enabled").asBoolean())
                .as("zones only with three copies")
                .isFalse();
        assertThat(values.at("/rollout_operator/enabled").asBoolean()).isFalse();
        assertThat(values.at("/querier/replicas").asInt()).isEqualTo(5);
        assertThat(values.at("/distributor/resources/requests/cpu").asText()).isEqualTo("250m");
        assertThat(values.at("/ingester/resources/limits/memory").asText()).isEqualTo("4Gi");
    }

    @Test
    void mimirsChartIsNeededOnlyWithAnEngine() {
        Map<String, ChartRef> withoutMimir = new java.util.LinkedHashMap<>(DefaultCharts.pinned());
        withoutMimir.remove("mimir-distributed");
        assertThat(fixture.required().charts(withoutMimir).build().charts()).doesNotContainKey("mimir-distributed");
        assertThatThrownBy(() -> fixture.required()
                        .charts(withoutMimir)
                        .metricsEngine(engine().build())
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("ClusterAddonsProps.charts: lacks [mimir-distributed]");
    }

    @Test
    void badPropsNameTheField() {
        assertThatThrownBy(
                        () -> engine().replicationFactor(3).ingesterReplicas(2).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("MetricsEngine.ingesterReplicas: is 2 but replicationFactor is 3");
        assertThatThrownBy(() -> engine().clients(List.of()).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("MetricsEngine.clients");
        assertThatThrownBy(() -> engine().retentionDays(0).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("MetricsEngine.retentionDays");
        assertThatThrownBy(() -> MetricsEngine.builder()
                        .clients(List.of("observability"))
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("MetricsEngine.bucket");
    }
}
