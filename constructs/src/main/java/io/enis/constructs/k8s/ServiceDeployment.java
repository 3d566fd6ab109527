package io.enis.constructs.k8s;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1Config;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecSelector;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecStrategy;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecStrategyRollingUpdate;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplate;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateMetadata;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpec;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainer;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerEnv;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerEnvValueFrom;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerEnvValueFromSecretKeyRef;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerLivenessProbe;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerLivenessProbeHttpGet;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerPort;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerReadinessProbe;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerReadinessProbeHttpGet;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerResources;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerSecurityContext;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerSecurityContextCapabilities;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerSecurityContextSeccompProfile;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecContainerVolumeMount;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecSecurityContext;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecSecurityContextSeccompProfile;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecTopologySpreadConstraint;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecTopologySpreadConstraintLabelSelector;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecVolume;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecVolumeEmptyDir;
import com.hashicorp.cdktf.providers.kubernetes.deployment_v1.DeploymentV1SpecTemplateSpecVolumePersistentVolumeClaim;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2Config;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2Metadata;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2Spec;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2SpecMetric;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2SpecMetricResource;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2SpecMetricResourceTarget;
import com.hashicorp.cdktf.providers.kubernetes.horizontal_pod_autoscaler_v2.HorizontalPodAutoscalerV2SpecScaleTargetRef;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1Config;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.persistent_volume_claim_v1.PersistentVolumeClaimV1;
import com.hashicorp.cdktf.providers.kubernetes.persistent_volume_claim_v1.PersistentVolumeClaimV1Config;
import com.hashicorp.cdktf.providers.kubernetes.persistent_volume_claim_v1.PersistentVolumeClaimV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.persistent_volume_claim_v1.PersistentVolumeClaimV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.persistent_volume_claim_v1.PersistentVolumeClaimV1SpecResources;
import com.hashicorp.cdktf.providers.kubernetes.pod_disruption_budget_v1.PodDisruptionBudgetV1;
import com.hashicorp.cdktf.providers.kubernetes.pod_disruption_budget_v1.PodDisruptionBudgetV1Config;
import com.hashicorp.cdktf.providers.kubernetes.pod_disruption_budget_v1.PodDisruptionBudgetV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.pod_disruption_budget_v1.PodDisruptionBudgetV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.pod_disruption_budget_v1.PodDisruptionBudgetV1SpecSelector;
import com.hashicorp.cdktf.providers.kubernetes.service_account_v1.ServiceAccountV1;
import com.hashicorp.cdktf.providers.kubernetes.service_account_v1.ServiceAccountV1Config;
import com.hashicorp.cdktf.providers.kubernetes.service_account_v1.ServiceAccountV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.service_v1.ServiceV1;
import com.hashicorp.cdktf.providers.kubernetes.service_v1.ServiceV1Config;
import com.hashicorp.cdktf.providers.kubernetes.service_v1.ServiceV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.service_v1.ServiceV1Spec;
import com.hashicorp.cdktf.providers.kubernetes.service_v1.ServiceV1SpecPort;
import io.enis.constructs.core.OrderedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * One HTTP service on Kubernetes, hardened by default.
 *
 * <ul>
 *   <li>its own namespace, enforcing the Pod Security {@code restricted} profile;</li>
 *   <li>a service account annotated with its IRSA role, which it makes trust exactly this
 *       namespace and service account (no Kubernetes API token mounted);</li>
 *   <li>a Deployment: non-root (uid 10001), read-only root filesystem with an in-memory
 *       {@code /tmp}, all capabilities dropped, no privilege escalation, seccomp
 *       {@code RuntimeDefault}, requests and limits, liveness {@code /health/live} and readiness
 *       {@code /health/ready} probes, rolling updates without unavailability, spread across zones
 *       and nodes, a pinned image;</li>
 *   <li>a ClusterIP Service, a HorizontalPodAutoscaler (CPU; none with a persistent volume, whose one
 *       replica it could not scale), a PodDisruptionBudget;</li>
 *   <li>network policies: deny everything, then allow the ALB, Prometheus and named callers in,
 *       and DNS plus named destinations out ({@link ServiceNetworkPolicy});</li>
 *   <li>optionally an HTTPS Ingress on the shared ALB ({@link ServiceIngress}), secrets from
 *       AWS Secrets Manager through External Secrets ({@link ServiceSecrets}), and a persistent
 *       volume ({@link PersistentStorage}: one replica, {@code Recreate} updates).</li>
 * </ul>
 */
