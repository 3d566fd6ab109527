package io.enis.stacks.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.stacks.TestEnvironments;
import io.enis.stacks.common.TerraformVersion;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.synth.Synthesizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** All 18 stacks synthesized once, as ./infra synth writes them, and checked per service and environment. */
class ServiceStacksTest {
    static final List<String> SERVICES = List.of("observability", "scorecard", "billing", "compliance", "cloud-bus");
    static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path out;

    @BeforeAll
    static void synthesizeEverything() {
        new Synthesizer(TestEnvironments.LOADER).synth(Synthesizer.ALL, null, out);
    }

    static JsonNode stack(String id) {
        try {
            return JSON.readTree(
                    out.resolve("stacks").resolve(id).resolve("cdk.tf.json").toFile());
        } catch (IOException e) {
            throw new AssertionError("no synthesized stack " + id, e);
        }
    }

    static JsonNode only(JsonNode stack, String type) {
        JsonNode byName = stack.path("resource").path(type);
        assertThat(byName.size()).as("number of %s", type).isEqualTo(1);
        return byName.elements().next();
    }

    static Stream<Arguments> servicesInEnvironments() {
        List<Arguments> all = new ArrayList<>();
        ENVIRONMENTS.forEach(env -> SERVICES.forEach(service -> all.add(Arguments.of(service, env))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("servicesInEnvironments")
    void podSpecIsHardened(String service, String env) {
        JsonNode pod =
                only(stack(service + "-" + env), "kubernetes_deployment_v1").at("/spec/template/spec");
        assertThat(pod.at("/security_context/run_as_non_root").asBoolean()).isTrue();
        assertThat(pod.at("/security_context/seccomp_profile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.path("automount_service_account_token").asBoolean()).isFalse();
        assertThat(pod.path("host_network").asBoolean(false)).isFalse();
        assertThat(pod.path("volume").toString()).doesNotContain("host_path");
        JsonNode container = pod.at("/container/0");
        JsonNode security = container.path("security_context");
        assertThat(security.path("read_only_root_filesystem").asBoolean()).isTrue();
        assertThat(security.path("allow_privilege_escalation").asBoolean()).isFalse();
        assertThat(security.at("/capabilities/drop/0").asText()).isEqualTo("ALL");
        assertThat(security.at("/seccomp_profile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(container.at("/liveness_probe/http_get/path").asText()).isEqualTo("/health/live");
        assertThat(container.at("/readiness_probe/http_get/path").asText()).isEqualTo("/health/ready");
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("servicesInEnvironments")
    void scalingDisruptionAndPoliciesFollowTheEnvironment(String service, String env) {
        Environment.ServiceSpec spec = TestEnvironments.load(env).service(service);
        JsonNode stack = stack(service + "-" + env);
        if (spec.storageGi() == null) {
            JsonNode hpa =
                    only(stack, "kubernetes_horizontal_pod_autoscaler_v2").path("spec");
            assertThat(hpa.path("min_replicas").asInt())
                    .isEqualTo(spec.replicas().min());
            assertThat(hpa.path("max_replicas").asInt())
                    .isEqualTo(spec.replicas().max());
        } else {
            assertThat(stack.path("resource").has("kubernetes_horizontal_pod_autoscaler_v2"))
                    .as("one replica on its volume: no HPA")
                    .isFalse();
        }
        assertThat(only(stack, "kubernetes_pod_disruption_budget_v1")
                        .at("/spec/min_available")
                        .asText())
                .isEqualTo(String.valueOf(spec.minAvailable()));
        int bootstrapPolicy = stack.path("resource").has("kubernetes_job_v1") ? 1 : 0;
        assertThat(stack.path("resource").path("kubernetes_network_policy_v1").size())
                .isEqualTo(2 + bootstrapPolicy);
        String env0 = only(stack, "kubernetes_deployment_v1")
                .at("/spec/template/spec/container/0/env")
                .toString();
        assertThat(env0).contains("\"name\":\"RATE_LIMIT_PER_MINUTE\",\"value\":\"" + spec.rateLimitPerMinute() + "\"");
        assertThat(env0)
                .as("serve while endpoints are removed, then drain (5 s + 20 s within the grace period)")
                .contains("\"name\":\"SHUTDOWN_DELAY\",\"value\":\"5s\"");
        List<String> albSubnets = TestEnvironments.load(env).network().publicSubnets();
        assertThat(env0)
                .as("the ALB's subnets are the proxies whose X-Forwarded-For names the client")
                .contains("\"name\":\"TRUSTED_PROXIES\",\"value\":\"" + String.join(",", albSubnets) + "\"");
        assertThat(stack.path("resource").path("kubernetes_network_policy_v1").toString())
                .as("the same subnets the network policy admits the ALB from")
                .contains(albSubnets);
        assertThat(only(stack, "kubernetes_deployment_v1")
                        .at("/spec/template/spec/termination_grace_period_seconds")
                        .asInt())
                .isGreaterThanOrEqualTo(5 + 20);
        assertThat(only(stack, "kubernetes_deployment_v1")
                        .at("/spec/template/spec/container/0/image")
                        .asText())
                .endsWith(":" + spec.version());
    }

    @Test
    void noImageUsesLatest() throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve("stacks"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("cdk.tf.json")).toList()) {
                List<String> images = new ArrayList<>();
                collectImages(JSON.readTree(file.toFile()), images);
                assertThat(images)
                        .as(file.toString())
                        .allSatisfy(image -> assertThat(image)
                                .doesNotEndWith(":latest")
                                .matches(".*(:[A-Za-z0-9_.-]+|@sha256:[a-f0-9]{64})"));
            }
        }
    }

    private static void collectImages(JsonNode node, List<String> images) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("image") && field.getValue().isTextual()) {
                    images.add(field.getValue().asText());
                } else {
                    collectImages(field.getValue(), images);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectImages(child, images));
        }
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("servicesInEnvironments")
    void platformValuesArriveThroughRemoteState(String service, String env) {
        Environment environment = TestEnvironments.load(env);
        JsonNode remote = stack(service + "-" + env)
                .at("/data/terraform_remote_state/cross-stack-reference-input-platform-" + env);
        assertThat(remote.path("backend").asText()).isEqualTo("s3");
        JsonNode config = remote.path("config");
        assertThat(config.path("bucket").asText()).isEqualTo(environment.state().bucket());
        assertThat(config.path("key").asText()).isEqualTo(environment.state().key("platform-" + env));
        assertThat(config.path("region").asText())
                .isEqualTo(environment.account().region());
        assertThat(config.path("dynamodb_table").asText())
                .isEqualTo(environment.state().lockTable());
        assertThat(config.path("encrypt").asBoolean()).isTrue();
        assertThat(stack(service + "-" + env).at("/provider/kubernetes/0/host").asText())
                .startsWith("${data.terraform_remote_state.cross-stack-reference-input-platform-" + env + ".outputs.");
        assertThat(stack(service + "-" + env).at("/terraform/backend/s3/key").asText())
                .isEqualTo("enis/" + service + "-" + env + ".tfstate");
    }

    /** {@code ${<type>.<name>.<attribute>}}: how a stack refers to one of its own resources. */
    static String reference(JsonNode stack, String type, String attribute) {
        JsonNode byName = stack.path("resource").path(type);
        assertThat(byName.size()).as("number of %s", type).isEqualTo(1);
        return "${" + type + "." + byName.fieldNames().next() + "." + attribute + "}";
    }

    /** The data source a {@code ${data.aws_iam_policy_document.<name>.json}} reference names. */
    static JsonNode policyDocument(JsonNode stack, String reference) {
        String prefix = "${data.aws_iam_policy_document.";
        assertThat(reference).startsWith(prefix).endsWith(".json}");
        return stack.at("/data/aws_iam_policy_document/"
                + reference.substring(prefix.length(), reference.length() - ".json}".length()));
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("servicesInEnvironments")
    void runsAsItsOwnLeastPrivilegeIrsaRole(String service, String env) {
        JsonNode stack = stack(service + "-" + env);
        JsonNode role = only(stack, "aws_iam_role");
        assertThat(role.path("name").asText()).isEqualTo("enis-" + env + "-" + service + "-irsa");
        JsonNode account = only(stack, "kubernetes_service_account_v1");
        assertThat(account.at("/metadata/name").asText()).isEqualTo(service);
        assertThat(account.at("/metadata/annotations/eks.amazonaws.com~1role-arn")
                        .asText())
                .isEqualTo(reference(stack, "aws_iam_role", "arn"));
        assertThat(only(stack, "kubernetes_deployment_v1")
                        .at("/spec/template/spec/service_account_name")
                        .asText())
                .isEqualTo(reference(stack, "kubernetes_service_account_v1", "metadata[0].name"));

        JsonNode trust = policyDocument(stack, role.path("assume_role_policy").asText());
        assertThat(trust.at("/statement/0/actions").toString()).isEqualTo("[\"sts:AssumeRoleWithWebIdentity\"]");
        assertThat(trust.at("/statement/0/condition").toString())
                .as("only the service's own account may assume it")
                .contains("\"system:serviceaccount:" + service + ":" + service + "\"");

        JsonNode policy = only(stack, "aws_iam_role_policy");
        assertThat(policy.path("role").asText()).isEqualTo(reference(stack, "aws_iam_role", "id"));
        JsonNode permissions =
                policyDocument(stack, policy.path("policy").asText()).path("statement");
        assertThat(permissions).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.path("effect").asText()).isEqualTo("Allow");
            statement
                    .path("actions")
                    .forEach(action -> assertThat(action.asText())
                            .doesNotContain("*:")
                            .isNotEqualTo("*")
                            .doesNotEndWith(":*"));
            statement
                    .path("resources")
                    .forEach(resource -> assertThat(resource.asText()).isNotEqualTo("*"));
        });
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("servicesInEnvironments")
    void deniesAllTrafficByDefaultAndAllowsOnlyWhatItNeeds(String service, String env) {
        List<JsonNode> policies = new ArrayList<>();
        stack(service + "-" + env)
                .path("resource")
                .path("kubernetes_network_policy_v1")
                .forEach(policies::add);
        JsonNode deny = policies.stream()
                .filter(p -> p.at("/metadata/name").asText().equals("default-deny-all"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no default-deny-all policy"));
        assertThat(deny.at("/spec/pod_selector").isEmpty())
                .as("selects every pod")
                .isTrue();
        assertThat(deny.at("/spec/policy_types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(deny.at("/spec").has("ingress") || deny.at("/spec").has("egress"))
                .as("allows nothing")
                .isFalse();
        JsonNode allow = policies.stream()
                .filter(p -> p.at("/metadata/name").asText().equals(service + "-allow"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + service + "-allow policy"));
        assertThat(allow.at("/spec/ingress")).isNotEmpty();
        assertThat(allow.at("/spec/egress")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("servicesInEnvironments")
    void keepsItsSecretsInSecretsManagerUnderThePlatformsKey(String service, String env) {
        JsonNode stack = stack(service + "-" + env);
        Map<String, String> arnsByName = new TreeMap<>();
        stack.path("resource").path("aws_secretsmanager_secret").fields().forEachRemaining(secret -> {
            String name = secret.getValue().path("name").asText();
            arnsByName.put(name, "${aws_secretsmanager_secret." + secret.getKey() + ".arn}");
            assertThat(secret.getValue().path("kms_key_id").asText())
                    .as(name)
                    .startsWith(
                            "${data.terraform_remote_state.cross-stack-reference-input-platform-" + env + ".outputs.")
                    .contains("aws_kms_key");
        });
        assertThat(arnsByName.keySet())
                .contains("enis/" + env + "/" + service + "/admin-api-key")
                .allSatisfy(name -> assertThat(name)
                        .as("the service's own secrets")
                        .contains(env)
                        .contains(service));
        assertThat(secretSources(stack, "ENIS_ADMIN_API_KEY"))
                .as("the admin key reaches the pod through an ExternalSecret")
                .containsExactly(arnsByName.get("enis/" + env + "/" + service + "/admin-api-key"));
        List<String> kinds = new ArrayList<>();
        stack.path("resource")
                .path("kubernetes_manifest")
                .forEach(m -> kinds.add(m.at("/manifest/kind").asText()));
        assertThat(kinds).contains("SecretStore", "ExternalSecret", "ServiceMonitor", "PrometheusRule");
    }

    @ParameterizedTest(name = "{0}-{1}")
    @MethodSource("servicesInEnvironments")
    void exposesNothingPubliclyButItsHttpsRoutes(String service, String env) {
        JsonNode resources = stack(service + "-" + env).path("resource");
        assertThat(only(stack(service + "-" + env), "kubernetes_service_v1")
                        .at("/spec/type")
                        .asText())
                .isEqualTo("ClusterIP");
        JsonNode ingress = only(stack(service + "-" + env), "kubernetes_ingress_v1")
                .path("metadata")
                .path("annotations");
        assertThat(ingress.path("alb.ingress.kubernetes.io/listen-ports").asText())
                .isEqualTo("[{\"HTTPS\":443}]");
        assertThat(ingress.path("alb.ingress.kubernetes.io/certificate-arn").asText())
                .startsWith("arn:aws:acm:");
        List<String> blocked = new ArrayList<>();
        resources.path("aws_s3_bucket_public_access_block").forEach(block -> {
            assertThat(List.of(
                            block.path("block_public_acls"),
                            block.path("block_public_policy"),
                            block.path("ignore_public_acls"),
                            block.path("restrict_public_buckets")))
                    .allSatisfy(flag -> assertThat(flag.asBoolean()).isTrue());
            blocked.add(block.path("bucket").asText());
        });
        List<String> buckets = new ArrayList<>();
        resources
                .path("aws_s3_bucket")
                .fieldNames()
                .forEachRemaining(name -> buckets.add("${aws_s3_bucket." + name + ".id}"));
        assertThat(blocked).as("every bucket blocks public access").containsExactlyInAnyOrderElementsOf(buckets);
        resources
                .path("aws_db_instance")
                .forEach(db -> assertThat(db.path("publicly_accessible").asBoolean(false))
                        .isFalse());
        resources
                .path("aws_vpc_security_group_ingress_rule")
                .forEach(rule -> assertThat(rule.path("cidr_ipv4").asText(""))
                        .as("ingress from anywhere")
                        .isNotEqualTo("0.0.0.0/0"));
    }

    @Test
    void everyStackRequiresTheTerraformVersionThePipelinesInstall() {
        List<String> stacks = new ArrayList<>();
        for (String env : ENVIRONMENTS) {
            stacks.add("platform-" + env);
            SERVICES.forEach(service -> stacks.add(service + "-" + env));
        }
        assertThat(stacks)
                .hasSize(18)
                .allSatisfy(id -> assertThat(
                                stack(id).at("/terraform/required_version").asText())
                        .as(id)
                        .isEqualTo(TerraformVersion.CONSTRAINT));
    }

    @Test
    void databaseModeFollowsTheEnvironment() {
        assertThat(stack("billing-dev").path("resource").has("kubernetes_job_v1"))
                .isTrue();
        assertThat(stack("billing-dev").path("resource").has("aws_db_instance")).isFalse();
        JsonNode prodDatabase = only(stack("billing-prod"), "aws_db_instance");
        assertThat(prodDatabase.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(prodDatabase.path("multi_az").asBoolean()).isTrue();
        assertThat(stack("cloud-bus-prod").path("resource").has("aws_elasticache_replication_group"))
                .isTrue();
        assertThat(stack("cloud-bus-dev").path("resource").has("aws_elasticache_replication_group"))
                .isFalse();
    }

    @Test
    void observabilityPublishesAlertsToTheCloudBusWithThePlatformsPublishOnlyKey() {
        for (String env : ENVIRONMENTS) {
            JsonNode observability = stack("observability-" + env);
            JsonNode cloudBus = stack("cloud-bus-" + env);
            assertThat(only(observability, "kubernetes_deployment_v1")
                            .at("/spec/template/spec/container/0/env")
                            .toString())
                    .contains(
                            "{\"name\":\"ALERT_CLOUD_BUS_URL\",\"value\":\"http://cloud-bus.cloud-bus.svc.cluster.local/v1/events\"}")
                    .contains("\"name\":\"ALERT_CLOUD_BUS_API_KEY\"");
            String publisherOutput =
                    "outputs.cross-stack-output-aws_secretsmanager_secretCloudBusPublisherKey_Secret_6790BF3Carn";
            for (var stackAndVariable : List.of(
                    List.of(observability, "ALERT_CLOUD_BUS_API_KEY"), List.of(cloudBus, "PUBLISHER_API_KEY"))) {
                List<String> refs = secretSources((JsonNode) stackAndVariable.get(0), (String) stackAndVariable.get(1));
                assertThat(refs)
                        .as("%s from the platform's secret", stackAndVariable.get(1))
                        .singleElement()
                        .satisfies(ref -> assertThat(ref).contains(publisherOutput));
            }
            String egress = observability
                    .path("resource")
                    .path("kubernetes_network_policy_v1")
                    .toString();
            assertThat(egress).contains("\"port\":\"8080\"");
            String ingress = cloudBus.path("resource")
                    .path("kubernetes_network_policy_v1")
                    .toString();
            assertThat(ingress)
                    .as("the cloud-bus lets observability's pods in")
                    .contains("\"kubernetes.io/metadata.name\":\"observability\"");
        }
    }

    @Test
    void observabilityFollowsItsMetricsBackend() {
        for (String env : ENVIRONMENTS) {
            Environment environment = TestEnvironments.load(env);
            JsonNode stack = stack("observability-" + env);
            JsonNode container = only(stack, "kubernetes_deployment_v1").at("/spec/template/spec/container/0");
            Map<String, String> vars = new TreeMap<>();
            container
                    .path("env")
                    .forEach(variable -> vars.put(
                            variable.path("name").asText(),
                            variable.path("value").asText()));
            JsonNode resources = stack.path("resource");
            Environment.ServiceSpec spec = environment.service("observability");
            if (!environment.observability().remote()) {
                assertThat(vars)
                        .as("embedded in %s: as before", env)
                        .doesNotContainKeys(
                                "METRICS_BACKEND",
                                "METRICS_REMOTE_WRITE_URL",
                                "METRICS_REMOTE_QUERY_URL",
                                "METRICS_REMOTE_TENANCY");
                assertThat(vars).containsEntry("DATA_DIR", ServiceStack.DATA_DIR);
                assertThat(resources.has("kubernetes_persistent_volume_claim_v1"))
                        .isTrue();
                assertThat(resources.has("kubernetes_horizontal_pod_autoscaler_v2"))
                        .isFalse();
                assertThat(spec.replicas().max()).isEqualTo(1);
                continue;
            }
            assertThat(vars)
                    .as("remote in %s", env)
                    .containsEntry("METRICS_BACKEND", "remote")
                    .containsEntry(
                            "METRICS_REMOTE_WRITE_URL", "http://mimir-gateway.mimir.svc.cluster.local/api/v1/push")
                    .containsEntry(
                            "METRICS_REMOTE_QUERY_URL", "http://mimir-gateway.mimir.svc.cluster.local/prometheus")
                    .containsEntry("METRICS_REMOTE_TENANCY", "header")
                    .doesNotContainKey("DATA_DIR");
            assertThat(resources.has("kubernetes_persistent_volume_claim_v1"))
                    .as("stateless: no volume")
                    .isFalse();
            assertThat(
                            container.has("volume_mount")
                                    ? container.path("volume_mount").toString()
                                    : "")
                    .doesNotContain("/var/lib/enis");
            JsonNode hpa =
                    only(stack, "kubernetes_horizontal_pod_autoscaler_v2").path("spec");
            assertThat(hpa.path("min_replicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.path("max_replicas").asInt())
                    .isGreaterThan(hpa.path("min_replicas").asInt());
            assertThat(only(stack, "kubernetes_pod_disruption_budget_v1")
                            .at("/spec/min_available")
                            .asInt())
                    .isGreaterThanOrEqualTo(1);
            assertThat(only(stack, "kubernetes_deployment_v1")
                            .at("/spec/strategy/type")
                            .asText())
                    .isEqualTo("RollingUpdate");
            // egress to Mimir's gateway pods in the VPC, besides the cloud-bus's on the same port
            assertThat(vpcEgressOnPort(stack, environment, 8080)).isEqualTo(2);
        }
        assertThat(vpcEgressOnPort(stack("observability-dev"), TestEnvironments.load("dev"), 8080))
                .as("embedded: the cloud-bus only")
                .isEqualTo(1);
    }

    private static int vpcEgressOnPort(JsonNode stack, Environment environment, int port) {
        int rules = 0;
        for (JsonNode policy : stack.path("resource").path("kubernetes_network_policy_v1")) {
            if (policy.at("/metadata/name").asText().endsWith("-allow")) {
                for (JsonNode rule : policy.at("/spec/egress")) {
                    if (rule.at("/to/0/ip_block/cidr")
                                    .asText()
                                    .equals(environment.network().vpcCidr())
                            && rule.at("/ports/0/port").asText().equals(String.valueOf(port))) {
                        rules++;
                    }
                }
            }
        }
        return rules;
    }

    @Test
    void billingAndCompliancePublishTheirEventsToTheCloudBusWithThePlatformsPublishOnlyKey() {
        for (String env : ENVIRONMENTS) {
            for (String service : List.of("billing", "compliance")) {
                JsonNode stack = stack(service + "-" + env);
                assertThat(only(stack, "kubernetes_deployment_v1")
                                .at("/spec/template/spec/container/0/env")
                                .toString())
                        .contains(
                                "{\"name\":\"CLOUD_BUS_URL\",\"value\":\"http://cloud-bus.cloud-bus.svc.cluster.local/v1/events\"}")
                        .contains("\"name\":\"CLOUD_BUS_API_KEY\"");
                assertThat(secretSources(stack, "CLOUD_BUS_API_KEY"))
                        .singleElement()
                        .satisfies(
                                ref -> assertThat(ref)
                                        .contains(
                                                "outputs.cross-stack-output-aws_secretsmanager_secretCloudBusPublisherKey_Secret_6790BF3Carn"));
                assertThat(stack.path("resource")
                                .path("kubernetes_network_policy_v1")
                                .toString())
                        .contains("\"port\":\"8080\"");
                assertThat(stack("cloud-bus-" + env)
                                .path("resource")
                                .path("kubernetes_network_policy_v1")
                                .toString())
                        .as("the cloud-bus lets " + service + "'s pods in")
                        .contains("\"kubernetes.io/metadata.name\":\"" + service + "\"");
            }
        }
    }

    @Test
    void scorecardPullsFromObservabilityWithTheMetricsReaderKeyAndPublishesToTheCloudBus() {
        for (String env : ENVIRONMENTS) {
            JsonNode scorecard = stack("scorecard-" + env);
            JsonNode observability = stack("observability-" + env);
            String observabilityUrl = clusterUrl(observability);
            assertThat(only(scorecard, "kubernetes_deployment_v1")
                            .at("/spec/template/spec/container/0/env")
                            .toString())
                    .contains("{\"name\":\"OBSERVABILITY_URL\",\"value\":\"" + observabilityUrl + "\"}")
                    .contains(
                            "{\"name\":\"CLOUD_BUS_URL\",\"value\":\"http://cloud-bus.cloud-bus.svc.cluster.local/v1/events\"}");
            List<String> scorecardKey = secretSources(scorecard, "OBSERVABILITY_API_KEY");
            List<String> observabilityKey = secretSources(observability, "METRICS_READER_API_KEY");
            assertThat(scorecardKey)
                    .as("the secret observability accepts as its metrics-reader key, through remote state")
                    .singleElement()
                    .satisfies(ref -> assertThat(ref).contains("MetricsReaderKey"))
                    .isEqualTo(observabilityKey.get(0));
            assertThat(secretSources(scorecard, "CLOUD_BUS_API_KEY"))
                    .singleElement()
                    .satisfies(
                            ref -> assertThat(ref)
                                    .contains(
                                            "outputs.cross-stack-output-aws_secretsmanager_secretCloudBusPublisherKey_Secret_6790BF3Carn"));
            assertThat(scorecard
                            .path("resource")
                            .path("kubernetes_network_policy_v1")
                            .toString())
                    .contains("\"port\":\"8080\"");
            assertThat(observability
                            .path("resource")
                            .path("kubernetes_network_policy_v1")
                            .toString())
                    .as("observability lets the scorecard's pods in")
                    .contains("\"kubernetes.io/metadata.name\":\"scorecard\"");
            assertThat(stack("cloud-bus-" + env)
                            .path("resource")
                            .path("kubernetes_network_policy_v1")
                            .toString())
                    .as("the cloud-bus lets the scorecard's pods in")
                    .contains("\"kubernetes.io/metadata.name\":\"scorecard\"");
        }
    }

    /** The in-cluster URL of a service stack's Service: its name, its namespace, its port. */
    static String clusterUrl(JsonNode stack) {
        JsonNode service = only(stack, "kubernetes_service_v1");
        return "http://" + service.at("/metadata/name").asText() + "."
                + only(stack, "kubernetes_namespace_v1").at("/metadata/name").asText() + ".svc.cluster.local:"
                + service.at("/spec/port/0/port").asInt();
    }

    /** Where the ExternalSecrets of a service stack read {@code variable} from (the remote keys). */
    static List<String> secretSources(JsonNode stack, String variable) {
        List<String> keys = new ArrayList<>();
        stack.path("resource").path("kubernetes_manifest").forEach(m -> {
            if (m.at("/manifest/kind").asText().equals("ExternalSecret")) {
                m.at("/manifest/spec/data").forEach(d -> {
                    if (d.path("secretKey").asText().equals(variable)) {
                        keys.add(d.at("/remoteRef/key").asText());
                    }
                });
            }
        });
        return keys;
    }

    /** The parsed values of the platform's Helm release {@code release}. */
    static JsonNode releaseValues(JsonNode platform, String release) {
        for (JsonNode r : platform.path("resource").path("helm_release")) {
            if (r.path("name").asText().equals(release)) {
                try {
                    return JSON.readTree(r.at("/values/0").asText());
                } catch (IOException e) {
                    throw new AssertionError("values of " + release + " are not JSON", e);
                }
            }
        }
        throw new AssertionError("no helm_release " + release);
    }

    @Test
    void deployedTracesReachObservabilityWithThePlatformsWriteOnlyKey() {
        for (String env : ENVIRONMENTS) {
            JsonNode platform = stack("platform-" + env);
            JsonNode observability = stack("observability-" + env);

            // the collector sends to observability's Service, in its namespace, on its port
            assertThat(releaseValues(platform, "opentelemetry-collector")
                            .at("/config/exporters/otlphttp~1observability/endpoint")
                            .asText())
                    .isEqualTo(clusterUrl(observability));

            // the key observability accepts is the platform secret the collector's ExternalSecret reads
            List<String> collectorKeys = new ArrayList<>();
            releaseValues(platform, "tracing-secrets").path("resources").forEach(resource -> {
                if (resource.path("kind").asText().equals("ExternalSecret")) {
                    collectorKeys.add(resource.at("/spec/data/0/remoteRef/key").asText());
                }
            });
            assertThat(collectorKeys).as("the collector's ExternalSecret").hasSize(1);
            String collectorKey = collectorKeys.get(0);
            assertThat(collectorKey).startsWith("${aws_secretsmanager_secret.").endsWith(".arn}");
            String secret = collectorKey.substring(
                    "${aws_secretsmanager_secret.".length(), collectorKey.length() - ".arn}".length());
            assertThat(platform.at("/resource/aws_secretsmanager_secret/" + secret + "/name")
                            .asText())
                    .isEqualTo("enis/" + env + "/platform/traces-writer-key");
            List<String> outputs = new ArrayList<>();
            platform.path("output").fields().forEachRemaining(output -> {
                if (output.getKey().startsWith("cross-stack-output-")
                        && output.getValue().path("value").asText().equals(collectorKey)) {
                    outputs.add(output.getKey());
                }
            });
            assertThat(outputs)
                    .as("the platform hands that secret's ARN to the service stacks")
                    .singleElement();
            assertThat(secretSources(observability, "TRACES_WRITER_API_KEY"))
                    .as("through remote state, not a copied ARN")
                    .singleElement()
                    .satisfies(ref -> assertThat(ref).contains("outputs." + outputs.get(0)));
            assertThat(only(observability, "kubernetes_deployment_v1")
                            .at("/spec/template/spec/container/0/env")
                            .toString())
                    .contains("\"name\":\"TRACES_WRITER_API_KEY\"");

            // observability lets the collector's namespace in, on its HTTP port
            JsonNode allow = null;
            for (JsonNode policy : observability.path("resource").path("kubernetes_network_policy_v1")) {
                if (policy.at("/metadata/name").asText().equals("observability-allow")) {
                    allow = policy.at("/spec/ingress/0");
                }
            }
            assertThat(allow).as("observability's allow policy").isNotNull();
            assertThat(allow.path("from").toString()).contains("{\"kubernetes.io/metadata.name\":\"tracing\"}");
            assertThat(allow.at("/ports/0/port").asText()).isEqualTo("http");
        }
    }

    @Test
    void stripeSecretsExistWithoutValues() {
        JsonNode billing = stack("billing-prod");
        List<String> names = new ArrayList<>();
        billing.path("resource")
                .path("aws_secretsmanager_secret")
                .forEach(s -> names.add(s.path("name").asText()));
        assertThat(names).contains("enis/prod/billing/stripe-api-key", "enis/prod/billing/stripe-webhook-secret");
        billing.path("resource")
                .path("aws_secretsmanager_secret_version")
                .forEach(version ->
                        assertThat(version.path("secret_id").asText()).doesNotContain("Stripe"));
        assertThat(billing.toString()).doesNotContain("sk_live", "whsec_");
    }

    @Test
    void evidenceIsLockedInComplianceModeForTheEnvironmentsRetention() {
        for (String env : ENVIRONMENTS) {
            JsonNode lock = only(stack("compliance-" + env), "aws_s3_bucket_object_lock_configuration")
                    .at("/rule/default_retention");
            assertThat(lock.path("mode").asText()).isEqualTo("COMPLIANCE");
            assertThat(lock.path("days").asInt())
                    .isEqualTo(TestEnvironments.load(env).service("compliance").evidenceRetentionDays());
        }
    }

    @Test
    void everyAlertHasARunbook() {
        List<String> runbooks = new ArrayList<>();
        for (String env : ENVIRONMENTS) {
            for (String service : SERVICES) {
                stack(service + "-" + env)
                        .path("resource")
                        .path("kubernetes_manifest")
                        .forEach(manifest -> {
                            if (manifest.at("/manifest/kind").asText().equals("PrometheusRule")) {
                                manifest.at("/manifest/spec/groups/0/rules")
                                        .forEach(rule -> runbooks.add(rule.at("/annotations/runbook_url")
                                                .asText()));
                            }
                        });
            }
        }
        assertThat(runbooks).hasSize(3 * 5 * 6);
        for (String url : runbooks) {
            String file = url.substring(url.lastIndexOf('/') + 1);
            assertThat(Path.of("..", "docs", "runbooks", file))
                    .as("runbook of " + url)
                    .isRegularFile();
        }
    }
}
