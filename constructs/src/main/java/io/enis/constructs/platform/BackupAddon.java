package io.enis.constructs.platform;

import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.OrderedMap;
import java.util.List;
import software.constructs.Construct;

/**
 * Velero in namespace {@code velero}: cluster state (every namespace's objects) and EBS volume
 * snapshots on the props' schedule, kept for the props' retention, written to the backup bucket
 * with SSE-KMS. Its role reaches only that bucket, the data key and EBS snapshots and volumes of
 * this account.
 */
final class BackupAddon extends Construct {
    static final String NAMESPACE = "velero";
    static final String SERVICE_ACCOUNT = "velero";
    /** The AWS plugin image, pinned (it ships with the Velero chart's documented values). */
    static final String AWS_PLUGIN_IMAGE = "velero/velero-plugin-for-aws:v1.9.0";

    BackupAddon(Construct scope, String id, ClusterAddonsProps props) {
        super(scope, id);
        var account = props.account();
        String bucketArn = props.backupBucket().arn();
        ServiceRole role = Addons.role(
                this,
                props,
                "velero",
                NAMESPACE,
                SERVICE_ACCOUNT,
                List.of(
                        Permission.onAnyResource(
                                "DescribeVolumes",
                                List.of("ec2:DescribeVolumes", "ec2:DescribeSnapshots"),
                                "EC2 describe calls do not support resource-level permissions"),
                        Permission.allow(
                                "Snapshots",
                                List.of(
                                        "ec2:CreateSnapshot",
                                        "ec2:DeleteSnapshot",
                                        "ec2:CreateTags",
                                        "ec2:CreateVolume"),
                                List.of(
                                        "arn:aws:ec2:" + account.region() + "::snapshot/*",
                                        account.arn("ec2", "volume/*"))),
                        Permission.allow(
                                "BackupObjects",
                                List.of(
                                        "s3:GetObject",
                                        "s3:PutObject",
                                        "s3:DeleteObject",
                                        "s3:AbortMultipartUpload",
                                        "s3:ListMultipartUploadParts"),
                                List.of(bucketArn + "/*")),
                        Permission.allow("BackupBucket", List.of("s3:ListBucket"), List.of(bucketArn)),
                        Permission.allow(
                                "BackupKey",
                                List.of(
                                        "kms:Encrypt",
                                        "kms:Decrypt",
                                        "kms:ReEncrypt*",
                                        "kms:GenerateDataKey*",
                                        "kms:DescribeKey"),
                                List.of(props.dataKey().arn()))));
        Addons.chart(
                this,
                props,
                "velero",
                NAMESPACE,
                OrderedMap.of(
                        "initContainers",
                                List.of(OrderedMap.of(
                                        "name",
                                        "velero-plugin-for-aws",
                                        "image",
                                        AWS_PLUGIN_IMAGE,
                                        "volumeMounts",
                                        List.of(OrderedMap.of("mountPath", "/target", "name", "plugins")))),
                        "credentials", OrderedMap.of("useSecret", false),
                        "serviceAccount",
                                OrderedMap.of(
                                        "server",
                                        OrderedMap.of(
                                                "create",
                                                true,
                                                "name",
                                                SERVICE_ACCOUNT,
                                                "annotations",
                                                Addons.roleAnnotation(role))),
                        "configuration",
                                OrderedMap.of(
                                        "backupStorageLocation",
                                                List.of(OrderedMap.of(
                                                        "name",
                                                        "default",
                                                        "provider",
                                                        "aws",
                                                        "bucket",
                                                        props.backupBucket().bucketName(),
                                                        "config",
                                                        OrderedMap.of(
                                                                "region",
                                                                account.region(),
                                                                "kmsKeyId",
                                                                props.dataKey().arn(),
                                                                "serverSideEncryption",
                                                                "aws:kms"))),
                                        "volumeSnapshotLocation",
                                                List.of(OrderedMap.of(
                                                        "name",
                                                        "default",
                                                        "provider",
                                                        "aws",
                                                        "config",
                                                        OrderedMap.of("region", account.region())))),
                        "schedules",
                                OrderedMap.of(
                                        "cluster-state",
                                        OrderedMap.of(
                                                "schedule", props.backupSchedule(),
                                                "template",
                                                        OrderedMap.of(
                                                                "ttl",
                                                                (props.backupRetentionDays() * 24) + "h0m0s",
                                                                "includedNamespaces",
                                                                List.of("*"),
                                                                "snapshotVolumes",
                                                                true)))));
    }
}