public final class ServiceDeployment extends Construct {
    /** Name of the container port; Services, probes, monitors and policies refer to it. */
    public static final String PORT_NAME = "http";
    /** The port of the ClusterIP Service in front of the pods (it forwards to the container port {@link #PORT_NAME}). */
    public static final int SERVICE_PORT = 80;
    /** The uid and gid the container runs as. */
    public static final String RUN_AS = "10001";

    private final String name;
    private final Map<String, String> selector;
    private final DeploymentV1 deployment;
    private String claimName;

    public ServiceDeployment(Construct scope, String id, ServiceDeploymentProps props) {
        super(scope, id);
        this.name = props.name();
        this.selector = Map.of("app.kubernetes.io/name", name);
        Map<String, String> labels = new LinkedHashMap<>(selector);
        labels.put("app.kubernetes.io/version", props.version());
        labels.put("app.kubernetes.io/part-of", "enis");
        labels.put("app.kubernetes.io/managed-by", "cdktf");

        var namespace = new NamespaceV1(
                this,
                "Namespace",
                NamespaceV1Config.builder()
                        .metadata(NamespaceV1Metadata.builder()
                                .name(name)
                                .labels(OrderedMap.strings(
                                        "pod-security.kubernetes.io/enforce", "restricted",
                                        "pod-security.kubernetes.io/audit", "restricted",
                                        "pod-security.kubernetes.io/warn", "restricted",
                                        "app.kubernetes.io/part-of", "enis"))
                                .build())
                        .build());
        String ns = namespace.getMetadata().getName();
        props.role().trustServiceAccount(name, name);
        var account = new ServiceAccountV1(
                this,
                "ServiceAccount",
                ServiceAccountV1Config.builder()
                        .metadata(ServiceAccountV1Metadata.builder()
                                .name(name)
                                .namespace(ns)
                                .annotations(Map.of(
                                        "eks.amazonaws.com/role-arn",
                                        props.role().arn()))
                                .labels(labels)
                                .build())
                        .automountServiceAccountToken(false)
                        .build());

        List<DeploymentV1SpecTemplateSpecContainerEnv> env = new ArrayList<>();
        props.env()
                .forEach((key, value) -> env.add(DeploymentV1SpecTemplateSpecContainerEnv.builder()
                        .name(key)
                        .value(value)
                        .build()));
        if (!props.secrets().isEmpty()) {
            var secrets = new ServiceSecrets(
                    this,
                    "Secrets",
                    ns,
                    name,
                    props.awsRegion(),
                    props.secrets(),
                    account.getMetadata().getName());
            props.secrets()
                    .keySet()
                    .forEach(key -> env.add(DeploymentV1SpecTemplateSpecContainerEnv.builder()
                            .name(key)
                            .valueFrom(DeploymentV1SpecTemplateSpecContainerEnvValueFrom.builder()
                                    .secretKeyRef(
                                            DeploymentV1SpecTemplateSpecContainerEnvValueFromSecretKeyRef.builder()
                                                    .name(secrets.kubernetesSecretName())
                                                    .key(key)
                                                    .build())
                                    .build())
                            .build()));
        }

        if (props.storage() != null) {
            var claim = new PersistentVolumeClaimV1(
                    this,
                    "Data",
                    PersistentVolumeClaimV1Config.builder()
                            .metadata(PersistentVolumeClaimV1Metadata.builder()
                                    .name(name + "-data")
                                    .namespace(ns)
                                    .labels(labels)
                                    .build())
                            .spec(PersistentVolumeClaimV1Spec.builder()
                                    .accessModes(List.of("ReadWriteOnce"))
                                    .storageClassName(props.storage().storageClass())
                                    .resources(PersistentVolumeClaimV1SpecResources.builder()
                                            .requests(Map.of(
                                                    "storage", props.storage().sizeGi() + "Gi"))
                                            .build())
                                    .build())
                            // the platform's StorageClass binds when the pod is scheduled (WaitForFirstConsumer)
                            .waitUntilBound(false)
                            .build());
            this.claimName = claim.getMetadata().getName();
        }
        this.deployment = new DeploymentV1(
                this,
                "Deployment",
                DeploymentV1Config.builder()
                        .metadata(DeploymentV1Metadata.builder()
                                .name(name)
                                .namespace(ns)
                                .labels(labels)
                                .build())
                        .spec(DeploymentV1Spec.builder()
                                .replicas(String.valueOf(props.minReplicas()))
                                .revisionHistoryLimit(5)
                                .selector(DeploymentV1SpecSelector.builder()
                                        .matchLabels(selector)
                                        .build())
                                .strategy(strategy(props))
                                .template(DeploymentV1SpecTemplate.builder()
                                        .metadata(DeploymentV1SpecTemplateMetadata.builder()
                                                .labels(labels)
                                                .build())
                                        .spec(podSpec(
                                                props, account.getMetadata().getName(), env))
                                        .build())
                                .build())
                        // the HorizontalPodAutoscaler owns the replica count after creation
                        .lifecycle(TerraformResourceLifecycle.builder()
                                .ignoreChanges(List.of("spec[0].replicas"))
                                .build())
                        .build());

        new ServiceV1(
                this,
                "Service",
                ServiceV1Config.builder()
                        .metadata(ServiceV1Metadata.builder()
                                .name(name)
                                .namespace(ns)
                                .labels(labels)
                                .build())
                        .spec(ServiceV1Spec.builder()
                                .type("ClusterIP")
                                .selector(selector)
                                .port(List.of(ServiceV1SpecPort.builder()
                                        .name(PORT_NAME)
                                        .port(SERVICE_PORT)
                                        .targetPort(PORT_NAME)
                                        .protocol("TCP")
                                        .build()))
                                .build())
                        .build());

        if (props.storage() == null) {
            autoscaler(props, ns, labels);
        }

        new PodDisruptionBudgetV1(
                this,
                "DisruptionBudget",
                PodDisruptionBudgetV1Config.builder()
                        .metadata(PodDisruptionBudgetV1Metadata.builder()
                                .name(name)
                                .namespace(ns)
                                .labels(labels)
                                .build())
                        .spec(PodDisruptionBudgetV1Spec.builder()
                                .minAvailable(String.valueOf(props.minAvailable()))
                                .selector(PodDisruptionBudgetV1SpecSelector.builder()
                                        .matchLabels(selector)
                                        .build())
                                .build())
                        .build());

        new ServiceNetworkPolicy(this, "NetworkPolicy", ns, selector, props);
        if (props.ingress() != null) {
            new ServiceIngress(this, "Ingress", ns, name, props.pathPrefixes(), props.ingress());
        }
    }

