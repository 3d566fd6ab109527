package io.enis.constructs.aws.iam;

import static io.enis.constructs.aws.iam.Policies.allow;
import static io.enis.constructs.aws.iam.Policies.condition;
import static io.enis.constructs.aws.iam.Policies.principals;

import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachmentConfig;
import java.util.List;
import software.constructs.Construct;

/**
 * An IAM role that one AWS service assumes (flow logs, the EKS control plane, EC2 nodes), with
 * AWS managed policies attached and an optional inline policy.
 */
public final class AwsServiceRole extends Construct {
    private final IamRole role;

    public AwsServiceRole(Construct scope, String id, AwsServiceRoleProps props) {
        super(scope, id);
        var trust = allow("ServiceAssumesRole")
                .principals(principals("Service", List.of(props.servicePrincipal())))
                .actions(List.of("sts:AssumeRole"));
        if (props.sourceAccountCondition()) {
            trust.condition(List.of(condition(
                    "StringEquals", "aws:SourceAccount", List.of(props.account().accountId()))));
        }
        var trustPolicy = Policies.document(this, "Trust", List.of(trust.build()));
        this.role = new IamRole(
                this,
                "Role",
                IamRoleConfig.builder()
                        .name(props.naming().name(props.purpose()))
                        .assumeRolePolicy(trustPolicy.getJson())
                        .build());
        for (int i = 0; i < props.managedPolicyArns().size(); i++) {
            new IamRolePolicyAttachment(
                    this,
                    "Managed" + i,
                    IamRolePolicyAttachmentConfig.builder()
                            .role(role.getName())
                            .policyArn(props.managedPolicyArns().get(i))
                            .build());
        }
        if (!props.statements().isEmpty()) {
            var permissions = Policies.document(this, "Permissions", props.statements());
            new IamRolePolicy(
                    this,
                    "Inline",
                    IamRolePolicyConfig.builder()
                            .name(props.naming().name(props.purpose()))
                            .role(role.getId())
                            .policy(permissions.getJson())
                            .build());
        }
    }

    /** Role ARN (a Terraform reference). */
    public String arn() {
        return role.getArn();
    }

    /** Role name (a Terraform reference). */
    public String name() {
        return role.getName();
    }

    /** The underlying {@code aws_iam_role}. */
    public IamRole role() {
        return role;
    }
}
