package io.enis.stacks.environment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.enis.constructs.aws.network.NatGateways;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.k8s.ContainerResources;
import io.enis.constructs.k8s.LoadBalancerScheme;
import io.enis.constructs.platform.AlertReceiverType;
import io.enis.constructs.platform.AlertSeverity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One deployment environment, as validated from {@code environments/<name>.yaml}. This record is
 * the only place environments differ; stacks read it and constructs never see environment names.
 * Every field is documented in {@code environments/README.md}.
 */
public record Environment(
        String name,
        AccountSpec account,
        List<String> availabilityZones,
        StateSpec state,
        NetworkSpec network,
        EksSpec eks,
        PostgresSpec postgres,
        RedisSpec redis,
        int logRetentionDays,
        BackupSpec backups,
        IngressSpec ingress,
        AddonsSpec addons,
        PolicySpec policy,
        DeliverySpec delivery,
        Map<String, String> tags,
        Map<String, ServiceSpec> services,
        ObservabilitySpec observability) {

    /** Project prefix of every resource name. */
    public static final String PROJECT = "enis";

    public Environment {
        availabilityZones = List.copyOf(availabilityZones);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** Names and tags for one component of this environment, e.g. {@code naming("platform")}. */
    public Naming naming(String component) {
        return Naming.of(PROJECT, name, component, tags);
    }

    /** The account and region the stacks deploy into. */
    public AwsAccount awsAccount() {
        return new AwsAccount(account.id(), account.region());
    }

    /**
     * One service's release and sizing.
     *
     * @throws IllegalArgumentException when the service is not in the file (names the known ones)
     */
    public ServiceSpec service(String serviceName) {
        ServiceSpec spec = services.get(serviceName);
        if (spec == null) {
            throw new IllegalArgumentException(
                    "environment " + name + " has no service '" + serviceName + "'; known: " + services.keySet());
        }
        return spec;
    }

    /** The account id and region. */
    public record AccountSpec(String id, String region) {}

    /** Where Terraform keeps state: S3 bucket, DynamoDB lock table, key prefix. */
    public record StateSpec(String bucket, String lockTable, String keyPrefix) {
        /** {@code <keyPrefix>/<stackId>.tfstate}. */
        public String key(String stackId) {
            return keyPrefix + "/" + stackId + ".tfstate";
        }
    }

    /** VPC CIDR, one subnet CIDR per zone and tier, NAT mode ({@code none}, {@code one}, {@code perAz}). */
    public record NetworkSpec(
            String vpcCidr,
            List<String> publicSubnets,
            List<String> privateSubnets,
            List<String> dataSubnets,

            @JsonDeserialize(using = Spellings.Reader.class) @JsonSerialize(using = Spellings.Writer.class)
            NatGateways natGateways) {
        public NetworkSpec {
            publicSubnets = List.copyOf(publicSubnets);
            privateSubnets = List.copyOf(privateSubnets);
            dataSubnets = List.copyOf(dataSubnets);
        }
    }

    /**
     * Kubernetes version, public endpoint allowlist (empty: private only), node groups by name, and the
     * EKS add-on version of the EBS CSI driver (it must suit the Kubernetes version).
     */
    public record EksSpec(
            String version,
            List<String> publicAccessCidrs,
            Map<String, NodeGroup> nodeGroups,
            String ebsCsiDriverVersion) {
        public EksSpec {
            publicAccessCidrs = List.copyOf(publicAccessCidrs);
            nodeGroups = Collections.unmodifiableMap(new LinkedHashMap<>(nodeGroups));
        }
    }

    /** One managed node group's instance types and sizes. */
    public record NodeGroup(List<String> instanceTypes, int minSize, int desiredSize, int maxSize, int diskSizeGb) {
        public NodeGroup {
            instanceTypes = List.copyOf(instanceTypes);
        }
    }

    /** The shared PostgreSQL instance. */
    public record PostgresSpec(
            String engineVersion,
            String instanceClass,
            int allocatedStorageGb,
            int maxAllocatedStorageGb,
            boolean multiAz,
            int backupRetentionDays,
            boolean deletionProtection,
            boolean finalSnapshot) {}

    /** The shared Redis replication group. */
    public record RedisSpec(
            String engineVersion, String nodeType, int replicas, boolean multiAz, int snapshotRetentionDays) {}

    /** The backups bucket: Object Lock days, 0 for off. */
    public record BackupSpec(int objectLockDays) {}

    /** Public entry of the services: DNS name, ACM certificate, load balancer scheme. */
    public record IngressSpec(
            String domain,
            String certificateArn,

            @JsonDeserialize(using = Spellings.Reader.class) @JsonSerialize(using = Spellings.Writer.class)
            LoadBalancerScheme scheme) {}

    /**
     * Cluster add-on settings: chart version overrides (by chart key), Prometheus retention and
     * scrape interval, Alertmanager receivers, cluster-state backups.
     */
    public record AddonsSpec(
            Map<String, String> chartVersions,
            PrometheusSpec prometheus,
            AlertingSpec alerting,
            ClusterBackupSpec clusterBackups) {
        public AddonsSpec {
            chartVersions =
                    chartVersions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(chartVersions));
        }
    }

    /**
     * Delivery: {@code confirmApply} makes an unattended apply need an explicit extra confirmation;
     * the GitHub repository whose workflows may assume the CI roles, and those roles' ARNs.
     */
    public record DeliverySpec(
            boolean confirmApply, String githubRepository, String planRoleArn, String applyRoleArn) {}

    /** The policy threshold: synth fails on unsuppressed findings of {@code failOn} or worse ({@code none}: never). */
    public record PolicySpec(String failOn) {}

    /** Prometheus retention (days) and scrape interval (seconds). */
    public record PrometheusSpec(int retentionDays, int scrapeIntervalSeconds) {}

    /** Alertmanager receivers. */
    public record AlertingSpec(List<Receiver> receivers) {
        public AlertingSpec {
            receivers = List.copyOf(receivers);
        }
    }

    /**
     * One Alertmanager receiver: its type ({@code slack}, {@code pagerduty}, {@code webhook}), the
     * Secrets Manager secret holding its URL or key, and the severities routed to it.
     */
    public record Receiver(
            String name,

            @JsonDeserialize(using = Spellings.Reader.class) @JsonSerialize(using = Spellings.Writer.class)
            AlertReceiverType type,

            String secret,

            @JsonDeserialize(contentUsing = Spellings.Reader.class)
            @JsonSerialize(contentUsing = Spellings.Writer.class)
            List<AlertSeverity> severities) {
        public Receiver {
            severities = List.copyOf(severities);
        }
    }

    /** Velero schedule (cron) and retention of cluster-state backups. */
    public record ClusterBackupSpec(String schedule, int retentionDays) {}

    /**
     * One service's release and settings.
     *
     * @param version release version deployed
     * @param replicas autoscaling range
     * @param minAvailable PodDisruptionBudget minimum, below {@code replicas.min}
     * @param resources container requests and limits
     * @param rateLimitPerMinute requests per minute per API key (seed 000)
     * @param database observability, scorecard, billing and cloud-bus: {@code shared} or {@code dedicated}; {@code null} for compliance
     * @param redis cloud-bus: {@code shared} or {@code dedicated}; {@code null} for the others
     * @param evidenceRetentionDays compliance: Object Lock retention of evidence; {@code null} for the others
     * @param storageGi observability: size of its persistent volume (its write-ahead log); {@code null} for the others
     */
    public record ServiceSpec(
            String version,
            Replicas replicas,
            int minAvailable,
            Resources resources,
            int rateLimitPerMinute,
            String database,
            String redis,
            Integer evidenceRetentionDays,
            Integer storageGi) {

        /** True when the service gets its own PostgreSQL instance instead of a database on the platform's. */
        public boolean dedicatedDatabase() {
            return "dedicated".equals(database);
        }

        /** True when the service gets its own Redis instead of the platform's. */
        public boolean dedicatedRedis() {
            return "dedicated".equals(redis);
        }
    }

    /**
     * Where observability keeps its metrics, and the size of the engine when it is remote.
     *
     * @param metricsBackend {@code embedded} (the service's own store, one replica on a volume) or
     *     {@code remote} (Grafana Mimir, deployed by the platform stack)
     * @param mimir remote only, optional: sizing of Mimir; {@code null} (or a field left out) takes the
     *     defaults of {@link io.enis.constructs.platform.MetricsEngine}
     */
    public record ObservabilitySpec(
            @JsonDeserialize(using = Spellings.Reader.class) @JsonSerialize(using = Spellings.Writer.class)
            MetricsBackend metricsBackend,

            MimirSpec mimir) {

        /** True when metrics go to the platform's Mimir and the service runs stateless replicas. */
        public boolean remote() {
            return metricsBackend == MetricsBackend.REMOTE;
        }
    }

    /**
     * Sizing of Grafana Mimir; every field is optional ({@code null}: the engine's default).
     *
     * @param retentionDays how long blocks are kept in the bucket (seed: 30)
     * @param replicationFactor copies of each series across ingesters
     * @param ingesterVolumeGi GiB of each ingester's volume (its write-ahead log and head blocks)
     * @param ingesters ingester replicas and resources
     * @param distributors distributor replicas and resources
     * @param queriers querier replicas and resources
     * @param storeGateways store-gateway replicas and resources
     */
    public record MimirSpec(
            Integer retentionDays,
            Integer replicationFactor,
            Integer ingesterVolumeGi,
            ComponentSpec ingesters,
            ComponentSpec distributors,
            ComponentSpec queriers,
            ComponentSpec storeGateways) {}

    /** Replicas and container resources of one Mimir component; either may be left out ({@code null}: the default). */
    public record ComponentSpec(Integer replicas, Resources resources) {}

    /** Autoscaling range of a service. */
    public record Replicas(int min, int max) {}

    /** Kubernetes requests and limits of a service's container. */
    public record Resources(String cpuRequest, String memoryRequest, String cpuLimit, String memoryLimit) {
        /**
         * The same values as the constructs' {@link ContainerResources}.
         *
         * @throws io.enis.constructs.core.InvalidPropsException when a limit is below its request
         */
        public ContainerResources container() {
            return ContainerResources.builder()
                    .cpuRequest(cpuRequest)
                    .memoryRequest(memoryRequest)
                    .cpuLimit(cpuLimit)
                    .memoryLimit(memoryLimit)
                    .build();
        }
    }
}