    /** The HorizontalPodAutoscaler (CPU) between the props' minimum and maximum replicas. */
    private void autoscaler(ServiceDeploymentProps props, String ns, Map<String, String> labels) {
        new HorizontalPodAutoscalerV2(
                this,
                "Autoscaler",
                HorizontalPodAutoscalerV2Config.builder()
                        .metadata(HorizontalPodAutoscalerV2Metadata.builder()
                                .name(name)
                                .namespace(ns)
                                .labels(labels)
                                .build())
                        .spec(HorizontalPodAutoscalerV2Spec.builder()
                                .minReplicas(props.minReplicas())
                                .maxReplicas(props.maxReplicas())
                                .scaleTargetRef(HorizontalPodAutoscalerV2SpecScaleTargetRef.builder()
                                        .apiVersion("apps/v1")
                                        .kind("Deployment")
                                        .name(deployment.getMetadata().getName())
                                        .build())
                                .metric(List.of(HorizontalPodAutoscalerV2SpecMetric.builder()
                                        .type("Resource")
                                        .resource(HorizontalPodAutoscalerV2SpecMetricResource.builder()
                                                .name("cpu")
                                                .target(HorizontalPodAutoscalerV2SpecMetricResourceTarget.builder()
                                                        .type("Utilization")
                                                        .averageUtilization(props.targetCpuUtilization())
                                                        .build())
                                                .build())
                                        .build()))
                                .build())
                        .build());
    }

