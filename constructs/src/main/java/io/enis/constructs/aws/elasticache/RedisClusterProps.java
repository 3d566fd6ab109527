package io.enis.constructs.aws.elasticache;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * Props of {@link RedisCluster}; build with {@link #builder()}.
 *
 * @param naming required
 * @param vpcId required
 * @param subnetIds required: the data subnets
 * @param key required: encrypts data at rest, the AUTH token secret and the slow log
 * @param engineVersion default {@code 7.1}
 * @param nodeType required: e.g. {@code cache.t4g.small}
 * @param replicas read replicas besides the primary, 0..5; default 1
 * @param multiAz default true; needs at least one replica (automatic failover is on whenever
 *     there is a replica)
 * @param snapshotRetentionDays default 7, 0..35
 * @param logRetentionDays retention of the slow-log group; default 365
 * @param allowedSources named security groups (name → id) allowed on 6379; default none
 */
@RecordBuilder
public record RedisClusterProps(
        Naming naming,
        String vpcId,
        List<String> subnetIds,
        EncryptionKey key,
        String engineVersion,
        String nodeType,
        Integer replicas,
        Boolean multiAz,
        Integer snapshotRetentionDays,
        Integer logRetentionDays,
        Map<String, String> allowedSources) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or props contradict each other */
    public RedisClusterProps {
        Require require = Require.of("RedisClusterProps");
        require.present("naming", naming);
        require.text("vpcId", vpcId);
        subnetIds = require.notEmpty("subnetIds", subnetIds);
        require.present("key", key);
        engineVersion = engineVersion == null ? "7.1" : engineVersion;
        require.check(
                engineVersion.matches("\\d+\\.\\d+"),
                "engineVersion",
                "'" + engineVersion + "' is not allowed; use MAJOR.MINOR, e.g. 7.1");
        require.check(
                nodeType != null && nodeType.matches("cache\\.[a-z0-9]+\\.[a-z0-9]+"),
                "nodeType",
                "'" + nodeType + "' is not allowed; use an ElastiCache node type such as cache.t4g.small");
        replicas = require.range("replicas", replicas == null ? 1 : replicas, 0, 5);
        multiAz = multiAz == null || multiAz;
        require.check(
                !multiAz || replicas >= 1,
                "multiAz",
                "is true but replicas is 0; allowed: multiAz false, or at least one replica to fail over to");
        snapshotRetentionDays = require.range(
                "snapshotRetentionDays", snapshotRetentionDays == null ? 7 : snapshotRetentionDays, 0, 35);
        logRetentionDays = logRetentionDays == null ? 365 : logRetentionDays;
        allowedSources = require.map(allowedSources);
    }

    public static RedisClusterPropsBuilder builder() {
        return RedisClusterPropsBuilder.builder();
    }
}
