package io.enis.constructs.aws.rds;

import com.hashicorp.cdktf.providers.aws.db_instance.DbInstance;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstanceConfig;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroup;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroupConfig;
import com.hashicorp.cdktf.providers.aws.db_parameter_group.DbParameterGroupParameter;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroup;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroupConfig;
import io.enis.constructs.aws.network.IngressSecurityGroup;
import io.enis.constructs.aws.network.IngressSecurityGroupProps;
import java.util.List;
import software.constructs.Construct;

/**
 * RDS for PostgreSQL in the data subnets.
 *
 * <p>Always: storage encrypted with the given key; not publicly accessible; master password
 * generated and rotated by RDS in Secrets Manager (encrypted with the key), never in Terraform
 * state; a parameter group forcing SSL ({@code rds.force_ssl=1}) and logging connections and slow
 * statements; PostgreSQL and upgrade logs exported to CloudWatch; Performance Insights encrypted
 * with the key; IAM authentication on; minor versions upgraded automatically; tags copied to
 * snapshots; a security group allowing only named sources on 5432. From the props: backup
 * retention, multi-AZ, deletion protection and the final snapshot.
 */
public final class PostgresDatabase extends Construct {
    /** The PostgreSQL port. */
    public static final int PORT = 5432;

    private final DbInstance instance;
    private final IngressSecurityGroup securityGroup;

    public PostgresDatabase(Construct scope, String id, PostgresDatabaseProps props) {
        super(scope, id);
        var naming = props.naming();
        String name = naming.name("postgres");
        this.securityGroup = new IngressSecurityGroup(
                this,
                "SecurityGroup",
                IngressSecurityGroupProps.builder()
                        .naming(naming)
                        .purpose("postgres")
                        .vpcId(props.vpcId())
                        .port(PORT)
                        .allowedSources(props.allowedSources())
                        .build());
        var subnets = new DbSubnetGroup(
                this,
                "SubnetGroup",
                DbSubnetGroupConfig.builder()
                        .name(name)
                        .subnetIds(props.subnetIds())
                        .build());
        var parameters = new DbParameterGroup(
                this,
                "Parameters",
                DbParameterGroupConfig.builder()
                        .name(name + "-pg" + props.majorVersion())
                        .family("postgres" + props.majorVersion())
                        .parameter(List.of(
                                parameter("rds.force_ssl", "1"),
                                parameter("log_connections", "1"),
                                parameter("log_disconnections", "1"),
                                parameter("log_min_duration_statement", "1000")))
                        .build());
        this.instance = new DbInstance(
                this,
                "Instance",
                DbInstanceConfig.builder()
                        .identifier(name)
                        .engine("postgres")
                        .engineVersion(props.engineVersion())
                        .instanceClass(props.instanceClass())
                        .dbName(props.databaseName())
                        .username("enis_admin")
                        .manageMasterUserPassword(true)
                        .masterUserSecretKmsKeyId(props.key().arn())
                        .allocatedStorage(props.allocatedStorageGb())
                        .maxAllocatedStorage(props.maxAllocatedStorageGb())
                        .storageType("gp3")
                        .storageEncrypted(true)
                        .kmsKeyId(props.key().arn())
                        .dbSubnetGroupName(subnets.getName())
                        .vpcSecurityGroupIds(List.of(securityGroup.id()))
                        .parameterGroupName(parameters.getName())
                        .publiclyAccessible(false)
                        .multiAz(props.multiAz())
                        .backupRetentionPeriod(props.backupRetentionDays())
                        .deletionProtection(props.deletionProtection())
                        .skipFinalSnapshot(!props.finalSnapshot())
                        .finalSnapshotIdentifier(props.finalSnapshot() ? name + "-final" : null)
                        .copyTagsToSnapshot(true)
                        .enabledCloudwatchLogsExports(List.of("postgresql", "upgrade"))
                        .performanceInsightsEnabled(true)
                        .performanceInsightsKmsKeyId(props.key().arn())
                        .iamDatabaseAuthenticationEnabled(true)
                        .autoMinorVersionUpgrade(true)
                        .applyImmediately(false)
                        .build());
    }

    private static DbParameterGroupParameter parameter(String name, String value) {
        return DbParameterGroupParameter.builder()
                .name(name)
                .value(value)
                .applyMethod("pending-reboot")
                .build();
    }

    /** {@code host:port} of the instance (a Terraform reference). */
    public String endpoint() {
        return instance.getEndpoint();
    }

    /** Host name of the instance (a Terraform reference). */
    public String address() {
        return instance.getAddress();
    }

    /** ARN of the Secrets Manager secret holding the master credentials (a Terraform reference). */
    public String masterSecretArn() {
        return instance.getMasterUserSecret().get(0).getSecretArn();
    }

    /** The database's security group id, to which other constructs may add named sources. */
    public String securityGroupId() {
        return securityGroup.id();
    }
}
