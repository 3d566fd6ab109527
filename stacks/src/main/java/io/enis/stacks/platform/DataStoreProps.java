package io.enis.stacks.platform;

import io.enis.constructs.aws.eks.EksCluster;
import io.enis.constructs.aws.elasticache.RedisClusterProps;
import io.enis.constructs.aws.elasticache.RedisClusterPropsBuilder;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.network.Network;
import io.enis.constructs.aws.rds.PostgresDatabaseProps;
import io.enis.constructs.aws.rds.PostgresDatabasePropsBuilder;
import io.enis.constructs.core.Naming;
import io.enis.stacks.environment.Environment;
import java.util.Map;

/**
 * The one mapping of an environment's {@code postgres} and {@code redis} settings to construct
 * props, for the platform's shared instances and the services' dedicated ones alike: sizes,
 * versions, availability and retention from the file, placed in the platform's data subnets,
 * encrypted with its data key, reachable from the EKS cluster only. Callers add what is their
 * own (naming, a database name).
 */
public final class DataStoreProps {
    /** The name of the one security group allowed in: the cluster's. */
    static final String CLUSTER_SOURCE = "eks-cluster";

    private final Environment env;
    private final Network network;
    private final EncryptionKey key;
    private final EksCluster cluster;

    DataStoreProps(Environment env, Network network, EncryptionKey key, EksCluster cluster) {
        this.env = env;
        this.network = network;
        this.key = key;
        this.cluster = cluster;
    }

    /** A PostgreSQL instance of this environment, named by {@code naming}; the builder can take more (a database name). */
    public PostgresDatabasePropsBuilder postgres(Naming naming) {
        var pg = env.postgres();
        return PostgresDatabaseProps.builder()
                .naming(naming).vpcId(network.vpcId()).subnetIds(network.dataSubnetIds()).key(key)
                .engineVersion(pg.engineVersion()).instanceClass(pg.instanceClass())
                .allocatedStorageGb(pg.allocatedStorageGb()).maxAllocatedStorageGb(pg.maxAllocatedStorageGb())
                .multiAz(pg.multiAz()).backupRetentionDays(pg.backupRetentionDays())
                .deletionProtection(pg.deletionProtection()).finalSnapshot(pg.finalSnapshot())
                .allowedSources(fromCluster());
    }

    /** A Redis replication group of this environment, named by {@code naming}. */
    public RedisClusterPropsBuilder redis(Naming naming) {
        var cache = env.redis();
        return RedisClusterProps.builder()
                .naming(naming).vpcId(network.vpcId()).subnetIds(network.dataSubnetIds()).key(key)
                .engineVersion(cache.engineVersion()).nodeType(cache.nodeType())
                .replicas(cache.replicas()).multiAz(cache.multiAz())
                .snapshotRetentionDays(cache.snapshotRetentionDays()).logRetentionDays(env.logRetentionDays())
                .allowedSources(fromCluster());
    }

    private Map<String, String> fromCluster() {
        return Map.of(CLUSTER_SOURCE, cluster.clusterSecurityGroupId());
    }
}
