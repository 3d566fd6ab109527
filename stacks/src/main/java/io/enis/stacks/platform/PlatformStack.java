package io.enis.stacks.platform;

import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import io.enis.constructs.aws.ecr.ContainerRegistry;
import io.enis.constructs.aws.ecr.ContainerRegistryProps;
import io.enis.constructs.aws.eks.EksCluster;
import io.enis.constructs.aws.eks.EksClusterProps;
import io.enis.constructs.aws.eks.NodeGroupSpec;
import io.enis.constructs.aws.elasticache.RedisCluster;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.kms.EncryptionKeyProps;
import io.enis.constructs.aws.network.Network;
import io.enis.constructs.aws.network.NetworkProps;
import io.enis.constructs.aws.rds.PostgresDatabase;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import io.enis.constructs.aws.secrets.GeneratedSecret;
import io.enis.constructs.aws.secrets.GeneratedSecretProps;
import io.enis.constructs.aws.secrets.ManagedSecret;
import io.enis.constructs.aws.secrets.ManagedSecretProps;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.k8s.ContainerResources;
import io.enis.constructs.platform.AlertReceiver;
import io.enis.constructs.platform.ClusterAddons;
import io.enis.constructs.platform.ClusterAddonsProps;
import io.enis.constructs.platform.DatabaseAdmin;
import io.enis.constructs.platform.DatabaseAdminProps;
import io.enis.constructs.platform.DefaultCharts;
import io.enis.constructs.platform.MetricsEngine;
import io.enis.constructs.platform.TraceDestination;
import io.enis.stacks.common.AwsStackSetup;
import io.enis.stacks.common.ClusterProviders;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.services.ObservabilityStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The shared platform of one environment ({@code platform-<env>}): KMS keys, network, EKS,
 * container registry, PostgreSQL, Redis, the log and backup buckets, the cluster add-ons
 * (monitoring, tracing, ingress, secrets, autoscaling, cluster backups, and Grafana Mimir on a
 * bucket of its own when observability's metrics backend is remote) and the database admin
 * namespace. The OpenTelemetry Collector exports every trace to Jaeger and to the observability
 * service (tenant {@value #TRACES_TENANT}, with a generated traces-writer key). Composes constructs
 * from the environment's values only; outputs what the service stacks need (they reference it
 * through remote state).
 */
public final class PlatformStack extends TerraformStack {
    /** Component name: stack ids are {@code platform-<env>}. */
    public static final String COMPONENT = "platform";
    /**
     * The observability tenant of the deployed services' own traces (what the collector sends as
     * {@code X-Scope-OrgID}): kept apart from customers' traces, which use their own tenants or
     * {@code default}.
     */
    public static final String TRACES_TENANT = "platform";

    private final Environment env;
    private final Naming naming;
    private final AwsAccount account;
    private final EncryptionKey logsKey;
    private final EncryptionKey dataKey;
    private final SecureBucket accessLogs;
    private final Network network;
    private final EksCluster cluster;
    private final ContainerRegistry registry;
    private final DataStoreProps dataStoreProps;
    private final PostgresDatabase postgres;
    private final RedisCluster redis;
    private final GeneratedSecret tracesWriterKey;
    private final ClusterAddons addons;
    private final GeneratedSecret cloudBusPublisherKey;
    private final GeneratedSecret metricsReaderKey;

    public PlatformStack(Construct scope, Environment env) {
        super(scope, COMPONENT + "-" + env.name());
        AwsStackSetup.configure(this, env, COMPONENT);
        this.env = env;
        this.naming = env.naming(COMPONENT);
        this.account = env.awsAccount();

        // keys and buckets
        this.logsKey = createLogsKey();
        this.dataKey = createDataKey();
        this.accessLogs = createAccessLogsBucket();
        SecureBucket backups = createBackupsBucket();
        // network, cluster, images
        this.network = createNetwork();
        this.cluster = createCluster();
        this.registry = createRegistry();

        // data stores, shared by the services (or copied, for a dedicated one)
        this.dataStoreProps = new DataStoreProps(env, network, dataKey, cluster);
        this.postgres = new PostgresDatabase(
                this, "Postgres", dataStoreProps.postgres(naming).build());
        this.redis =
                new RedisCluster(this, "Redis", dataStoreProps.redis(naming).build());

        // add-ons, installed through providers pointing at the new cluster
        ClusterProviders.kubernetes(this, cluster, region());
        ClusterProviders.helm(this, cluster, region());
        SecureBucket clusterBackups = createClusterBackupsBucket();
        GeneratedSecret grafanaAdmin = createGrafanaAdminSecret();
        List<AlertReceiver> receivers = createAlertReceivers();
        this.tracesWriterKey = createTracesWriterKey();
        this.addons = createClusterAddons(clusterBackups, grafanaAdmin, receivers, createMetricsEngine());
        createDatabaseAdmin();

        // what the service stacks share and read
        this.cloudBusPublisherKey = createCloudBusPublisherKey();
        this.metricsReaderKey = createMetricsReaderKey();
        createOutputs(backups);
    }

    private String region() {
        return account.region();
    }

    private EncryptionKey createLogsKey() {
        return new EncryptionKey(
                this,
                "LogsKey",
                EncryptionKeyProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("logs")
                        .description("CloudWatch Logs of " + naming.prefix())
                        .servicePrincipals(List.of("logs." + region() + ".amazonaws.com"))
                        .build());
    }

    private EncryptionKey createDataKey() {
        return new EncryptionKey(
                this,
                "DataKey",
                EncryptionKeyProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("data")
                        .description("Data at rest of " + naming.prefix())
                        .viaServices(List.of("rds", "elasticache", "secretsmanager", "s3", "ecr", "eks", "ec2").stream()
                                .map(service -> service + "." + region() + ".amazonaws.com")
                                .toList())
                        .grantees(List.of("arn:aws:iam::" + account.accountId()
                                + ":role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"))
                        .build());
    }

    private SecureBucket createAccessLogsBucket() {
        return new SecureBucket(
                this,
                "AccessLogs",
                SecureBucketProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("access-logs")
                        .logTarget(true)
                        .build());
    }

    /** Database dumps and exports; Object Lock when the environment sets {@code backups.objectLockDays}. */
    private SecureBucket createBackupsBucket() {
        int lockDays = env.backups().objectLockDays();
        return new SecureBucket(
                this,
                "Backups",
                SecureBucketProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("backups")
                        .key(dataKey)
                        .accessLogBucket(accessLogs.bucketName())
                        .objectLockRetentionDays(lockDays > 0 ? lockDays : null)
                        .build());
    }

    private Network createNetwork() {
        var net = env.network();
        return new Network(
                this,
                "Network",
                NetworkProps.builder()
                        .naming(naming)
                        .account(account)
                        .cidr(net.vpcCidr())
                        .availabilityZones(env.availabilityZones())
                        .publicSubnetCidrs(net.publicSubnets())
                        .privateSubnetCidrs(net.privateSubnets())
                        .dataSubnetCidrs(net.dataSubnets())
                        .natGateways(net.natGateways())
                        .flowLogRetentionDays(env.logRetentionDays())
                        .logKey(logsKey)
                        .build());
    }

    private EksCluster createCluster() {
        var eks = env.eks();
        return new EksCluster(
                this,
                "Eks",
                EksClusterProps.builder()
                        .naming(naming)
                        .account(account)
                        .version(eks.version())
                        .vpcId(network.vpcId())
                        .subnetIds(network.privateSubnetIds())
                        .key(dataKey)
                        .logKey(logsKey)
                        .logRetentionDays(env.logRetentionDays())
                        .apiAccessCidrs(network.privateSubnetCidrs())
                        .publicEndpoint(!eks.publicAccessCidrs().isEmpty())
                        .publicAccessCidrs(eks.publicAccessCidrs())
                        .nodeGroups(eks.nodeGroups().entrySet().stream()
                                .map(group -> nodeGroup(group.getKey(), group.getValue()))
                                .toList())
                        .build());
    }

    private static NodeGroupSpec nodeGroup(String name, Environment.NodeGroup group) {
        return NodeGroupSpec.builder()
                .name(name)
                .instanceTypes(group.instanceTypes())
                .minSize(group.minSize())
                .desiredSize(group.desiredSize())
                .maxSize(group.maxSize())
                .diskSizeGb(group.diskSizeGb())
                .build();
    }

    private ContainerRegistry createRegistry() {
        return new ContainerRegistry(
                this,
                "Registry",
                ContainerRegistryProps.builder()
                        .naming(naming)
                        .repositories(List.copyOf(env.services().keySet()))
                        .key(dataKey)
                        .build());
    }

    /** Where Velero writes cluster-state backups. */
    private SecureBucket createClusterBackupsBucket() {
        return new SecureBucket(
                this,
                "ClusterBackups",
                SecureBucketProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("cluster-backups")
                        .key(dataKey)
                        .accessLogBucket(accessLogs.bucketName())
                        .build());
    }

    private GeneratedSecret createGrafanaAdminSecret() {
        return new GeneratedSecret(
                this,
                "GrafanaAdmin",
                GeneratedSecretProps.builder()
                        .name(naming.secretName("grafana-admin"))
                        .description("Grafana admin login of " + naming.prefix())
                        .key(dataKey)
                        .passwordField("admin-password")
                        .fields(Map.of("admin-user", "admin"))
                        .build());
    }

    /** The environment's Alertmanager receivers, each with the secret an operator fills out of band. */
    private List<AlertReceiver> createAlertReceivers() {
        List<AlertReceiver> receivers = new ArrayList<>();
        for (var receiver : env.addons().alerting().receivers()) {
            new ManagedSecret(
                    this,
                    "Receiver-" + receiver.name(),
                    ManagedSecretProps.builder()
                            .name(receiver.secret())
                            .key(dataKey)
                            .description("Alertmanager " + receiver.type().value() + " receiver " + receiver.name()
                                    + "; set the value out of band")
                            .build());
            receivers.add(AlertReceiver.builder()
                    .name(receiver.name())
                    .type(receiver.type())
                    .secretName(receiver.secret())
                    .severities(receiver.severities())
                    .build());
        }
        return receivers;
    }

    /**
     * Shared by the collector (exports with it) and the observability stack (accepts it as its
     * TRACES_WRITER_API_KEY); it lives here because the collector is the platform's.
     */
    private GeneratedSecret createTracesWriterKey() {
        return new GeneratedSecret(
                this,
                "TracesWriterKey",
                GeneratedSecretProps.builder()
                        .name(naming.secretName("traces-writer-key"))
                        .description(
                                "API key that may only write traces to the observability service of " + naming.prefix()
                                        + " (its TRACES_WRITER_API_KEY; the OpenTelemetry Collector exports with it)")
                        .key(dataKey)
                        .build());
    }

    /**
     * With {@code observability.metricsBackend: remote}, Grafana Mimir for observability's metrics, on
     * a bucket of its own (the data key; deleted blocks recoverable for a week); {@code null} with
     * {@code embedded}, where nothing of it is created.
     */
    private MetricsEngine createMetricsEngine() {
        var observability = env.observability();
        if (!observability.remote()) {
            return null;
        }
        var bucket = new SecureBucket(
                this,
                "Metrics",
                SecureBucketProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("metrics")
                        .key(dataKey)
                        .accessLogBucket(accessLogs.bucketName())
                        .noncurrentVersionExpirationDays(7)
                        .build());
        var sizing = observability.mimir() == null
                ? new Environment.MimirSpec(null, null, null, null, null, null, null)
                : observability.mimir();
        return MetricsEngine.builder()
                .bucket(bucket)
                .clients(List.of(ObservabilityStack.SERVICE))
                .retentionDays(sizing.retentionDays())
                .replicationFactor(sizing.replicationFactor())
                .ingesterVolumeGi(sizing.ingesterVolumeGi())
                .ingesterReplicas(replicas(sizing.ingesters()))
                .ingesterResources(resources(sizing.ingesters()))
                .distributorReplicas(replicas(sizing.distributors()))
                .distributorResources(resources(sizing.distributors()))
                .querierReplicas(replicas(sizing.queriers()))
                .querierResources(resources(sizing.queriers()))
                .storeGatewayReplicas(replicas(sizing.storeGateways()))
                .storeGatewayResources(resources(sizing.storeGateways()))
                .build();
    }

    private static Integer replicas(Environment.ComponentSpec component) {
        return component == null ? null : component.replicas();
    }

    private static ContainerResources resources(Environment.ComponentSpec component) {
        return component == null || component.resources() == null
                ? null
                : component.resources().container();
    }

    private ClusterAddons createClusterAddons(
            SecureBucket clusterBackups,
            GeneratedSecret grafanaAdmin,
            List<AlertReceiver> receivers,
            MetricsEngine metricsEngine) {
        var settings = env.addons();
        return new ClusterAddons(
                this,
                "Addons",
                ClusterAddonsProps.builder()
                        .naming(naming)
                        .account(account)
                        .cluster(cluster)
                        .vpcId(network.vpcId())
                        .charts(DefaultCharts.withVersions(settings.chartVersions()))
                        .prometheusRetentionDays(settings.prometheus().retentionDays())
                        .scrapeIntervalSeconds(settings.prometheus().scrapeIntervalSeconds())
                        .receivers(receivers)
                        .grafanaAdminSecret(grafanaAdmin.name())
                        .backupBucket(clusterBackups)
                        .dataKey(dataKey)
                        .backupSchedule(settings.clusterBackups().schedule())
                        .backupRetentionDays(settings.clusterBackups().retentionDays())
                        .ebsCsiDriverVersion(env.eks().ebsCsiDriverVersion())
                        .traceDestination(TraceDestination.builder()
                                .name(ObservabilityStack.SERVICE)
                                .endpoint(ObservabilityStack.OTLP_ENDPOINT)
                                .apiKeySecretArn(tracesWriterKey.arn())
                                .tenant(TRACES_TENANT)
                                .build())
                        .metricsEngine(metricsEngine)
                        .build());
    }

    /** The namespace where services' database bootstrap jobs run with the master credentials. */
    private void createDatabaseAdmin() {
        new DatabaseAdmin(
                this,
                "DatabaseAdmin",
                DatabaseAdminProps.builder()
                        .naming(naming)
                        .account(account)
                        .addons(addons)
                        .masterSecretArn(postgres.masterSecretArn())
                        .secretPrefix(Environment.PROJECT + "/" + env.name() + "/")
                        .build());
    }

    /**
     * Shared by two service stacks (the cloud-bus accepts it, observability publishes alerts with
     * it); it lives here because service stacks depend on the platform only.
     */
    private GeneratedSecret createCloudBusPublisherKey() {
        return new GeneratedSecret(
                this,
                "CloudBusPublisherKey",
                GeneratedSecretProps.builder()
                        .name(naming.secretName("cloud-bus-publisher-key"))
                        .description("API key that may only publish events to the cloud-bus of " + naming.prefix()
                                + " (its PUBLISHER_API_KEY; observability's ALERT_CLOUD_BUS_API_KEY)")
                        .key(dataKey)
                        .build());
    }

    /**
     * Shared by two service stacks (observability accepts it as its METRICS_READER_API_KEY, the
     * scorecard pulls its PromQL KPIs with it); it lives here because service stacks depend on the
     * platform only.
     */
    private GeneratedSecret createMetricsReaderKey() {
        return new GeneratedSecret(
                this,
                "MetricsReaderKey",
                GeneratedSecretProps.builder()
                        .name(naming.secretName("metrics-reader-key"))
                        .description("API key that may only read metrics from the observability service of "
                                + naming.prefix()
                                + " (its METRICS_READER_API_KEY; the scorecard's OBSERVABILITY_API_KEY)")
                        .key(dataKey)
                        .build());
    }

    /** What the service stacks read through remote state, and what operators look up. */
    private void createOutputs(SecureBucket backups) {
        output("vpc_id", network.vpcId(), "VPC id");
        output("private_subnet_ids", network.privateSubnetIds(), "Private subnet ids, one per zone");
        output("data_subnet_ids", network.dataSubnetIds(), "Data subnet ids, one per zone");
        output("cluster_name", cluster.name(), "EKS cluster name");
        output("cluster_endpoint", cluster.endpoint(), "EKS API endpoint");
        output("cluster_certificate_authority", cluster.certificateAuthorityData(), "EKS API CA data (base64)");
        output("cluster_oidc_provider_arn", cluster.oidcProviderArn(), "IAM OIDC provider for IRSA");
        output("cluster_oidc_issuer_url", cluster.oidcIssuerUrl(), "OIDC issuer URL of the cluster");
        output("postgres_endpoint", postgres.endpoint(), "PostgreSQL host:port");
        output("postgres_secret_arn", postgres.masterSecretArn(), "Secret with the PostgreSQL master credentials");
        output("redis_endpoint", redis.primaryEndpoint(), "Redis primary endpoint");
        output("redis_auth_secret_arn", redis.authTokenSecretArn(), "Secret with the Redis AUTH token");
        output(
                "registry_urls",
                registry.repositoryNames().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                name -> name, registry::repositoryUrl, (a, b) -> a, java.util.TreeMap::new)),
                "ECR repository URL per service");
        output("data_key_arn", dataKey.arn(), "KMS key for data at rest");
        output("logs_key_arn", logsKey.arn(), "KMS key for CloudWatch Logs");
        output("backups_bucket", backups.bucketName(), "Backups bucket");
        output(
                "cloud_bus_publisher_key_secret_arn",
                cloudBusPublisherKey.arn(),
                "Secret with the cloud-bus publisher API key");
        output(
                "traces_writer_key_secret_arn",
                tracesWriterKey.arn(),
                "Secret with the observability traces-writer API key");
    }

    private void output(String name, Object value, String description) {
        new TerraformOutput(
                this,
                name,
                TerraformOutputConfig.builder()
                        .value(value)
                        .description(description)
                        .build());
    }

    /** The VPC and its subnets. */
    public Network network() {
        return network;
    }

    /** The key for data at rest (databases, caches, secrets, images, volumes). */
    public EncryptionKey dataKey() {
        return dataKey;
    }

    /** The EKS cluster. */
    public EksCluster cluster() {
        return cluster;
    }

    /** The container registry, one repository per service. */
    public ContainerRegistry registry() {
        return registry;
    }

    /** The shared PostgreSQL instance. */
    public PostgresDatabase postgres() {
        return postgres;
    }

    /** The cluster add-ons. */
    public ClusterAddons addons() {
        return addons;
    }

    /** Name of the bucket receiving S3 access logs. */
    public String accessLogsBucket() {
        return accessLogs.bucketName();
    }

    /** Props of PostgreSQL and Redis as this environment sizes them, in this platform's data subnets. */
    public DataStoreProps dataStoreProps() {
        return dataStoreProps;
    }

    /** The shared Redis replication group. */
    public RedisCluster redis() {
        return redis;
    }

    /** ARN of the secret holding the API key that may only publish events to the cloud-bus. */
    public String cloudBusPublisherKeySecretArn() {
        return cloudBusPublisherKey.arn();
    }

    /** ARN of the secret holding the API key that may only read metrics from observability (the scorecard's). */
    public String metricsReaderKeySecretArn() {
        return metricsReaderKey.arn();
    }

    /** ARN of the secret holding the API key that may only write traces to observability (the collector's). */
    public String tracesWriterKeySecretArn() {
        return tracesWriterKey.arn();
    }
}
