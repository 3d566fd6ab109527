package io.enis.stacks.services;

import com.hashicorp.cdktf.TerraformStack;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.iam.ServiceRoleProps;
import io.enis.constructs.aws.secrets.GeneratedSecret;
import io.enis.constructs.aws.secrets.GeneratedSecretProps;
import io.enis.constructs.core.Naming;
import io.enis.constructs.k8s.IngressSettings;
import io.enis.constructs.k8s.PersistentStorage;
import io.enis.constructs.k8s.ServiceDeployment;
import io.enis.constructs.k8s.ServiceDeploymentProps;
import io.enis.constructs.k8s.ServiceMonitoring;
import io.enis.constructs.k8s.ServiceMonitoringProps;
import io.enis.constructs.platform.ClusterAddons;
import io.enis.stacks.common.AwsStackSetup;
import io.enis.stacks.common.ClusterProviders;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/**
 * What every service stack ({@code <service>-<env>}) has: backend and providers (the Kubernetes
 * provider points at the platform's cluster through remote state), an IRSA role, the hardened
 * {@link ServiceDeployment} on the shared ALB and {@link ServiceMonitoring}. Subclasses add the
 * service's own AWS resources and say what it needs through a {@link ServiceWiring}.
 */
public abstract class ServiceStack extends TerraformStack {
    /** Where {@code docs/runbooks/} is browsable; alert annotations link there. */
    public static final String RUNBOOKS_URL = "https://github.com/enis-cloud/enis/blob/main/docs/runbooks";

    protected final Environment env;
    protected final PlatformStack platform;
    protected final String service;
    protected final Naming naming;
    protected final Environment.ServiceSpec spec;

    protected ServiceStack(Construct scope, Environment env, PlatformStack platform, String service) {
        super(scope, service + "-" + env.name());
        this.env = env;
        this.platform = platform;
        this.service = service;
        this.naming = env.naming(service);
        this.spec = env.service(service);
        AwsStackSetup.configure(this, env, service);
        ClusterProviders.kubernetes(this, platform.cluster(), env.account().region());
    }

    /** Creates the role, the workload and its monitoring from what every service gets plus {@code wiring}. */
    /** The port every service's pods listen on (their Kubernetes Service maps port 80 to it). */
    public static final int PORT = 8080;

    /** Where a service with {@code storageGi} keeps its files ({@code DATA_DIR}). */
    public static final String DATA_DIR = "/var/lib/enis";

    /** The persistent volume of a service whose environment entry has {@code storageGi}; it becomes {@code DATA_DIR}. */
    private PersistentStorage storage(ServiceWiring wiring) {
        if (spec.storageGi() == null) {
            return null;
        }
        wiring.env("DATA_DIR", DATA_DIR);
        return new PersistentStorage(DATA_DIR, spec.storageGi(), ClusterAddons.STORAGE_CLASS);
    }

    /** Where the shared ALB's traffic to the pods comes from: the public subnets it has its nodes in. */
    private List<String> albSubnets() {
        return env.network().publicSubnets();
    }

    protected final ServiceDeployment deploy(List<String> pathPrefixes, ServiceWiring wiring) {
        PersistentStorage storage = storage(wiring);
        var adminKey = new GeneratedSecret(
                this,
                "AdminApiKey",
                GeneratedSecretProps.builder()
                        .name(naming.secretName("admin-api-key"))
                        .description("Bootstrap API key with every scope of " + service + " (ENIS_ADMIN_API_KEY)")
                        .key(platform.dataKey())
                        .build());
        wiring.secret("ENIS_ADMIN_API_KEY", adminKey.arn(), null)
                .env("PORT", String.valueOf(PORT))
                .env("ENVIRONMENT", env.name())
                .env("LOG_LEVEL", "INFO")
                // Kubernetes removes the pod's endpoints while it sends SIGTERM: keep serving 5 s with
                // readiness off, then drain up to SHUTDOWN_TIMEOUT (20 s) — within the 30 s grace period.
                .env("SHUTDOWN_DELAY", "5s")
                .env("RATE_LIMIT_PER_MINUTE", String.valueOf(spec.rateLimitPerMinute()))
                .env("OTEL_EXPORTER_OTLP_ENDPOINT", ClusterAddons.TRACING_ENDPOINT)
                // the ALB (target type ip) reaches the pods from its subnets and appends the client's
                // address to X-Forwarded-For: the services' per-client limits count that client
                .env("TRUSTED_PROXIES", String.join(",", albSubnets()))
                .egress("tracing", env.network().vpcCidr(), ClusterAddons.TRACING_PORT);
        var role = new ServiceRole(
                this,
                "Role",
                ServiceRoleProps.builder()
                        .naming(naming)
                        .oidcProviderArn(platform.cluster().oidcProviderArn())
                        .oidcIssuerUrl(platform.cluster().oidcIssuerUrl())
                        .build());
        wiring.grantTo(role);
        var deployment = new ServiceDeployment(
                this,
                "Service",
                ServiceDeploymentProps.builder()
                        .name(service)
                        .image(platform.registry().repositoryUrl(service) + ":" + spec.version())
                        .version(spec.version())
                        .minReplicas(spec.replicas().min())
                        .maxReplicas(spec.replicas().max())
                        .minAvailable(spec.minAvailable())
                        .resources(spec.resources().container())
                        .role(role)
                        .pathPrefixes(pathPrefixes)
                        .env(wiring.env())
                        .secrets(wiring.secrets())
                        .awsRegion(env.account().region())
                        .ingress(IngressSettings.builder()
                                .host(env.ingress().domain())
                                .certificateArn(env.ingress().certificateArn())
                                .scheme(env.ingress().scheme())
                                .group(Environment.PROJECT + "-" + env.name())
                                .sourceCidrs(albSubnets())
                                .build())
                        .allowedCallers(wiring.callers())
                        .storage(storage)
                        .egress(wiring.egress())
                        .monitoringNamespace(ClusterAddons.MONITORING_NAMESPACE)
                        .build());
        new ServiceMonitoring(
                this,
                "Monitoring",
                ServiceMonitoringProps.builder()
                        .name(service)
                        .runbookBaseUrl(RUNBOOKS_URL)
                        .build());
        return deployment;
    }
}
