package io.enis.constructs.aws.rds;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * Props of {@link PostgresDatabase}; build with {@link #builder()}.
 *
 * @param naming required
 * @param vpcId required
 * @param subnetIds required: the data subnets, at least two (RDS requires two AZs in a subnet group)
 * @param key required: encrypts storage, Performance Insights and the master user secret
 * @param engineVersion required: e.g. {@code 16.3}; the parameter group family follows the major version
 * @param instanceClass required: e.g. {@code db.t4g.medium}
 * @param allocatedStorageGb default 20
 * @param maxAllocatedStorageGb storage autoscaling ceiling; default twice {@code allocatedStorageGb}
 * @param multiAz default true
 * @param backupRetentionDays default 7, 1..35 (0 would disable backups and is not allowed)
 * @param deletionProtection default true
 * @param finalSnapshot default true: a final snapshot is taken when the instance is destroyed
 * @param databaseName default {@code app}
 * @param allowedSources named security groups (name → id) allowed on 5432; default none
 */
@RecordBuilder
public record PostgresDatabaseProps(
        Naming naming,
        String vpcId,
        List<String> subnetIds,
        EncryptionKey key,
        String engineVersion,
        String instanceClass,
        Integer allocatedStorageGb,
        Integer maxAllocatedStorageGb,
        Boolean multiAz,
        Integer backupRetentionDays,
        Boolean deletionProtection,
        Boolean finalSnapshot,
        String databaseName,
        Map<String, String> allowedSources) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing, malformed or out of range */
    public PostgresDatabaseProps {
        Require require = Require.of("PostgresDatabaseProps");
        require.present("naming", naming);
        require.text("vpcId", vpcId);
        subnetIds = require.notEmpty("subnetIds", subnetIds);
        require.check(
                subnetIds.size() >= 2,
                "subnetIds",
                "has " + subnetIds.size() + "; allowed: at least 2 subnets in different AZs");
        require.present("key", key);
        require.check(
                engineVersion != null && engineVersion.matches("\\d{2}(\\.\\d+)?"),
                "engineVersion",
                "'" + engineVersion + "' is not allowed; use MAJOR or MAJOR.MINOR, e.g. 16.3");
        require.check(
                instanceClass != null && instanceClass.matches("db\\.[a-z0-9]+\\.[a-z0-9]+"),
                "instanceClass",
                "'" + instanceClass + "' is not allowed; use an RDS class such as db.t4g.medium");
        allocatedStorageGb =
                require.range("allocatedStorageGb", allocatedStorageGb == null ? 20 : allocatedStorageGb, 20, 65536);
        maxAllocatedStorageGb = maxAllocatedStorageGb == null ? allocatedStorageGb * 2 : maxAllocatedStorageGb;
        require.range("maxAllocatedStorageGb", maxAllocatedStorageGb, allocatedStorageGb, 65536);
        multiAz = multiAz == null || multiAz;
        backupRetentionDays =
                require.range("backupRetentionDays", backupRetentionDays == null ? 7 : backupRetentionDays, 1, 35);
        deletionProtection = deletionProtection == null || deletionProtection;
        finalSnapshot = finalSnapshot == null || finalSnapshot;
        databaseName = databaseName == null ? "app" : databaseName;
        require.check(
                databaseName.matches("[a-z][a-z0-9_]{0,62}"),
                "databaseName",
                "'" + databaseName
                        + "' is not allowed; use lower-case letters, digits and '_', starting with a letter");
        allowedSources = require.map(allowedSources);
    }

    /** The major engine version, e.g. {@code 16} for {@code 16.3}. */
    public String majorVersion() {
        return engineVersion.split("\\.")[0];
    }

    public static PostgresDatabasePropsBuilder builder() {
        return PostgresDatabasePropsBuilder.builder();
    }
}
