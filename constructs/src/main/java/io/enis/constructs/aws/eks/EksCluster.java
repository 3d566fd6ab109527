package io.enis.constructs.aws.eks;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterConfig;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterEncryptionConfig;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterEncryptionConfigProvider;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterVpcConfig;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroup;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupConfig;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupLaunchTemplate;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupScalingConfig;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupUpdateConfig;
import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProvider;
import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProviderConfig;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappings;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappingsEbs;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateConfig;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateMetadataOptions;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateTagSpecifications;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroupConfig;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRuleConfig;
import io.enis.constructs.aws.iam.AwsServiceRole;
import io.enis.constructs.aws.iam.AwsServiceRoleProps;
import io.enis.constructs.aws.logs.LogGroup;
import io.enis.constructs.aws.logs.LogGroupProps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * An EKS cluster with managed node groups, ready for IRSA.
 *
 * <p>Always: API endpoint private (public only with an explicit allowlist, see
 * {@link EksClusterProps}); Kubernetes secrets envelope-encrypted with the key; all five
 * control-plane log types into an encrypted log group created before the cluster; an extra
 * cluster security group admitting 443 only from {@code apiAccessCidrs}; node groups in the private
 * subnets from launch templates that require IMDSv2 with a hop limit of 1 (pods cannot reach the
 * node's credentials; they use IRSA) and encrypt root volumes with the key; an IAM OIDC provider
 * for IRSA.
 */
public final class EksCluster extends Construct {
    /** Control-plane log types, all of them. */
    public static final List<String> LOG_TYPES =
            List.of("api", "audit", "authenticator", "controllerManager", "scheduler");
    /**
     * SHA-1 of the root CA of the EKS OIDC issuer. IAM verifies EKS issuers against its own trust
     * store, but the provider schema still requires a thumbprint.
     */
    static final String OIDC_ROOT_CA_THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

    private static final String MANAGED = "arn:aws:iam::aws:policy/";

    private final com.hashicorp.cdktf.providers.aws.eks_cluster.EksCluster cluster;
    private final IamOpenidConnectProvider oidc;
    private final AwsServiceRole nodeRole;

    public EksCluster(Construct scope, String id, EksClusterProps props) {
        super(scope, id);
        var naming = props.naming();
        String name = naming.name("eks");
        var clusterRole = new AwsServiceRole(
                this,
                "ClusterRole",
                AwsServiceRoleProps.builder()
                        .naming(naming)
                        .purpose("eks-cluster")
                        .account(props.account())
                        .servicePrincipal("eks.amazonaws.com")
                        .sourceAccountCondition(false)
                        .managedPolicyArns(List.of(MANAGED + "AmazonEKSClusterPolicy"))
                        .build());
        var logGroup = new LogGroup(
                this,
                "ControlPlaneLogs",
                LogGroupProps.builder()
                        .name("/aws/eks/" + name + "/cluster")
                        .retentionDays(props.logRetentionDays())
                        .key(props.logKey())
                        .build());
        var apiGroup = new SecurityGroup(
                this,
                "ApiSecurityGroup",
                SecurityGroupConfig.builder()
                        .name(naming.name("eks-api"))
                        .description("Private EKS API access from named CIDRs on 443")
                        .vpcId(props.vpcId())
                        .tags(Map.of("Name", naming.name("eks-api")))
                        .build());
        for (int i = 0; i < props.apiAccessCidrs().size(); i++) {
            new VpcSecurityGroupIngressRule(
                    this,
                    "ApiFromCidr" + i,
                    VpcSecurityGroupIngressRuleConfig.builder()
                            .securityGroupId(apiGroup.getId())
                            .description("Kubernetes API from "
                                    + props.apiAccessCidrs().get(i))
                            .ipProtocol("tcp")
                            .fromPort(443)
                            .toPort(443)
                            .cidrIpv4(props.apiAccessCidrs().get(i))
                            .build());
        }
        this.cluster = new com.hashicorp.cdktf.providers.aws.eks_cluster.EksCluster(
                this,
                "Cluster",
                EksClusterConfig.builder()
                        .name(name)
                        .version(props.version())
                        .roleArn(clusterRole.arn())
                        .vpcConfig(EksClusterVpcConfig.builder()
                                .subnetIds(props.subnetIds())
                                .securityGroupIds(List.of(apiGroup.getId()))
                                .endpointPrivateAccess(true)
                                .endpointPublicAccess(props.publicEndpoint())
                                .publicAccessCidrs(props.publicEndpoint() ? props.publicAccessCidrs() : null)
                                .build())
                        .encryptionConfig(EksClusterEncryptionConfig.builder()
                                .resources(List.of("secrets"))
                                .provider(EksClusterEncryptionConfigProvider.builder()
                                        .keyArn(props.key().arn())
                                        .build())
                                .build())
                        .enabledClusterLogTypes(LOG_TYPES)
                        .dependsOn(List.of(logGroup.resource(), clusterRole.role()))
                        .build());
        this.oidc = new IamOpenidConnectProvider(
                this,
                "OidcProvider",
                IamOpenidConnectProviderConfig.builder()
                        .url(oidcIssuerUrl())
                        .clientIdList(List.of("sts.amazonaws.com"))
                        .thumbprintList(List.of(OIDC_ROOT_CA_THUMBPRINT))
                        .build());
        this.nodeRole = new AwsServiceRole(
                this,
                "NodeRole",
                AwsServiceRoleProps.builder()
                        .naming(naming)
                        .purpose("eks-node")
                        .account(props.account())
                        .servicePrincipal("ec2.amazonaws.com")
                        .sourceAccountCondition(false)
                        .managedPolicyArns(List.of(
                                MANAGED + "AmazonEKSWorkerNodePolicy",
                                MANAGED + "AmazonEKS_CNI_Policy",
                                MANAGED + "AmazonEC2ContainerRegistryReadOnly"))
                        .build());
        for (NodeGroupSpec spec : props.nodeGroups()) {
            nodeGroup(props, spec);
        }
    }

    private void nodeGroup(EksClusterProps props, NodeGroupSpec spec) {
        var naming = props.naming();
        String name = naming.name("eks-" + spec.name());
        Map<String, String> tags = new LinkedHashMap<>(naming.tags());
        tags.put("Name", name);
        var template = new LaunchTemplate(
                this,
                "LaunchTemplate-" + spec.name(),
                LaunchTemplateConfig.builder()
                        .name(name)
                        .updateDefaultVersion(true)
                        .metadataOptions(LaunchTemplateMetadataOptions.builder()
                                .httpEndpoint("enabled")
                                .httpTokens("required")
                                .httpPutResponseHopLimit(1)
                                .build())
                        .blockDeviceMappings(List.of(LaunchTemplateBlockDeviceMappings.builder()
                                .deviceName("/dev/xvda")
                                .ebs(LaunchTemplateBlockDeviceMappingsEbs.builder()
                                        .volumeSize(spec.diskSizeGb())
                                        .volumeType("gp3")
                                        .encrypted("true")
                                        .kmsKeyId(props.key().arn())
                                        .deleteOnTermination("true")
                                        .build())
                                .build()))
                        // default_tags do not reach instances launched by the node group's Auto Scaling group
                        .tagSpecifications(List.of(
                                LaunchTemplateTagSpecifications.builder()
                                        .resourceType("instance")
                                        .tags(tags)
                                        .build(),
                                LaunchTemplateTagSpecifications.builder()
                                        .resourceType("volume")
                                        .tags(tags)
                                        .build()))
                        .build());
        new EksNodeGroup(
                this,
                "NodeGroup-" + spec.name(),
                EksNodeGroupConfig.builder()
                        .clusterName(cluster.getName())
                        .nodeGroupName(name)
                        .nodeRoleArn(nodeRole.arn())
                        .subnetIds(props.subnetIds())
                        .instanceTypes(spec.instanceTypes())
                        .capacityType(spec.capacityType())
                        .scalingConfig(EksNodeGroupScalingConfig.builder()
                                .minSize(spec.minSize())
                                .desiredSize(spec.desiredSize())
                                .maxSize(spec.maxSize())
                                .build())
                        .updateConfig(EksNodeGroupUpdateConfig.builder()
                                .maxUnavailablePercentage(33)
                                .build())
                        .launchTemplate(EksNodeGroupLaunchTemplate.builder()
                                .id(template.getId())
                                .version(com.hashicorp.cdktf.Token.asString(template.getLatestVersion()))
                                .build())
                        // the cluster autoscaler changes the desired size at run time
                        .lifecycle(TerraformResourceLifecycle.builder()
                                .ignoreChanges(List.of("scaling_config[0].desired_size"))
                                .build())
                        .dependsOn(List.of(nodeRole.role()))
                        .build());
    }

    /** Cluster name (a Terraform reference). */
    public String name() {
        return cluster.getName();
    }

    /** API server endpoint (a Terraform reference). */
    public String endpoint() {
        return cluster.getEndpoint();
    }

    /** Base64 certificate authority data of the API server (a Terraform reference). */
    public String certificateAuthorityData() {
        return cluster.getCertificateAuthority().get(0).getData();
    }

    /** OIDC issuer URL, {@code https://oidc.eks...} (a Terraform reference). */
    public String oidcIssuerUrl() {
        return cluster.getIdentity().get(0).getOidc().get(0).getIssuer();
    }

    /** ARN of the IAM OIDC provider used by IRSA roles (a Terraform reference). */
    public String oidcProviderArn() {
        return oidc.getArn();
    }

    /** The security group EKS attaches to the control plane and managed nodes (a Terraform reference). */
    public String clusterSecurityGroupId() {
        return cluster.getVpcConfig().getClusterSecurityGroupId();
    }

    /** ARN of the nodes' IAM role. */
    public String nodeRoleArn() {
        return nodeRole.arn();
    }
}
