package io.enis.constructs.platform;

import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.OrderedMap;
import java.util.List;
import software.constructs.Construct;

/**
 * The AWS Load Balancer Controller in {@code kube-system}, which turns Ingresses into ALBs. Its IRSA
 * policy follows the controller's published policy, scoped to ELB and security-group ARNs of this
 * account and region, and to resources tagged {@code elbv2.k8s.aws/cluster} for anything that
 * modifies or deletes; only describe calls (which AWS cannot scope) are on any resource. WAF and
 * Shield integrations are not granted (not used).
 */
final class LoadBalancerControllerAddon extends Construct {
    static final String SERVICE_ACCOUNT = "aws-load-balancer-controller";
    private static final String CLUSTER_TAG = "aws:ResourceTag/elbv2.k8s.aws/cluster";
    private static final String REQUEST_TAG = "aws:RequestTag/elbv2.k8s.aws/cluster";

    LoadBalancerControllerAddon(Construct scope, String id, ClusterAddonsProps props) {
        super(scope, id);
        ServiceRole role =
                Addons.role(this, props, "lb-controller", "kube-system", SERVICE_ACCOUNT, permissions(props.account()));
        Addons.chart(
                this,
                props,
                "aws-load-balancer-controller",
                "kube-system",
                OrderedMap.of(
                        "clusterName",
                        props.cluster().name(),
                        "region",
                        props.account().region(),
                        "vpcId",
                        props.vpcId(),
                        "replicaCount",
                        2,
                        "serviceAccount",
                        OrderedMap.of(
                                "create", true, "name", SERVICE_ACCOUNT, "annotations", Addons.roleAnnotation(role)),
                        "enableShield",
                        false,
                        "enableWaf",
                        false,
                        "enableWafv2",
                        false));
    }

    static List<Permission> permissions(AwsAccount account) {
        String securityGroups = account.arn("ec2", "security-group/*");
        List<String> balancers = List.of(
                account.arn("elasticloadbalancing", "loadbalancer/app/*/*"),
                account.arn("elasticloadbalancing", "loadbalancer/net/*/*"));
        List<String> targetGroups = List.of(account.arn("elasticloadbalancing", "targetgroup/*/*"));
        List<String> listeners = List.of(
                account.arn("elasticloadbalancing", "listener/app/*/*/*"),
                account.arn("elasticloadbalancing", "listener-rule/app/*/*/*/*"),
                account.arn("elasticloadbalancing", "listener/net/*/*/*"));
        List<String> balancersAndGroups = new java.util.ArrayList<>(balancers);
        balancersAndGroups.addAll(targetGroups);
        return List.of(
                Permission.onAnyResource(
                        "Describe",
                        List.of(
                                "ec2:DescribeAccountAttributes",
                                "ec2:DescribeAddresses",
                                "ec2:DescribeAvailabilityZones",
                                "ec2:DescribeInternetGateways",
                                "ec2:DescribeVpcs",
                                "ec2:DescribeSubnets",
                                "ec2:DescribeSecurityGroups",
                                "ec2:DescribeInstances",
                                "ec2:DescribeNetworkInterfaces",
                                "ec2:DescribeTags",
                                "elasticloadbalancing:DescribeLoadBalancers",
                                "elasticloadbalancing:DescribeLoadBalancerAttributes",
                                "elasticloadbalancing:DescribeListeners",
                                "elasticloadbalancing:DescribeListenerCertificates",
                                "elasticloadbalancing:DescribeSSLPolicies",
                                "elasticloadbalancing:DescribeRules",
                                "elasticloadbalancing:DescribeTargetGroups",
                                "elasticloadbalancing:DescribeTargetGroupAttributes",
                                "elasticloadbalancing:DescribeTargetHealth",
                                "elasticloadbalancing:DescribeTags",
                                "acm:ListCertificates",
                                "acm:DescribeCertificate"),
                        "EC2, ELB and ACM describe calls do not support resource-level permissions"),
                Permission.onAnyResource(
                                "CreateElbServiceLinkedRole",
                                List.of("iam:CreateServiceLinkedRole"),
                                "the service-linked role does not exist before it is created")
                        .when("StringEquals", "iam:AWSServiceName", "elasticloadbalancing.amazonaws.com"),
                Permission.allow(
                        "CreateSecurityGroups",
                        List.of("ec2:CreateSecurityGroup"),
                        List.of(securityGroups, account.arn("ec2", "vpc/*"))),
                Permission.allow("TagNewSecurityGroups", List.of("ec2:CreateTags"), List.of(securityGroups))
                        .when("StringEquals", "ec2:CreateAction", "CreateSecurityGroup"),
                Permission.allow(
                                "ManageOwnSecurityGroups",
                                List.of(
                                        "ec2:CreateTags",
                                        "ec2:DeleteTags",
                                        "ec2:AuthorizeSecurityGroupIngress",
                                        "ec2:RevokeSecurityGroupIngress",
                                        "ec2:DeleteSecurityGroup"),
                                List.of(securityGroups))
                        .when("Null", CLUSTER_TAG, "false"),
                Permission.allow(
                                "CreateTaggedBalancers",
                                List.of(
                                        "elasticloadbalancing:CreateLoadBalancer",
                                        "elasticloadbalancing:CreateTargetGroup"),
                                balancersAndGroups)
                        .when("Null", REQUEST_TAG, "false"),
                Permission.allow(
                        "ManageListeners",
                        List.of(
                                "elasticloadbalancing:CreateListener",
                                "elasticloadbalancing:DeleteListener",
                                "elasticloadbalancing:CreateRule",
                                "elasticloadbalancing:DeleteRule",
                                "elasticloadbalancing:ModifyListener",
                                "elasticloadbalancing:ModifyRule",
                                "elasticloadbalancing:AddListenerCertificates",
                                "elasticloadbalancing:RemoveListenerCertificates"),
                        concat(balancers, listeners)),
                Permission.allow(
                                "ManageOwnBalancers",
                                List.of(
                                        "elasticloadbalancing:AddTags",
                                        "elasticloadbalancing:RemoveTags",
                                        "elasticloadbalancing:ModifyLoadBalancerAttributes",
                                        "elasticloadbalancing:SetIpAddressType",
                                        "elasticloadbalancing:SetSecurityGroups",
                                        "elasticloadbalancing:SetSubnets",
                                        "elasticloadbalancing:DeleteLoadBalancer",
                                        "elasticloadbalancing:ModifyTargetGroup",
                                        "elasticloadbalancing:ModifyTargetGroupAttributes",
                                        "elasticloadbalancing:DeleteTargetGroup"),
                                balancersAndGroups)
                        .when("Null", CLUSTER_TAG, "false"),
                Permission.allow(
                        "RegisterTargets",
                        List.of("elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"),
                        targetGroups));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
