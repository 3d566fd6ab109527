package io.enis.constructs.k8s;

import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * Props of {@link ServiceDeployment}; build with {@link #builder()}.
 *
 * @param name required: DNS label naming the namespace, service account, deployment and service
 * @param image required: {@code repository:version} or {@code repository@sha256:digest}; never {@code latest}
 * @param version required: the release version, set as the {@code app.kubernetes.io/version} label
 * @param port container port serving HTTP, {@code /health/*} and {@code /metrics}; default 8080
 * @param minReplicas required: HPA minimum, above {@code minAvailable}
 * @param maxReplicas required: HPA maximum, at least {@code minReplicas}
 * @param minAvailable required: PodDisruptionBudget minimum, below {@code minReplicas} (0 allowed)
 * @param resources required: requests and limits (limits at least the requests)
 * @param role required: the IRSA role of the service account; the deployment makes it trust exactly
 *     its own namespace and service account (both named {@code name}), so a role serves one deployment
 * @param pathPrefixes required: the service's paths under the shared host, e.g. {@code /v1/billing}
 * @param env configuration as environment variables; default none
 * @param secrets environment variables read from AWS Secrets Manager through External Secrets;
 *     default none. The SecretStore authenticates as the service's own service account (IRSA), so
 *     the role must allow {@code secretsmanager:GetSecretValue} on exactly these secrets.
 * @param awsRegion region of the secrets; required when {@code secrets} is not empty
 * @param ingress exposure through the shared ALB; default none (cluster-internal only)
 * @param allowedCallers namespaces whose pods may call the service; default none
 * @param egress destinations the pods may reach besides cluster DNS; default none
 * @param monitoringNamespace namespace of Prometheus, admitted to scrape; default {@code monitoring}
 * @param targetCpuUtilization HPA CPU target in percent; default 70
 * @param storage a persistent volume; default none (only the in-memory {@code /tmp}). With storage
 *     {@code maxReplicas} must be 1 (the volume is ReadWriteOnce)
 */
@RecordBuilder
public record ServiceDeploymentProps(String name, String image, String version, Integer port, Integer minReplicas,
        Integer maxReplicas, Integer minAvailable, ContainerResources resources, ServiceRole role, List<String> pathPrefixes,
        Map<String, String> env, Map<String, SecretSource> secrets, String awsRegion, IngressSettings ingress,
        List<String> allowedCallers, List<EgressRule> egress, String monitoringNamespace, Integer targetCpuUtilization,
        PersistentStorage storage) {

    static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
    private static final String DNS_LABEL_ALLOWED = "use a Kubernetes DNS label (lower-case letters, digits, '-')";

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing, malformed or contradicts another */
    public ServiceDeploymentProps {
        Require require = Require.of("ServiceDeploymentProps");
        require.matches("name", name, DNS_LABEL, DNS_LABEL_ALLOWED);
        ImageReference.requirePinned("ServiceDeploymentProps", "image", image);
        require.text("version", version);
        port = require.range("port", port == null ? 8080 : port, 1024, 65535);
        require.range("minReplicas", require.present("minReplicas", minReplicas), 1, 1000);
        require.range("maxReplicas", require.present("maxReplicas", maxReplicas), minReplicas, 1000);
        require.present("minAvailable", minAvailable);
        require.check(minAvailable >= 0 && minAvailable < minReplicas, "minAvailable",
                "is " + minAvailable + " with minReplicas " + minReplicas
                        + "; allowed: 0.." + (minReplicas - 1) + " (below minReplicas, so a node drain can evict a pod)");
        require.present("resources", resources);
        require.present("role", role);
        pathPrefixes = require.notEmpty("pathPrefixes", pathPrefixes);
        for (String prefix : pathPrefixes) {
            require.matches("pathPrefixes", prefix, "/[a-z0-9/-]*[a-z0-9]", "use absolute paths such as /v1/billing");
        }
        env = require.map(env);
        secrets = require.map(secrets);
        for (String variable : env.keySet()) {
            require.matches("env", variable, "[A-Z_][A-Z0-9_]*", "use upper-case environment variable names");
        }
        for (String variable : secrets.keySet()) {
            require.matches("secrets", variable, "[A-Z_][A-Z0-9_]*", "use upper-case environment variable names");
            require.check(!env.containsKey(variable), "secrets", variable + " is also in env; allowed: each variable once");
        }
        if (!secrets.isEmpty()) {
            require.text("awsRegion", awsRegion);
        }
        allowedCallers = require.list(allowedCallers);
        for (String caller : allowedCallers) {
            require.matches("allowedCallers", caller, DNS_LABEL, DNS_LABEL_ALLOWED);
        }
        egress = require.list(egress);
        monitoringNamespace = monitoringNamespace == null ? "monitoring" : monitoringNamespace;
        targetCpuUtilization = require.range("targetCpuUtilization", targetCpuUtilization == null ? 70 : targetCpuUtilization, 10, 100);
        if (storage != null) {
            require.check(maxReplicas == 1, "storage", "needs maxReplicas 1 (a ReadWriteOnce volume is mounted by one pod); "
                    + "maxReplicas is " + maxReplicas);
        }
    }

    public static ServiceDeploymentPropsBuilder builder() {
        return ServiceDeploymentPropsBuilder.builder();
    }
}