    private List<DeploymentV1SpecTemplateSpecContainerVolumeMount> volumeMounts(ServiceDeploymentProps props) {
        List<DeploymentV1SpecTemplateSpecContainerVolumeMount> mounts = new ArrayList<>();
        mounts.add(DeploymentV1SpecTemplateSpecContainerVolumeMount.builder()
                .name("tmp")
                .mountPath("/tmp")
                .build());
        if (props.storage() != null) {
            mounts.add(DeploymentV1SpecTemplateSpecContainerVolumeMount.builder()
                    .name("data")
                    .mountPath(props.storage().mountPath())
                    .build());
        }
        return mounts;
    }

    private List<DeploymentV1SpecTemplateSpecVolume> volumes(ServiceDeploymentProps props) {
        List<DeploymentV1SpecTemplateSpecVolume> volumes = new ArrayList<>();
        volumes.add(DeploymentV1SpecTemplateSpecVolume.builder()
                .name("tmp")
                .emptyDir(DeploymentV1SpecTemplateSpecVolumeEmptyDir.builder()
                        .medium("Memory")
                        .sizeLimit("64Mi")
                        .build())
                .build());
        if (props.storage() != null) {
            volumes.add(DeploymentV1SpecTemplateSpecVolume.builder()
                    .name("data")
                    .persistentVolumeClaim(DeploymentV1SpecTemplateSpecVolumePersistentVolumeClaim.builder()
                            .claimName(claimName)
                            .build())
                    .build());
        }
        return volumes;
    }

    /** Rolling updates without unavailability; {@code Recreate} when a ReadWriteOnce volume must move. */
    private static DeploymentV1SpecStrategy strategy(ServiceDeploymentProps props) {
        if (props.storage() != null) {
            return DeploymentV1SpecStrategy.builder().type("Recreate").build();
        }
        return DeploymentV1SpecStrategy.builder()
                .type("RollingUpdate")
                .rollingUpdate(DeploymentV1SpecStrategyRollingUpdate.builder()
                        .maxSurge("25%")
                        .maxUnavailable("0")
                        .build())
                .build();
    }

