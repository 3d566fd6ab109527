package io.enis.constructs.aws.iam;

import static io.enis.constructs.aws.iam.Policies.allow;
import static io.enis.constructs.aws.iam.Policies.condition;
import static io.enis.constructs.aws.iam.Policies.principals;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import java.util.List;
import software.constructs.Construct;

/**
 * An IRSA role: assumable only through the cluster's OIDC provider by one service account in one
 * namespace (exact {@code sub} and {@code aud} conditions), with an inline policy made of
 * {@link Permission}s, which never carry wildcard actions, nor wildcard resources without a
 * recorded reason (construct metadata {@code enis:unscoped-permission}).
 */
public final class ServiceRole extends Construct {
    private final IamRole role;

    public ServiceRole(Construct scope, String id, ServiceRoleProps props) {
        super(scope, id);
        String issuer = Fn.replace(props.oidcIssuerUrl(), "https://", "");
        var trust = Policies.document(this, "Trust", List.of(allow("ServiceAccountAssumesRole")
                .principals(principals("Federated", List.of(props.oidcProviderArn())))
                .actions(List.of("sts:AssumeRoleWithWebIdentity"))
                .condition(List.of(
                        condition("StringEquals", issuer + ":sub",
                                List.of("system:serviceaccount:" + props.namespace() + ":" + props.serviceAccount())),
                        condition("StringEquals", issuer + ":aud", List.of("sts.amazonaws.com"))))
                .build()));
        this.role = new IamRole(this, "Role", IamRoleConfig.builder()
                .name(props.naming().name("irsa"))
                .assumeRolePolicy(trust.getJson())
                .build());
        if (!props.permissions().isEmpty()) {
            var statements = props.permissions().stream()
                    .map(p -> allow(p.sid()).actions(p.actions()).resources(p.resources())
                            .condition(p.conditions().stream()
                                    .map(c -> condition(c.test(), c.variable(), c.values())).toList())
                            .build())
                    .toList();
            props.permissions().stream().filter(p -> p.unscopedReason() != null).forEach(p ->
                    getNode().addMetadata("enis:unscoped-permission", p.sid() + ": " + p.unscopedReason()));
            new IamRolePolicy(this, "Policy", IamRolePolicyConfig.builder()
                    .name(props.naming().name("irsa"))
                    .role(role.getId())
                    .policy(Policies.document(this, "Permissions", statements).getJson())
                    .build());
        }
    }

    /** Role ARN, for the service account's {@code eks.amazonaws.com/role-arn} annotation. */
    public String arn() {
        return role.getArn();
    }
}
