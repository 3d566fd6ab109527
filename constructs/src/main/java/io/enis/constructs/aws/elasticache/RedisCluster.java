package io.enis.constructs.aws.elasticache;

import com.hashicorp.cdktf.providers.aws.elasticache_replication_group.ElasticacheReplicationGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_replication_group.ElasticacheReplicationGroupConfig;
import com.hashicorp.cdktf.providers.aws.elasticache_replication_group.ElasticacheReplicationGroupLogDeliveryConfiguration;
import com.hashicorp.cdktf.providers.aws.elasticache_subnet_group.ElasticacheSubnetGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_subnet_group.ElasticacheSubnetGroupConfig;
import io.enis.constructs.aws.logs.LogGroup;
import io.enis.constructs.aws.secrets.GeneratedSecret;
import io.enis.constructs.aws.secrets.GeneratedSecretProps;
import io.enis.constructs.aws.logs.LogGroupProps;
import io.enis.constructs.aws.network.IngressSecurityGroup;
import io.enis.constructs.aws.network.IngressSecurityGroupProps;
import java.util.List;
import software.constructs.Construct;

/**
 * An ElastiCache for Redis replication group.
 *
 * <p>Always: encryption at rest with the given key and in transit (TLS); an AUTH token generated
 * once by Secrets Manager's password generator, stored in a KMS-encrypted secret that services
 * read, and never regenerated on later plans ({@code ignore_changes} on the secret value); slow
 * log delivered to an encrypted CloudWatch log group; minor versions upgraded automatically; a
 * security group allowing only named sources on 6379. From the props: replicas, automatic
 * failover (on whenever there is a replica), multi-AZ and snapshot retention.
 *
 * <p>Note: Terraform keeps the AUTH token in state, which is why the state bucket is encrypted
 * and access to it restricted.
 */
public final class RedisCluster extends Construct {
    /** The Redis port. */
    public static final int PORT = 6379;

    private final ElasticacheReplicationGroup group;
    private final GeneratedSecret authToken;
    private final IngressSecurityGroup securityGroup;

    public RedisCluster(Construct scope, String id, RedisClusterProps props) {
        super(scope, id);
        var naming = props.naming();
        String name = naming.name("redis");
        this.securityGroup = new IngressSecurityGroup(this, "SecurityGroup", IngressSecurityGroupProps.builder()
                .naming(naming).purpose("redis").vpcId(props.vpcId()).port(PORT)
                .allowedSources(props.allowedSources())
                .build());
        var subnets = new ElasticacheSubnetGroup(this, "SubnetGroup", ElasticacheSubnetGroupConfig.builder()
                .name(name)
                .subnetIds(props.subnetIds())
                .build());
        this.authToken = new GeneratedSecret(this, "AuthToken", GeneratedSecretProps.builder()
                .name(name + "-auth-token")
                .description("AUTH token of " + name)
                .key(props.key())
                .build());
        var slowLog = new LogGroup(this, "SlowLog", LogGroupProps.builder()
                .name("/aws/elasticache/" + name + "/slow-log")
                .retentionDays(props.logRetentionDays())
                .key(props.key())
                .build());
        boolean failover = props.replicas() > 0;
        this.group = new ElasticacheReplicationGroup(this, "ReplicationGroup", ElasticacheReplicationGroupConfig.builder()
                .replicationGroupId(name)
                .description("Redis for " + naming.prefix())
                .engine("redis")
                .engineVersion(props.engineVersion())
                .nodeType(props.nodeType())
                .port(PORT)
                .numCacheClusters(1 + props.replicas())
                .automaticFailoverEnabled(failover)
                .multiAzEnabled(props.multiAz())
                .subnetGroupName(subnets.getName())
                .securityGroupIds(List.of(securityGroup.id()))
                .atRestEncryptionEnabled(true)
                .kmsKeyId(props.key().arn())
                .transitEncryptionEnabled(true)
                .authToken(authToken.value())
                .snapshotRetentionLimit(props.snapshotRetentionDays())
                .autoMinorVersionUpgrade("true")
                .applyImmediately(false)
                .logDeliveryConfiguration(List.of(ElasticacheReplicationGroupLogDeliveryConfiguration.builder()
                        .destinationType("cloudwatch-logs")
                        .destination(slowLog.name())
                        .logFormat("json")
                        .logType("slow-log")
                        .build()))
                .build());
    }

    /** Primary endpoint host name (a Terraform reference). */
    public String primaryEndpoint() {
        return group.getPrimaryEndpointAddress();
    }

    /** ARN of the secret holding the AUTH token (a Terraform reference). */
    public String authTokenSecretArn() {
        return authToken.arn();
    }

    /** The cache's security group id. */
    public String securityGroupId() {
        return securityGroup.id();
    }
}
