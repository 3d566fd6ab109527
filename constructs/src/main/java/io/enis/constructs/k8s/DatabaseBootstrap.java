package io.enis.constructs.k8s;

import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1Config;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplate;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateMetadata;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpec;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainer;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerEnv;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerEnvFrom;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerEnvFromSecretRef;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerResources;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerSecurityContext;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerSecurityContextCapabilities;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerSecurityContextSeccompProfile;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecContainerVolumeMount;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecSecurityContext;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecVolume;
import com.hashicorp.cdktf.providers.kubernetes.job_v1.JobV1SpecTemplateSpecVolumeEmptyDir;
import com.hashicorp.cdktf.providers.kubernetes.manifest.Manifest;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Config;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgress;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressPorts;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressTo;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToIpBlock;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecEgressToNamespaceSelector;
import com.hashicorp.cdktf.providers.kubernetes.network_policy_v1.NetworkPolicyV1SpecPodSelector;
import com.hashicorp.cdktf.providers.kubernetes.manifest.ManifestConfig;
import io.enis.constructs.core.OrderedMap;
import java.util.List;
import software.constructs.Construct;

/**
 * Creates a service's role and database on a shared PostgreSQL instance, idempotently, with a
 * Kubernetes Job in the database admin namespace: the Job reads the master and the service's
 * credentials through External Secrets (the admin namespace's SecretStore), and runs {@code psql}
 * with the names and password passed as psql variables (quoted by {@code format(%I, %L)}, no SQL
 * built from strings). Re-running it converges: the role exists with the current password, the
 * database exists owned by it, {@code PUBLIC} has no access. The pod runs non-root with a
 * read-only root filesystem, and its network policy admits nothing in and lets out only DNS and
 * PostgreSQL in the database subnets.
 */
public final class DatabaseBootstrap extends Construct {
    /** Pinned client image (psql). */
    public static final String IMAGE = "postgres:16.3-alpine";
    /** The SQL the Job runs; the role and database are named after the service user. */
    static final String SQL = String.join("\n",
            "SELECT format('CREATE ROLE %I LOGIN', :'service_user') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'service_user')\\gexec",
            "SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'service_user', :'service_password')\\gexec",
            "SELECT format('CREATE DATABASE %I OWNER %I', :'service_user', :'service_user') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'service_user')\\gexec",
            "SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'service_user')\\gexec");

    /** Default namespace of the job: where {@link io.enis.constructs.platform.DatabaseAdmin} runs bootstrap jobs. */
    public static final String ADMIN_NAMESPACE = "db-admin";
    /** Default SecretStore of the job: the admin namespace's, which may read the master and the services' secrets. */
    public static final String ADMIN_SECRET_STORE = "aws-secrets-manager";
    /** Default service account of the job: the admin namespace's, bound to the role that may read those secrets. */
    public static final String ADMIN_SERVICE_ACCOUNT = "db-bootstrap";

