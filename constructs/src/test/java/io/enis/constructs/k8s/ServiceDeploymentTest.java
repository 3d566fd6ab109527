package io.enis.constructs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.TerraformStack;
import io.enis.constructs.TestStacks;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.iam.ServiceRoleProps;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ServiceDeploymentTest {
    static final ContainerResources RESOURCES = ContainerResources.builder()
            .cpuRequest("250m")
            .memoryRequest("256Mi")
            .cpuLimit("1")
            .memoryLimit("512Mi")
            .build();

    /** A role that trusts no service account yet: the deployment binds its own. */
    static ServiceRole role(TerraformStack stack) {
        return new ServiceRole(
                stack,
                "Role",
                ServiceRoleProps.builder()
                        .naming(TestStacks.NAMING)
                        .oidcProviderArn(
                                "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC")
                        .oidcIssuerUrl("https://oidc.eks.eu-west-1.amazonaws.com/id/ABC")
                        .build());
    }

    /** Props for checks that fail before anything is synthesized (the role is in a throwaway stack). */
    static ServiceDeploymentPropsBuilder billing() {
        return billing(role(TestStacks.aws()));
    }

    static ServiceDeploymentPropsBuilder billing(ServiceRole role) {
        return ServiceDeploymentProps.builder()
                .name("billing")
                .image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/enis-prod-billing:1.4.2")
                .version("1.4.2")
                .minReplicas(3)
                .maxReplicas(10)
                .minAvailable(2)
                .resources(RESOURCES)
                .role(role)
                .pathPrefixes(List.of("/v1/billing"))
                .env(Map.of("RATE_LIMIT_PER_MINUTE", "5000"))
                .secrets(Map.of("STRIPE_API_KEY", SecretSource.of("enis/prod/billing/stripe-api-key")))
                .awsRegion("eu-west-1")
                .ingress(IngressSettings.builder()
                        .host("api.example.com")
                        .certificateArn("arn:aws:acm:eu-west-1:123456789012:certificate/abc")
                        .scheme(LoadBalancerScheme.INTERNET_FACING)
                        .group("enis-prod")
                        .sourceCidrs(List.of("10.0.0.0/24", "10.0.1.0/24"))
                        .build())
                .allowedCallers(List.of("cloud-bus"))
                .egress(List.of(new EgressRule("postgres", "10.0.64.0/22", 5432)));
    }

    private static Template synth(UnaryOperator<ServiceDeploymentPropsBuilder> customize) {
        var stack = TestStacks.awsAndKubernetes();
        new ServiceDeployment(
                stack, "Billing", customize.apply(billing(role(stack))).build());
        return Template.synth(stack);
    }

    @Test
    void podIsHardened() {
        Template template = synth(props -> props);
        JsonNode pod = template.resource("kubernetes_deployment_v1").at("/spec/template/spec");
        assertThat(pod.at("/security_context/run_as_non_root").asBoolean()).isTrue();
        assertThat(pod.at("/security_context/seccomp_profile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(pod.path("automount_service_account_token").asBoolean()).isFalse();
        JsonNode container = pod.at("/container/0");
        JsonNode security = container.path("security_context");
        assertThat(security.path("run_as_non_root").asBoolean()).isTrue();
        assertThat(security.path("read_only_root_filesystem").asBoolean()).isTrue();
        assertThat(security.path("allow_privilege_escalation").asBoolean()).isFalse();
        assertThat(security.path("privileged").asBoolean()).isFalse();
        assertThat(security.at("/capabilities/drop/0").asText()).isEqualTo("ALL");
        assertThat(security.at("/seccomp_profile/type").asText()).isEqualTo("RuntimeDefault");
        assertThat(container.at("/resources/requests/cpu").asText()).isEqualTo("250m");
        assertThat(container.at("/resources/limits/memory").asText()).isEqualTo("512Mi");
        assertThat(container.at("/liveness_probe/http_get/path").asText()).isEqualTo("/health/live");
        assertThat(container.at("/readiness_probe/http_get/path").asText()).isEqualTo("/health/ready");
        assertThat(container.path("image").asText()).endsWith(":1.4.2");
        assertThat(pod.at("/topology_spread_constraint/0/topology_key").asText())
                .isEqualTo("topology.kubernetes.io/zone");
        assertThat(template.resource("kubernetes_deployment_v1")
                        .at("/spec/strategy/rolling_update/max_unavailable")
                        .asText())
                .isEqualTo("0");
    }

    @Test
    void namespaceEnforcesRestrictedAndServiceAccountCarriesRole() {
        Template template = synth(props -> props);
        assertThat(template.resource("kubernetes_namespace_v1")
                        .at("/metadata/labels/pod-security.kubernetes.io~1enforce")
                        .asText())
                .isEqualTo("restricted");
        assertThat(template.resource("kubernetes_service_account_v1")
                        .at("/metadata/annotations/eks.amazonaws.com~1role-arn")
                        .asText())
                .matches("\\$\\{aws_iam_role\\.\\w+\\.arn}");
    }

    @Test
    void autoscalerDisruptionBudgetAndPolicies() {
        Template template = synth(props -> props);
        JsonNode hpa =
                template.resource("kubernetes_horizontal_pod_autoscaler_v2").path("spec");
        assertThat(hpa.path("min_replicas").asInt()).isEqualTo(3);
        assertThat(hpa.path("max_replicas").asInt()).isEqualTo(10);
        assertThat(template.resource("kubernetes_pod_disruption_budget_v1")
                        .at("/spec/min_available")
                        .asText())
                .isEqualTo("2");

        var policies = template.resources("kubernetes_network_policy_v1").values();
        assertThat(policies).hasSize(2);
        JsonNode deny = policies.stream()
                .filter(p -> p.at("/metadata/name").asText().equals("default-deny-all"))
                .findFirst()
                .orElseThrow();
        assertThat(deny.at("/spec/policy_types").toString()).isEqualTo("[\"Ingress\",\"Egress\"]");
        assertThat(deny.at("/spec/pod_selector").isObject()).isTrue();
        assertThat(deny.at("/spec").has("ingress")).isFalse();
        JsonNode allow = policies.stream()
                .filter(p -> p.at("/metadata/name").asText().equals("billing-allow"))
                .findFirst()
                .orElseThrow();
        String from = allow.at("/spec/ingress/0/from").toString();
        assertThat(from)
                .contains(
                        "10.0.0.0/24",
                        "\"kubernetes.io/metadata.name\":\"monitoring\"",
                        "\"kubernetes.io/metadata.name\":\"cloud-bus\"");
        assertThat(allow.at("/spec/egress").toString()).contains("kube-dns", "10.0.64.0/22", "5432");
    }

    @Test
    void ingressIsHttpsOnlyOnTheSharedAlb() {
        JsonNode ingress = synth(props -> props).resource("kubernetes_ingress_v1");
        JsonNode annotations = ingress.at("/metadata/annotations");
        assertThat(annotations.path("alb.ingress.kubernetes.io/listen-ports").asText())
                .isEqualTo("[{\"HTTPS\":443}]");
        assertThat(annotations.path("alb.ingress.kubernetes.io/ssl-policy").asText())
                .startsWith("ELBSecurityPolicy-TLS13");
        assertThat(annotations.path("alb.ingress.kubernetes.io/group.name").asText())
                .isEqualTo("enis-prod");
        assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo("api.example.com");
        assertThat(ingress.at("/spec/rule/0/http/path/0/path").asText()).isEqualTo("/v1/billing");
    }

    @Test
    void secretsComeFromSecretsManagerThroughTheServiceAccount() {
        Template template = synth(props -> props);
        var manifests = template.resources("kubernetes_manifest").values();
        JsonNode store = manifests.stream()
                .filter(m -> m.at("/manifest/kind").asText().equals("SecretStore"))
                .findFirst()
                .orElseThrow();
        assertThat(store.at("/manifest/spec/provider/aws/auth/jwt/serviceAccountRef/name")
                        .asText())
                .contains("kubernetes_service_account_v1");
        JsonNode external = manifests.stream()
                .filter(m -> m.at("/manifest/kind").asText().equals("ExternalSecret"))
                .findFirst()
                .orElseThrow();
        assertThat(external.at("/manifest/spec/data/0/remoteRef/key").asText())
                .isEqualTo("enis/prod/billing/stripe-api-key");
        String env = template.resource("kubernetes_deployment_v1")
                .at("/spec/template/spec/container/0/env")
                .toString();
        assertThat(env).contains("STRIPE_API_KEY", "billing-secrets", "RATE_LIMIT_PER_MINUTE");
        assertThat(env).doesNotContain("sk_");
    }

    @Test
    void refusesLatestUntaggedAndBadDisruptionBudget() {
        assertThatThrownBy(() -> billing().image("repo/billing:latest").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("ServiceDeploymentProps.image: 'repo/billing:latest' uses the mutable tag latest; "
                        + "allowed: an immutable version or a digest");
        assertThatThrownBy(() -> billing().image("registry:5000/billing").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("has no tag");
        assertThat(billing()
                        .image("repo/billing@sha256:" + "a".repeat(64))
                        .build()
                        .image())
                .contains("@sha256:");
        assertThatThrownBy(() -> billing().minReplicas(2).minAvailable(2).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("ServiceDeploymentProps.minAvailable: is 2 with minReplicas 2; allowed: 0..1 "
                        + "(below minReplicas, so a node drain can evict a pod)");
        assertThatThrownBy(() -> ContainerResources.builder()
                        .cpuRequest("500m")
                        .memoryRequest("256Mi")
                        .cpuLimit("250m")
                        .memoryLimit("512Mi")
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage(
                        "ContainerResources.cpuLimit: 250m is below cpuRequest 500m; allowed: a limit at least the request");
    }

    @Test
    void persistentStorageIsOneReplicaOnAClaimReplacedWithRecreate() {
        Template template = synth(props -> props.minReplicas(1)
                .maxReplicas(1)
                .minAvailable(0)
                .storage(new PersistentStorage("/var/lib/enis", 50, "gp3")));
        JsonNode claim = template.resource("kubernetes_persistent_volume_claim_v1");
        assertThat(claim.at("/spec/access_modes/0").asText()).isEqualTo("ReadWriteOnce");
        assertThat(claim.at("/spec/storage_class_name").asText()).isEqualTo("gp3");
        assertThat(claim.at("/spec/resources/requests/storage").asText()).isEqualTo("50Gi");
        assertThat(claim.at("/metadata/namespace").asText()).contains("kubernetes_namespace_v1");
        JsonNode deployment = template.resource("kubernetes_deployment_v1").path("spec");
        assertThat(deployment.at("/strategy/type").asText()).isEqualTo("Recreate");
        JsonNode pod = deployment.at("/template/spec");
        assertThat(pod.at("/volume/1/persistent_volume_claim/claim_name").asText())
                .contains("kubernetes_persistent_volume_claim_v1");
        assertThat(pod.at("/container/0/volume_mount/1/mount_path").asText()).isEqualTo("/var/lib/enis");
        assertThat(pod.at("/container/0/security_context/read_only_root_filesystem")
                        .asBoolean())
                .isTrue();

        JsonNode rolling =
                synth(props -> props).resource("kubernetes_deployment_v1").at("/spec/strategy");
        assertThat(rolling.at("/type").asText()).isEqualTo("RollingUpdate");
        assertThat(synth(props -> props).resources("kubernetes_persistent_volume_claim_v1"))
                .isEmpty();
        assertThat(template.resources("kubernetes_horizontal_pod_autoscaler_v2"))
                .as("one replica on its volume: nothing to scale")
                .isEmpty();
        assertThat(synth(props -> props).resources("kubernetes_horizontal_pod_autoscaler_v2"))
                .hasSize(1);
    }

    @Test
    void refusesStorageWithMoreThanOneReplicaOrOnTmp() {
        assertThatThrownBy(() -> billing()
                        .storage(new PersistentStorage("/var/lib/enis", 10, "gp3"))
                        .build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("ServiceDeploymentProps.storage: needs maxReplicas 1");
        assertThatThrownBy(() -> new PersistentStorage("/tmp", 10, "gp3"))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("PersistentStorage.mountPath");
        assertThatThrownBy(() -> new PersistentStorage("/data", 0, "gp3"))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("PersistentStorage.sizeGi");
    }

    @Test
    void theRoleTrustsExactlyTheDeploymentsOwnServiceAccount() {
        Template template = synth(props -> props);
        JsonNode trust = template.dataSources("aws_iam_policy_document").values().stream()
                .filter(d -> d.at("/statement/0/sid").asText().equals("ServiceAccountAssumesRole"))
                .findFirst()
                .orElseThrow();
        assertThat(trust.at("/statement/0/condition/0/values").toString())
                .isEqualTo("[\"system:serviceaccount:billing:billing\"]");
    }

    @Test
    void aRoleServesOneDeployment() {
        var stack = TestStacks.awsAndKubernetes();
        ServiceRole role = role(stack);
        new ServiceDeployment(stack, "Billing", billing(role).build());
        assertThatThrownBy(() -> new ServiceDeployment(
                        stack, "Scorecard", billing(role).name("scorecard").build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already trusts system:serviceaccount:billing:billing")
                .hasMessageContaining("system:serviceaccount:scorecard:scorecard needs a role of its own");
    }

    @Test
    void theRoleIsRequired() {
        assertThatThrownBy(() -> billing().role(null).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("ServiceDeploymentProps.role: is required");
    }

    @Test
    void aRoleNoDeploymentTrustsFailsSynth() {
        var stack = TestStacks.aws();
        role(stack);
        assertThatThrownBy(() -> Template.synth(stack))
                .hasMessageContaining("trusts no service account; give it to a ServiceDeployment");
    }
}
