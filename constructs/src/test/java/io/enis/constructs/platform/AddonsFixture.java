package io.enis.constructs.platform;

import com.hashicorp.cdktf.TerraformStack;
import io.enis.constructs.TestStacks;
import io.enis.constructs.aws.eks.EksCluster;
import io.enis.constructs.aws.eks.EksClusterProps;
import io.enis.constructs.aws.eks.NodeGroupSpec;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import java.util.List;

/** A stack with a cluster and what ClusterAddons needs, and props built only from required values. */
final class AddonsFixture {
    final TerraformStack stack = TestStacks.awsAndKubernetes();
    final EncryptionKey key = TestStacks.key(stack, "data");
    final EksCluster cluster = new EksCluster(stack, "Eks", EksClusterProps.builder()
            .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).version("1.29").vpcId("vpc-1")
            .subnetIds(List.of("subnet-a", "subnet-b")).key(key).logKey(key)
            .apiAccessCidrs(List.of("10.0.16.0/20"))
            .nodeGroups(List.of(NodeGroupSpec.builder().name("general").instanceTypes(List.of("m6i.large"))
                    .minSize(2).desiredSize(2).maxSize(4).build()))
            .build());
    final SecureBucket backups = new SecureBucket(stack, "ClusterBackups", SecureBucketProps.builder()
            .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).purpose("cluster-backups").key(key)
            .accessLogBucket("logs").build());

    /** Every required value, nothing optional: what is left is the defaults. */
    ClusterAddonsPropsBuilder required() {
        return ClusterAddonsProps.builder()
                .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).cluster(cluster).vpcId("vpc-1")
                .receivers(List.of(AlertReceiver.builder().name("oncall").type(AlertReceiverType.SLACK)
                        .secretName("enis/test/alerting/slack").severities(List.of(AlertSeverity.CRITICAL)).build()))
                .grafanaAdminSecret("enis/test/grafana-admin")
                .backupBucket(backups).dataKey(key)
                .backupSchedule("0 3 * * *").backupRetentionDays(30)
                .ebsCsiDriverVersion("v1.28.0-eksbuild.1");
    }

    ClusterAddons addons() {
        return new ClusterAddons(stack, "Addons", required().build());
    }
}
