package io.enis.constructs.platform;

import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.OrderedMap;
import java.util.List;
import software.constructs.Construct;

/**
 * cluster-autoscaler in {@code kube-system}, discovering the managed node groups by the tags EKS
 * puts on their Auto Scaling groups. It may change the size of, and terminate instances in, only
 * the groups tagged as owned by this cluster.
 */
final class ClusterAutoscalerAddon extends Construct {
    static final String SERVICE_ACCOUNT = "cluster-autoscaler";

    ClusterAutoscalerAddon(Construct scope, String id, ClusterAddonsProps props) {
        super(scope, id);
        String cluster = props.cluster().name();
        ServiceRole role = Addons.role(
                this,
                props,
                "cluster-autoscaler",
                "kube-system",
                SERVICE_ACCOUNT,
                List.of(
                        Permission.onAnyResource(
                                "Describe",
                                List.of(
                                        "autoscaling:DescribeAutoScalingGroups",
                                        "autoscaling:DescribeAutoScalingInstances",
                                        "autoscaling:DescribeLaunchConfigurations",
                                        "autoscaling:DescribeScalingActivities",
                                        "autoscaling:DescribeTags",
                                        "ec2:DescribeImages",
                                        "ec2:DescribeInstanceTypes",
                                        "ec2:DescribeLaunchTemplateVersions",
                                        "ec2:GetInstanceTypesFromInstanceRequirements",
                                        "eks:DescribeNodegroup"),
                                "Auto Scaling, EC2 and EKS describe calls do not support resource-level permissions"),
                        Permission.allow(
                                        "ScaleOwnNodeGroups",
                                        List.of(
                                                "autoscaling:SetDesiredCapacity",
                                                "autoscaling:TerminateInstanceInAutoScalingGroup"),
                                        List.of(props.account()
                                                .arn("autoscaling", "autoScalingGroup:*:autoScalingGroupName/*")))
                                .when(
                                        "StringEquals",
                                        "aws:ResourceTag/k8s.io/cluster-autoscaler/" + cluster,
                                        "owned")));
        Addons.chart(
                this,
                props,
                "cluster-autoscaler",
                "kube-system",
                OrderedMap.of(
                        "autoDiscovery", OrderedMap.of("clusterName", cluster),
                        "awsRegion", props.account().region(),
                        "rbac",
                                OrderedMap.of(
                                        "serviceAccount",
                                        OrderedMap.of(
                                                "create",
                                                true,
                                                "name",
                                                SERVICE_ACCOUNT,
                                                "annotations",
                                                Addons.roleAnnotation(role))),
                        "extraArgs",
                                OrderedMap.of(
                                        "balance-similar-node-groups", true, "skip-nodes-with-system-pods", false)));
    }
}
