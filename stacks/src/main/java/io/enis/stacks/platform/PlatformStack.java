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
import io.enis.constructs.aws.elasticache.RedisClusterProps;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.kms.EncryptionKeyProps;
import io.enis.constructs.aws.network.Network;
import io.enis.constructs.aws.network.NetworkProps;
import io.enis.constructs.aws.rds.PostgresDatabase;
import io.enis.constructs.aws.rds.PostgresDatabaseProps;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import io.enis.constructs.aws.secrets.GeneratedSecret;
import io.enis.constructs.aws.secrets.GeneratedSecretProps;
import io.enis.constructs.aws.secrets.ManagedSecret;
import io.enis.constructs.aws.secrets.ManagedSecretProps;
import io.enis.constructs.platform.AlertReceiver;
import io.enis.constructs.platform.ClusterAddons;
import io.enis.constructs.platform.ClusterAddonsProps;
import io.enis.constructs.platform.DatabaseAdmin;
import io.enis.constructs.platform.DatabaseAdminProps;
import io.enis.constructs.platform.DefaultCharts;
import io.enis.constructs.platform.TraceDestination;
import io.enis.stacks.common.AwsStackSetup;
import io.enis.stacks.common.ClusterProviders;
import java.util.ArrayList;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.services.ObservabilityStack;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The shared platform of one environment ({@code platform-<env>}): KMS keys, network, EKS,
 * container registry, PostgreSQL, Redis, the log and backup buckets, the cluster add-ons
 * (monitoring, tracing, ingress, secrets, autoscaling, cluster backups) and the database admin
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

    private final Network network;
    private final EncryptionKey dataKey;
    private final EksCluster cluster;
    private final ContainerRegistry registry;
    private final PostgresDatabase postgres;
    private final RedisCluster redis;
    private final ClusterAddons addons;
    private final String accessLogsBucket;
    private final GeneratedSecret cloudBusPublisherKey;
    private final GeneratedSecret tracesWriterKey;

    public PlatformStack(Construct scope, Environment env) {
        super(scope, COMPONENT + "-" + env.name());
        AwsStackSetup.configure(this, env, COMPONENT);
        var naming = env.naming(COMPONENT);
        var account = env.awsAccount();
        String region = env.account().region();

        var logsKey = new EncryptionKey(this, "LogsKey", EncryptionKeyProps.builder()
                .naming(naming).account(account).purpose("logs")
                .description("CloudWatch Logs of " + naming.prefix())
                .servicePrincipals(List.of("logs." + region + ".amazonaws.com"))
                .build());
        this.dataKey = new EncryptionKey(this, "DataKey", EncryptionKeyProps.builder()
                .naming(naming).account(account).purpose("data")
                .description("Data at rest of " + naming.prefix())
                .viaServices(List.of("rds", "elasticache", "secretsmanager", "s3", "ecr", "eks", "ec2").stream()
                        .map(service -> service + "." + region + ".amazonaws.com").toList())
                .grantees(List.of("arn:aws:iam::" + account.accountId()
                        + ":role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"))
                .build());

        var accessLogs = new SecureBucket(this, "AccessLogs", SecureBucketProps.builder()
                .naming(naming).account(account).purpose("access-logs").logTarget(true)
                .build());
        var backups = new SecureBucket(this, "Backups", SecureBucketProps.builder()
                .naming(naming).account(account).purpose("backups").key(dataKey)
                .accessLogBucket(accessLogs.bucketName())
                .objectLockRetentionDays(env.backups().objectLockDays() > 0 ? env.backups().objectLockDays() : null)
                .build());

        var net = env.network();
        this.network = new Network(this, "Network", NetworkProps.builder()
                .naming(naming).account(account).cidr(net.vpcCidr())
                .availabilityZones(env.availabilityZones())
                .publicSubnetCidrs(net.publicSubnets())
                .privateSubnetCidrs(net.privateSubnets())
                .dataSubnetCidrs(net.dataSubnets())
                .natGateways(net.natGateways())
                .flowLogRetentionDays(env.logRetentionDays())
                .logKey(logsKey)
                .build());

        var eks = env.eks();
        this.cluster = new EksCluster(this, "Eks", EksClusterProps.builder()
                .naming(naming).account(account).version(eks.version())
                .vpcId(network.vpcId()).subnetIds(network.privateSubnetIds())
                .key(dataKey).logKey(logsKey).logRetentionDays(env.logRetentionDays())
                .apiAccessCidrs(network.privateSubnetCidrs())
                .publicEndpoint(!eks.publicAccessCidrs().isEmpty())
                .publicAccessCidrs(eks.publicAccessCidrs())
                .nodeGroups(eks.nodeGroups().entrySet().stream()
                        .map(group -> NodeGroupSpec.builder()
                                .name(group.getKey())
                                .instanceTypes(group.getValue().instanceTypes())
                                .minSize(group.getValue().minSize())
                                .desiredSize(group.getValue().desiredSize())
                                .maxSize(group.getValue().maxSize())
                                .diskSizeGb(group.getValue().diskSizeGb())
                                .build())
                        .toList())
                .build());

        this.registry = new ContainerRegistry(this, "Registry", ContainerRegistryProps.builder()
                .naming(naming).repositories(List.copyOf(env.services().keySet())).key(dataKey)
                .build());

        Map<String, String> fromCluster = Map.of("eks-cluster", cluster.clusterSecurityGroupId());
        var pg = env.postgres();
        this.postgres = new PostgresDatabase(this, "Postgres", PostgresDatabaseProps.builder()
                .naming(naming).vpcId(network.vpcId()).subnetIds(network.dataSubnetIds()).key(dataKey)
                .engineVersion(pg.engineVersion()).instanceClass(pg.instanceClass())
                .allocatedStorageGb(pg.allocatedStorageGb()).maxAllocatedStorageGb(pg.maxAllocatedStorageGb())
                .multiAz(pg.multiAz()).backupRetentionDays(pg.backupRetentionDays())
                .deletionProtection(pg.deletionProtection()).finalSnapshot(pg.finalSnapshot())
                .allowedSources(fromCluster)
                .build());

        var cache = env.redis();
        this.redis = new RedisCluster(this, "Redis", RedisClusterProps.builder()
                .naming(naming).vpcId(network.vpcId()).subnetIds(network.dataSubnetIds()).key(dataKey)
                .engineVersion(cache.engineVersion()).nodeType(cache.nodeType())
                .replicas(cache.replicas()).multiAz(cache.multiAz())
                .snapshotRetentionDays(cache.snapshotRetentionDays()).logRetentionDays(env.logRetentionDays())
                .allowedSources(fromCluster)
                .build());

        ClusterProviders.kubernetes(this, cluster, region);
        ClusterProviders.helm(this, cluster, region);
        var clusterBackups = new SecureBucket(this, "ClusterBackups", SecureBucketProps.builder()
                .naming(naming).account(account).purpose("cluster-backups").key(dataKey)
                .accessLogBucket(accessLogs.bucketName())
                .build());
        var grafanaAdmin = new GeneratedSecret(this, "GrafanaAdmin", GeneratedSecretProps.builder()
                .name(naming.secretName("grafana-admin")).description("Grafana admin login of " + naming.prefix())
                .key(dataKey).passwordField("admin-password").fields(Map.of("admin-user", "admin")).build());
        List<AlertReceiver> receivers = new ArrayList<>();
        for (var receiver : env.addons().alerting().receivers()) {
            new ManagedSecret(this, "Receiver-" + receiver.name(), ManagedSecretProps.builder()
                    .name(receiver.secret()).key(dataKey)
                    .description("Alertmanager " + receiver.type().value() + " receiver " + receiver.name() + "; set the value out of band")
                    .build());
            receivers.add(AlertReceiver.builder().name(receiver.name()).type(receiver.type()).secretName(receiver.secret())
                    .severities(receiver.severities()).build());
        }
        // Shared by the collector (exports with it) and the observability stack (accepts it as its
        // TRACES_WRITER_API_KEY); it lives here because the collector is the platform's.
        this.tracesWriterKey = new GeneratedSecret(this, "TracesWriterKey", GeneratedSecretProps.builder()
                .name(naming.secretName("traces-writer-key"))
                .description("API key that may only write traces to the observability service of " + naming.prefix()
                        + " (its TRACES_WRITER_API_KEY; the OpenTelemetry Collector exports with it)")
                .key(dataKey).build());
        this.addons = new ClusterAddons(this, "Addons", ClusterAddonsProps.builder()
                .naming(naming).account(account).cluster(cluster).vpcId(network.vpcId())
                .charts(DefaultCharts.withVersions(env.addons().chartVersions()))
                .prometheusRetentionDays(env.addons().prometheus().retentionDays())
                .scrapeIntervalSeconds(env.addons().prometheus().scrapeIntervalSeconds())
                .receivers(receivers)
                .grafanaAdminSecret(grafanaAdmin.name())
                .backupBucket(clusterBackups).dataKey(dataKey)
                .backupSchedule(env.addons().clusterBackups().schedule())
                .backupRetentionDays(env.addons().clusterBackups().retentionDays())
                .ebsCsiDriverVersion(env.eks().ebsCsiDriverVersion())
                .traceDestination(TraceDestination.builder().name(ObservabilityStack.SERVICE)
                        .endpoint(ObservabilityStack.OTLP_ENDPOINT).apiKeySecretArn(tracesWriterKey.arn()).tenant(TRACES_TENANT)
                        .build())
                .build());
        new DatabaseAdmin(this, "DatabaseAdmin", DatabaseAdminProps.builder()
                .naming(naming).account(account).addons(addons).masterSecretArn(postgres.masterSecretArn())
                .secretPrefix(Environment.PROJECT + "/" + env.name() + "/")
                .build());
        this.accessLogsBucket = accessLogs.bucketName();
        // Shared by two service stacks (the cloud-bus accepts it, observability publishes alerts with
        // it); it lives here because service stacks depend on the platform only.
        this.cloudBusPublisherKey = new GeneratedSecret(this, "CloudBusPublisherKey", GeneratedSecretProps.builder()
                .name(naming.secretName("cloud-bus-publisher-key"))
                .description("API key that may only publish events to the cloud-bus of " + naming.prefix()
                        + " (its PUBLISHER_API_KEY; observability's ALERT_CLOUD_BUS_API_KEY)")
                .key(dataKey).build());

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
        output("registry_urls", registry.repositoryNames().stream()
                .collect(java.util.stream.Collectors.toMap(name -> name, registry::repositoryUrl,
                        (a, b) -> a, java.util.TreeMap::new)), "ECR repository URL per service");
        output("data_key_arn", dataKey.arn(), "KMS key for data at rest");
        output("logs_key_arn", logsKey.arn(), "KMS key for CloudWatch Logs");
        output("backups_bucket", backups.bucketName(), "Backups bucket");
        output("cloud_bus_publisher_key_secret_arn", cloudBusPublisherKey.arn(), "Secret with the cloud-bus publisher API key");
        output("traces_writer_key_secret_arn", tracesWriterKey.arn(), "Secret with the observability traces-writer API key");
    }

    private void output(String name, Object value, String description) {
        new TerraformOutput(this, name, TerraformOutputConfig.builder().value(value).description(description).build());
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
        return accessLogsBucket;
    }

    /** The shared Redis replication group. */
    public RedisCluster redis() {
        return redis;
    }

    /** ARN of the secret holding the API key that may only publish events to the cloud-bus. */
    public String cloudBusPublisherKeySecretArn() {
        return cloudBusPublisherKey.arn();
    }

    /** ARN of the secret holding the API key that may only write traces to observability (the collector's). */
    public String tracesWriterKeySecretArn() {
        return tracesWriterKey.arn();
    }
}