    /** @see DatabaseBootstrapProps for what is required and the defaults */
    public DatabaseBootstrap(Construct scope, String id, DatabaseBootstrapProps props) {
        super(scope, id);
        String namespace = props.namespace();
        String secret = props.service() + "-db-bootstrap";
        var credentials = new Manifest(this, "Credentials", ManifestConfig.builder().manifest(OrderedMap.of(
                "apiVersion", "external-secrets.io/v1beta1", "kind", "ExternalSecret",
                "metadata", OrderedMap.of("name", secret, "namespace", namespace),
                "spec", OrderedMap.of("refreshInterval", "1h",
                        "secretStoreRef", OrderedMap.of("name", props.secretStore(), "kind", "SecretStore"),
                        "target", OrderedMap.of("name", secret, "creationPolicy", "Owner"),
                        "data", List.of(
                                remote("PGUSER", props.masterSecretArn(), "username"),
                                remote("PGPASSWORD", props.masterSecretArn(), "password"),
                                remote("SERVICE_USER", props.serviceSecretName(), "username"),
                                remote("SERVICE_PASSWORD", props.serviceSecretName(), "password"))))).build());
        new NetworkPolicyV1(this, "NetworkPolicy", NetworkPolicyV1Config.builder()
                .metadata(NetworkPolicyV1Metadata.builder().name(secret).namespace(namespace).build())
                .spec(NetworkPolicyV1Spec.builder()
                        .podSelector(NetworkPolicyV1SpecPodSelector.builder()
                                .matchLabels(OrderedMap.strings("app.kubernetes.io/name", secret)).build())
                        .policyTypes(List.of("Ingress", "Egress"))
                        .egress(egress(props.databaseCidrs()))
                        .build())
                .build());
        String command = "psql -v ON_ERROR_STOP=1 -v service_user=\"$SERVICE_USER\" -v service_password=\"$SERVICE_PASSWORD\" "
                + "-d postgres <<'SQL'\n" + SQL + "\nSQL\n";
        new JobV1(this, "Job", JobV1Config.builder()
                .metadata(JobV1Metadata.builder().name(secret).namespace(namespace)
                        .labels(OrderedMap.strings("app.kubernetes.io/name", secret, "app.kubernetes.io/part-of", "enis")).build())
                .spec(JobV1Spec.builder()
                        .backoffLimit(4)
                        .ttlSecondsAfterFinished("86400")
                        .template(JobV1SpecTemplate.builder()
                                .metadata(JobV1SpecTemplateMetadata.builder()
                                        .labels(OrderedMap.strings("app.kubernetes.io/name", secret)).build())
                                .spec(JobV1SpecTemplateSpec.builder()
                                        .restartPolicy("OnFailure")
                                        .serviceAccountName(props.serviceAccount())
                                        .automountServiceAccountToken(false)
                                        .securityContext(JobV1SpecTemplateSpecSecurityContext.builder()
                                                .runAsNonRoot(true).runAsUser("70").runAsGroup("70").build())
                                        .container(List.of(JobV1SpecTemplateSpecContainer.builder()
                                                .name("psql").image(IMAGE)
                                                .command(List.of("sh", "-c", command))
                                                .env(List.of(
                                                        env("PGHOST", props.host()), env("PGPORT", "5432"), env("PGSSLMODE", "require"),
                                                        env("HOME", "/tmp")))
                                                .envFrom(List.of(JobV1SpecTemplateSpecContainerEnvFrom.builder()
                                                        .secretRef(JobV1SpecTemplateSpecContainerEnvFromSecretRef.builder().name(secret).build())
                                                        .build()))
                                                .resources(JobV1SpecTemplateSpecContainerResources.builder()
                                                        .requests(OrderedMap.strings("cpu", "50m", "memory", "64Mi"))
                                                        .limits(OrderedMap.strings("cpu", "250m", "memory", "128Mi")).build())
                                                .securityContext(JobV1SpecTemplateSpecContainerSecurityContext.builder()
                                                        .runAsNonRoot(true).readOnlyRootFilesystem(true).allowPrivilegeEscalation(false)
                                                        .privileged(false)
                                                        .capabilities(JobV1SpecTemplateSpecContainerSecurityContextCapabilities.builder()
                                                                .drop(List.of("ALL")).build())
                                                        .seccompProfile(JobV1SpecTemplateSpecContainerSecurityContextSeccompProfile.builder()
                                                                .type("RuntimeDefault").build())
                                                        .build())
                                                .volumeMount(List.of(JobV1SpecTemplateSpecContainerVolumeMount.builder()
                                                        .name("tmp").mountPath("/tmp").build()))
                                                .build()))
                                        .volume(List.of(JobV1SpecTemplateSpecVolume.builder().name("tmp")
                                                .emptyDir(JobV1SpecTemplateSpecVolumeEmptyDir.builder().medium("Memory").sizeLimit("16Mi").build())
                                                .build()))
                                        .build())
                                .build())
                        .build())
                .waitForCompletion(true)
                .dependsOn(List.of(credentials))
                .build());
    }

    /** DNS, and PostgreSQL in the given CIDRs; nothing else, and no ingress at all. */
    private static List<NetworkPolicyV1SpecEgress> egress(List<String> databaseCidrs) {
        List<NetworkPolicyV1SpecEgress> egress = new java.util.ArrayList<>();
        egress.add(NetworkPolicyV1SpecEgress.builder()
                .to(List.of(NetworkPolicyV1SpecEgressTo.builder()
                        .namespaceSelector(NetworkPolicyV1SpecEgressToNamespaceSelector.builder()
                                .matchLabels(OrderedMap.strings("kubernetes.io/metadata.name", "kube-system")).build())
                        .build()))
                .ports(List.of(NetworkPolicyV1SpecEgressPorts.builder().protocol("UDP").port("53").build(),
                        NetworkPolicyV1SpecEgressPorts.builder().protocol("TCP").port("53").build()))
                .build());
        egress.add(NetworkPolicyV1SpecEgress.builder()
                .to(databaseCidrs.stream().map(cidr -> NetworkPolicyV1SpecEgressTo.builder()
                        .ipBlock(NetworkPolicyV1SpecEgressToIpBlock.builder().cidr(cidr).build()).build()).toList())
                .ports(List.of(NetworkPolicyV1SpecEgressPorts.builder().protocol("TCP").port("5432").build()))
                .build());
        return egress;
    }

    private static Object remote(String key, String secret, String property) {
        return OrderedMap.of("secretKey", key, "remoteRef", OrderedMap.of("key", secret, "property", property));
    }

    private static JobV1SpecTemplateSpecContainerEnv env(String name, String value) {
        return JobV1SpecTemplateSpecContainerEnv.builder().name(name).value(value).build();
    }
}
