package io.enis.constructs.aws.network;

import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroupConfig;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRuleConfig;
import java.util.Map;
import software.constructs.Construct;

/**
 * A security group for a data store that accepts one TCP port from named source security groups
 * only. It has no egress rules: the store initiates no connections. Each source is its own
 * {@code aws_vpc_security_group_ingress_rule}, described by its name, so a review shows who can
 * connect.
 */
public final class IngressSecurityGroup extends Construct {
    private final SecurityGroup group;

    public IngressSecurityGroup(Construct scope, String id, IngressSecurityGroupProps props) {
        super(scope, id);
        String name = props.naming().name(props.purpose());
        this.group = new SecurityGroup(
                this,
                "Group",
                SecurityGroupConfig.builder()
                        .name(name)
                        .description("Allows port " + props.port() + " from named sources only")
                        .vpcId(props.vpcId())
                        .tags(Map.of("Name", name))
                        .build());
        props.allowedSources()
                .forEach((source, sourceGroupId) -> new VpcSecurityGroupIngressRule(
                        this,
                        "From-" + source,
                        VpcSecurityGroupIngressRuleConfig.builder()
                                .securityGroupId(group.getId())
                                .description("port " + props.port() + " from " + source)
                                .ipProtocol("tcp")
                                .fromPort(props.port())
                                .toPort(props.port())
                                .referencedSecurityGroupId(sourceGroupId)
                                .build()));
    }

    /** Security group id (a Terraform reference). */
    public String id() {
        return group.getId();
    }
}