    private DeploymentV1SpecTemplateSpec podSpec(
            ServiceDeploymentProps props, String serviceAccount, List<DeploymentV1SpecTemplateSpecContainerEnv> env) {
        var container = DeploymentV1SpecTemplateSpecContainer.builder()
                .name(name)
                .image(props.image())
                .imagePullPolicy("IfNotPresent")
                .port(List.of(DeploymentV1SpecTemplateSpecContainerPort.builder()
                        .name(PORT_NAME)
                        .containerPort(props.port())
                        .protocol("TCP")
                        .build()))
                .env(env)
                .resources(DeploymentV1SpecTemplateSpecContainerResources.builder()
                        .requests(props.resources().requests())
                        .limits(props.resources().limits())
                        .build())
                .livenessProbe(DeploymentV1SpecTemplateSpecContainerLivenessProbe.builder()
                        .httpGet(DeploymentV1SpecTemplateSpecContainerLivenessProbeHttpGet.builder()
                                .path("/health/live")
                                .port(PORT_NAME)
                                .build())
                        .initialDelaySeconds(10)
                        .periodSeconds(10)
                        .timeoutSeconds(2)
                        .failureThreshold(3)
                        .build())
                .readinessProbe(DeploymentV1SpecTemplateSpecContainerReadinessProbe.builder()
                        .httpGet(DeploymentV1SpecTemplateSpecContainerReadinessProbeHttpGet.builder()
                                .path("/health/ready")
                                .port(PORT_NAME)
                                .build())
                        .initialDelaySeconds(5)
                        .periodSeconds(5)
                        .timeoutSeconds(2)
                        .failureThreshold(3)
                        .build())
                .securityContext(DeploymentV1SpecTemplateSpecContainerSecurityContext.builder()
                        .runAsNonRoot(true)
                        .runAsUser(RUN_AS)
                        .runAsGroup(RUN_AS)
                        .readOnlyRootFilesystem(true)
                        .allowPrivilegeEscalation(false)
                        .privileged(false)
                        .capabilities(DeploymentV1SpecTemplateSpecContainerSecurityContextCapabilities.builder()
                                .drop(List.of("ALL"))
                                .build())
                        .seccompProfile(DeploymentV1SpecTemplateSpecContainerSecurityContextSeccompProfile.builder()
                                .type("RuntimeDefault")
                                .build())
                        .build())
                .volumeMount(volumeMounts(props))
                .build();
        return DeploymentV1SpecTemplateSpec.builder()
                .serviceAccountName(serviceAccount)
                .automountServiceAccountToken(false)
                .enableServiceLinks(false)
                .terminationGracePeriodSeconds(30)
                .securityContext(DeploymentV1SpecTemplateSpecSecurityContext.builder()
                        .runAsNonRoot(true)
                        .runAsUser(RUN_AS)
                        .runAsGroup(RUN_AS)
                        .fsGroup(RUN_AS)
                        .seccompProfile(DeploymentV1SpecTemplateSpecSecurityContextSeccompProfile.builder()
                                .type("RuntimeDefault")
                                .build())
                        .build())
                .container(List.of(container))
                .volume(volumes(props))
                .topologySpreadConstraint(
                        List.of(spread("topology.kubernetes.io/zone"), spread("kubernetes.io/hostname")))
                .build();
    }

    private DeploymentV1SpecTemplateSpecTopologySpreadConstraint spread(String topologyKey) {
        return DeploymentV1SpecTemplateSpecTopologySpreadConstraint.builder()
                .topologyKey(topologyKey)
                .maxSkew(1)
                .whenUnsatisfiable("ScheduleAnyway")
                .labelSelector(List.of(DeploymentV1SpecTemplateSpecTopologySpreadConstraintLabelSelector.builder()
                        .matchLabels(selector)
                        .build()))
                .build();
    }

    /** The namespace (equal to the service name). */
    public String namespace() {
        return name;
    }

    /** The Kubernetes Service name (equal to the service name), port {@link #SERVICE_PORT}. */
    public String serviceName() {
        return name;
    }

    /**
     * The in-cluster base URL of the service a deployment named {@code name} runs:
     * {@code http://<name>.<name>.svc.cluster.local:80} (its Service, in its namespace, on {@link #SERVICE_PORT}).
     */
    public static String clusterUrl(String name) {
        return "http://" + name + "." + name + ".svc.cluster.local:" + SERVICE_PORT;
    }

    /** The pod labels selecting this service's pods. */
    public Map<String, String> selector() {
        return selector;
    }

    /** The underlying {@code kubernetes_deployment_v1}. */
    public DeploymentV1 deployment() {
        return deployment;
    }
}
