package io.enis.constructs.platform;

import com.hashicorp.cdktf.providers.aws.eks_addon.EksAddon;
import com.hashicorp.cdktf.providers.aws.eks_addon.EksAddonConfig;
import com.hashicorp.cdktf.providers.kubernetes.storage_class_v1.StorageClassV1;
import com.hashicorp.cdktf.providers.kubernetes.storage_class_v1.StorageClassV1Config;
import com.hashicorp.cdktf.providers.kubernetes.storage_class_v1.StorageClassV1Metadata;
import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Persistent volumes: the EKS-managed Amazon EBS CSI driver (pinned version) with an IRSA role of its own, and the
 * default StorageClass {@value #STORAGE_CLASS}: gp3 volumes encrypted with the platform's data key,
 * bound when the pod is scheduled (so the volume lands in the pod's zone), kept when the claim is
 * deleted ({@code Retain}), expandable. The role may create, attach, modify and delete only volumes
 * and snapshots tagged as the driver's, and use the data key only for EBS.
 */
final class StorageAddon extends Construct {
    /** The StorageClass services and add-ons claim volumes from. */
    static final String STORAGE_CLASS = "gp3";

    static final String SERVICE_ACCOUNT = "ebs-csi-controller-sa";
    private static final String DRIVER_TAG = "ebs.csi.aws.com/cluster";

    StorageAddon(Construct scope, String id, ClusterAddonsProps props) {
        super(scope, id);
        var account = props.account();
        String volumes = account.arn("ec2", "volume/*");
        String snapshots = "arn:aws:ec2:" + account.region() + "::snapshot/*";
        ServiceRole role = Addons.role(
                this,
                props,
                "ebs-csi",
                "kube-system",
                SERVICE_ACCOUNT,
                List.of(
                        Permission.onAnyResource(
                                "Describe",
                                List.of(
                                        "ec2:DescribeAvailabilityZones",
                                        "ec2:DescribeInstances",
                                        "ec2:DescribeSnapshots",
                                        "ec2:DescribeTags",
                                        "ec2:DescribeVolumes",
                                        "ec2:DescribeVolumesModifications"),
                                "EC2 describe calls do not support resource-level permissions"),
                        Permission.allow("CreateTaggedVolumes", List.of("ec2:CreateVolume"), List.of(volumes))
                                .when("StringEquals", "aws:RequestTag/" + DRIVER_TAG, "true"),
                        Permission.allow("CreateVolumesFromSnapshots", List.of("ec2:CreateVolume"), List.of(snapshots)),
                        Permission.allow("TagOnCreate", List.of("ec2:CreateTags"), List.of(volumes, snapshots))
                                .when("StringEquals", "ec2:CreateAction", "CreateVolume", "CreateSnapshot"),
                        Permission.allow(
                                "AttachDetach",
                                List.of("ec2:AttachVolume", "ec2:DetachVolume"),
                                List.of(volumes, account.arn("ec2", "instance/*"))),
                        Permission.allow(
                                        "ManageOwnVolumes",
                                        List.of("ec2:ModifyVolume", "ec2:DeleteVolume", "ec2:CreateSnapshot"),
                                        List.of(volumes))
                                .when("StringEquals", "aws:ResourceTag/" + DRIVER_TAG, "true"),
                        Permission.allow(
                                        "ManageOwnSnapshots",
                                        List.of("ec2:DeleteSnapshot", "ec2:CreateSnapshot"),
                                        List.of(snapshots))
                                .when("StringEquals", "aws:ResourceTag/" + DRIVER_TAG, "true"),
                        Permission.allow(
                                        "EncryptVolumes",
                                        List.of(
                                                "kms:Encrypt",
                                                "kms:Decrypt",
                                                "kms:ReEncrypt*",
                                                "kms:GenerateDataKey*",
                                                "kms:DescribeKey",
                                                "kms:CreateGrant"),
                                        List.of(props.dataKey().arn()))
                                .when("StringEquals", "kms:ViaService", "ec2." + account.region() + ".amazonaws.com")));
        var driver = new EksAddon(
                this,
                "Driver",
                EksAddonConfig.builder()
                        .clusterName(props.cluster().name())
                        .addonName("aws-ebs-csi-driver")
                        .addonVersion(props.ebsCsiDriverVersion())
                        .serviceAccountRoleArn(role.arn())
                        .resolveConflictsOnCreate("OVERWRITE")
                        .resolveConflictsOnUpdate("OVERWRITE")
                        .build());
        new StorageClassV1(
                this,
                "StorageClass",
                StorageClassV1Config.builder()
                        .metadata(StorageClassV1Metadata.builder()
                                .name(STORAGE_CLASS)
                                .annotations(Map.of("storageclass.kubernetes.io/is-default-class", "true"))
                                .build())
                        .storageProvisioner("ebs.csi.aws.com")
                        .reclaimPolicy("Retain")
                        .volumeBindingMode("WaitForFirstConsumer")
                        .allowVolumeExpansion(true)
                        .parameters(Map.of(
                                "type",
                                "gp3",
                                "encrypted",
                                "true",
                                "kmsKeyId",
                                props.dataKey().arn()))
                        .dependsOn(List.of(driver))
                        .build());
    }
}
