package io.enis.policy.rules;

import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.policy.Severity;
import io.enis.policy.model.TerraformModel;
import io.enis.policy.model.TerraformResource;
import io.enis.policy.model.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Kubernetes workloads declared with the Kubernetes provider (deployments, stateful sets, daemon
 * sets, jobs, cron jobs, pods): pod security, resources, probes, images, host access, network
 * policies. A container setting counts when set on the container or inherited from the pod.
 */
final class KubernetesRules {
    /** Workload types and the path of their pod spec. */
    static final Map<String, String> WORKLOADS = Map.of(
            "kubernetes_deployment_v1",
            "spec.template.spec",
            "kubernetes_deployment",
            "spec.template.spec",
            "kubernetes_stateful_set_v1",
            "spec.template.spec",
            "kubernetes_daemon_set_v1",
            "spec.template.spec",
            "kubernetes_job_v1",
            "spec.template.spec",
            "kubernetes_cron_job_v1",
            "spec.job_template.spec.template.spec",
            "kubernetes_pod_v1",
            "spec");

    private KubernetesRules() {}

    /** One container with the pod spec around it. */
    record Container(TerraformResource workload, JsonNode pod, JsonNode container) {
        String name() {
            return container.path("name").asText("?");
        }

        /** A security-context setting of the container, else of the pod. */
        JsonNode security(String key) {
            JsonNode own = first(container.path("security_context")).path(key);
            return own.isMissingNode() ? first(pod.path("security_context")).path(key) : own;
        }
    }

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-K8S-001",
                                Severity.HIGH,
                                "Containers run as non-root",
                                "A root process that escapes the container is root on the node.",
                                "Use ServiceDeployment (runAsNonRoot, uid 10001).",
                                "CKV_K8S_23",
                                soc2("CC6.1"),
                                iso("A.8.9"),
                                pci("2.2.1")),
                        containers(
                                (model, c) -> Values.isTrue(c.security("run_as_non_root")) ? null : "may run as root")),
                Rule.of(
                        info(
                                "ENIS-K8S-002",
                                Severity.MEDIUM,
                                "Containers have a read-only root filesystem",
                                "A writable root filesystem lets an intruder drop tools and persist changes.",
                                "Use ServiceDeployment (read-only root, in-memory /tmp).",
                                "CKV_K8S_22",
                                soc2("CC6.8"),
                                iso("A.8.9")),
                        containers((model, c) -> Values.isTrue(c.security("read_only_root_filesystem"))
                                ? null
                                : "has a writable root filesystem")),
                Rule.of(
                        info(
                                "ENIS-K8S-003",
                                Severity.HIGH,
                                "Containers cannot escalate privileges",
                                "setuid binaries would give a process more rights than its user.",
                                "Use ServiceDeployment (allowPrivilegeEscalation false).",
                                "CKV_K8S_20",
                                soc2("CC6.1"),
                                iso("A.8.9"),
                                pci("2.2.1")),
                        containers((model, c) -> Values.isFalseOrAbsent(c.security("allow_privilege_escalation"))
                                        && !c.security("allow_privilege_escalation")
                                                .isMissingNode()
                                ? null
                                : "may escalate privileges")),
                Rule.of(
                        info(
                                "ENIS-K8S-004",
                                Severity.MEDIUM,
                                "Containers drop all capabilities and are not privileged",
                                "Linux capabilities such as NET_RAW and SYS_ADMIN are attack surface a service does not need.",
                                "Use ServiceDeployment (capabilities drop ALL, privileged false).",
                                "CKV_K8S_37",
                                soc2("CC6.1"),
                                iso("A.8.9")),
                        containers((model, c) -> {
                            if (Values.isTrue(c.security("privileged"))) {
                                return "is privileged";
                            }
                            return Values.strings(first(c.security("capabilities"))
                                                    .path("drop"))
                                            .contains("ALL")
                                    ? null
                                    : "does not drop all capabilities";
                        })),
                Rule.of(
                        info(
                                "ENIS-K8S-005",
                                Severity.MEDIUM,
                                "Containers have CPU and memory requests and limits",
                                "Without limits one pod can starve its node; without requests scheduling is blind.",
                                "Use ServiceDeployment (resources from the environment file).",
                                "CKV_K8S_13",
                                soc2("A1.1"),
                                iso("A.8.6")),
                        containers((model, c) -> {
                            JsonNode resources = first(c.container().path("resources"));
                            List<String> missing = new ArrayList<>();
                            for (String kind : List.of("requests", "limits")) {
                                for (String resource : List.of("cpu", "memory")) {
                                    if (resources.path(kind).path(resource).isMissingNode()) {
                                        missing.add(kind + "." + resource);
                                    }
                                }
                            }
                            return missing.isEmpty() ? null : "has no " + missing;
                        })),
                Rule.of(
                        info(
                                "ENIS-K8S-006",
                                Severity.LOW,
                                "Long-running containers have liveness and readiness probes",
                                "Without probes a hung pod keeps receiving traffic and is never restarted.",
                                "Use ServiceDeployment (/health/live and /health/ready).",
                                "CKV_K8S_8",
                                soc2("A1.1"),
                                iso("A.8.16")),
                        containers((model, c) -> c.workload().type().contains("job")
                                        || c.workload().type().contains("pod")
                                        || (!c.container()
                                                        .path("liveness_probe")
                                                        .isMissingNode()
                                                && !c.container()
                                                        .path("readiness_probe")
                                                        .isMissingNode())
                                ? null
                                : "has no liveness or readiness probe")),
                Rule.of(
                        info(
                                "ENIS-K8S-007",
                                Severity.HIGH,
                                "Images are pinned by version or digest",
                                "latest or an untagged image changes under a running deployment without review.",
                                "Use ServiceDeployment (image at the environment's version); ImageReference refuses latest.",
                                "CKV_K8S_14",
                                soc2("CC8.1"),
                                iso("A.8.32"),
                                pci("6.5.1")),
                        containers((model, c) -> {
                            String image = c.container().path("image").asText("");
                            String tail = image.substring(image.lastIndexOf('/') + 1);
                            if (image.contains("@sha256:")) {
                                return null;
                            }
                            if (!tail.contains(":")) {
                                return "uses the untagged image " + image;
                            }
                            return tail.endsWith(":latest") ? "uses the image " + image : null;
                        })),
                Rule.of(
                        info(
                                "ENIS-K8S-008",
                                Severity.CRITICAL,
                                "Pods do not use the host's network, PID or IPC namespaces or paths",
                                "hostNetwork, hostPID, hostIPC and hostPath break the isolation between pod and node.",
                                "Remove host namespaces and hostPath volumes; use emptyDir or a PersistentVolumeClaim.",
                                "CKV_K8S_19",
                                soc2("CC6.1"),
                                iso("A.8.9"),
                                pci("2.2.1")),
                        workloads((model, workload, pod) -> {
                            List<String> host = new ArrayList<>();
                            for (String key : List.of("host_network", "host_pid", "host_ipc")) {
                                if (Values.isTrue(pod.path(key))) {
                                    host.add(key);
                                }
                            }
                            for (JsonNode volume : pod.path("volume")) {
                                if (!volume.path("host_path").isMissingNode()) {
                                    host.add("host_path volume "
                                            + volume.path("name").asText());
                                }
                            }
                            return host.isEmpty() ? null : "uses " + host;
                        })),
                Rule.of(
                        info(
                                "ENIS-K8S-009",
                                Severity.MEDIUM,
                                "Namespaces with workloads have network policies",
                                "Without a policy every pod accepts traffic from every other pod of the cluster.",
                                "Use ServiceDeployment (default deny plus an allow policy).",
                                null,
                                soc2("CC6.6"),
                                iso("A.8.22"),
                                pci("1.3.1")),
                        model -> {
                            Set<String> covered = new HashSet<>();
                            for (TerraformResource policy : model.resources("kubernetes_network_policy_v1")) {
                                covered.add(policy.at("metadata.namespace").asText("default"));
                            }
                            List<Violation> violations = new ArrayList<>();
                            for (var entry : WORKLOADS.entrySet()) {
                                for (TerraformResource workload : model.resources(entry.getKey())) {
                                    // compared as written: a reference to the namespace resource matches the same
                                    // reference
                                    JsonNode namespace = workload.at("metadata.namespace");
                                    if (!covered.contains(namespace.asText("default"))) {
                                        violations.add(new Violation(
                                                workload,
                                                "runs in namespace " + namespace.asText()
                                                        + " which has no network policy"));
                                    }
                                }
                            }
                            return violations;
                        }),
                Rule.of(
                        info(
                                "ENIS-K8S-010",
                                Severity.MEDIUM,
                                "Pods use the RuntimeDefault seccomp profile",
                                "Without seccomp every system call of the kernel is reachable from the container.",
                                "Use ServiceDeployment (seccomp RuntimeDefault).",
                                "CKV_K8S_31",
                                soc2("CC6.8"),
                                iso("A.8.9")),
                        containers((model, c) -> {
                            String type = first(c.security("seccomp_profile"))
                                    .path("type")
                                    .asText("");
                            return type.equals("RuntimeDefault") || type.equals("Localhost")
                                    ? null
                                    : "has no seccomp profile";
                        })),
                Rule.of(
                        info(
                                "ENIS-K8S-011",
                                Severity.MEDIUM,
                                "Stateless deployments run at least two replicas under an autoscaler",
                                "One replica is an outage on every node drain, rollout or crash; without a "
                                        + "HorizontalPodAutoscaler a load peak is one too.",
                                "Set services.<name>.replicas.min to 2 or more (observability: with "
                                        + "observability.metricsBackend remote); ServiceDeployment adds the HPA.",
                                null,
                                soc2("A1.2"),
                                iso("A.8.14")),
                        Rule.each("kubernetes_deployment_v1", KubernetesRules::replicated)));
    }

    /**
     * What keeps a deployment from being replicated: no HPA pointing at it, or one whose minimum is
     * below 2. A deployment on a PersistentVolumeClaim (one replica by design, ReadWriteOnce) passes.
     */
    private static String replicated(TerraformModel model, TerraformResource deployment) {
        JsonNode pod = deployment.at("spec.template.spec");
        for (JsonNode volume : pod.path("volume")) {
            if (!volume.path("persistent_volume_claim").isMissingNode()) {
                return null;
            }
        }
        List<TerraformResource> autoscalers = new ArrayList<>(
                model.pointingAt(deployment, "kubernetes_horizontal_pod_autoscaler_v2", "spec.scale_target_ref.name"));
        String name = deployment.at("metadata.name").asText("");
        for (TerraformResource hpa : model.resources("kubernetes_horizontal_pod_autoscaler_v2")) {
            if (!name.isEmpty()
                    && !Values.unknown(deployment.at("metadata.name"))
                    && name.equals(hpa.at("spec.scale_target_ref.name").asText())
                    && !autoscalers.contains(hpa)) {
                autoscalers.add(hpa);
            }
        }
        if (autoscalers.isEmpty()) {
            return "has no HorizontalPodAutoscaler";
        }
        for (TerraformResource hpa : autoscalers) {
            Integer min = Values.number(hpa.at("spec.min_replicas"));
            if (min != null && min < 2) {
                return "runs as few as " + min + " replica (" + hpa.address() + " min_replicas)";
            }
        }
        return null;
    }

    private interface WorkloadCheck {
        String problem(TerraformModel model, TerraformResource workload, JsonNode pod);
    }

    private static Function<TerraformModel, List<Violation>> workloads(WorkloadCheck check) {
        return model -> {
            List<Violation> violations = new ArrayList<>();
            WORKLOADS.forEach((type, podPath) -> {
                for (TerraformResource workload : model.resources(type)) {
                    String problem = check.problem(model, workload, workload.at(podPath));
                    if (problem != null) {
                        violations.add(new Violation(workload, problem));
                    }
                }
            });
            violations.sort(java.util.Comparator.comparing(v -> v.resource().address()));
            return violations;
        };
    }

    private static Function<TerraformModel, List<Violation>> containers(
            BiFunction<TerraformModel, Container, String> check) {
        return workloads((model, workload, pod) -> {
            List<String> problems = new ArrayList<>();
            for (String key : List.of("init_container", "container")) {
                for (JsonNode container : pod.path(key)) {
                    String problem = check.apply(model, new Container(workload, pod, container));
                    if (problem != null) {
                        problems.add("container " + new Container(workload, pod, container).name() + " " + problem);
                    }
                }
            }
            return problems.isEmpty() ? null : String.join("; ", problems);
        });
    }

    private static JsonNode first(JsonNode node) {
        return node.isArray() && node.size() > 0 ? node.get(0) : node;
    }
}
