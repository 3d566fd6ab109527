package io.enis.constructs.aws.iam;

import static io.enis.constructs.aws.iam.Policies.allow;
import static io.enis.constructs.aws.iam.Policies.condition;
import static io.enis.constructs.aws.iam.Policies.principals;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocument;
import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;
import software.constructs.IValidation;

/**
 * An IRSA role: assumable only through the cluster's OIDC provider by one service account in one
 * namespace (exact {@code sub} and {@code aud} conditions), with an inline policy made of
 * {@link Permission}s, which never carry wildcard actions, nor wildcard resources without a
 * recorded reason (construct metadata {@code enis:unscoped-permission}).
 *
 * <p>The service account is either named in the props, or bound later by what runs as it: a
 * {@link io.enis.constructs.k8s.ServiceDeployment} given this role trusts its own namespace and
 * service account ({@link #trustServiceAccount}). A role nothing was bound to fails validation at
 * synth. Permissions can be added after construction ({@link #addPermission}), which is how
 * grants such as {@link io.enis.constructs.aws.s3.SecureBucket#grantRead} work.
 */
public final class ServiceRole extends Construct {
    private final ServiceRoleProps props;
    private final DataAwsIamPolicyDocument trust;
    private final IamRole role;
    private final List<Permission> permissions = new ArrayList<>();
    private DataAwsIamPolicyDocument permissionsDocument;
    private String trustedSubject;

    public ServiceRole(Construct scope, String id, ServiceRoleProps props) {
        super(scope, id);
        this.props = props;
        this.trust = Policies.document(this, "Trust", List.of());
        this.role = new IamRole(this, "Role", IamRoleConfig.builder()
                .name(props.naming().name("irsa"))
                .assumeRolePolicy(trust.getJson())
                .build());
        if (props.namespace() != null) {
            trustServiceAccount(props.namespace(), props.serviceAccount());
        }
        props.permissions().forEach(this::addPermission);
        getNode().addValidation(new IValidation() {
            @Override
            public List<String> validate() {
                return trustedSubject != null ? List.of()
                        : List.of("ServiceRole " + getNode().getPath() + " trusts no service account; give it to a "
                                + "ServiceDeployment (ServiceDeploymentProps.role) or set ServiceRoleProps.namespace and serviceAccount");
            }
        });
    }

    /**
     * Lets exactly {@code serviceAccount} in {@code namespace} assume the role. Called by a
     * {@link io.enis.constructs.k8s.ServiceDeployment} with its own; a role serves one service account.
     *
     * @throws IllegalStateException when the role already trusts another service account
     */
    public void trustServiceAccount(String namespace, String serviceAccount) {
        String subject = "system:serviceaccount:" + namespace + ":" + serviceAccount;
        if (trustedSubject != null) {
            if (trustedSubject.equals(subject)) {
                return;
            }
            throw new IllegalStateException("ServiceRole " + getNode().getPath() + " already trusts " + trustedSubject
                    + "; a role serves one service account, so " + subject + " needs a role of its own");
        }
        this.trustedSubject = subject;
        String issuer = Fn.replace(props.oidcIssuerUrl(), "https://", "");
        trust.putStatement(List.of(allow("ServiceAccountAssumesRole")
                .principals(principals("Federated", List.of(props.oidcProviderArn())))
                .actions(List.of("sts:AssumeRoleWithWebIdentity"))
                .condition(List.of(
                        condition("StringEquals", issuer + ":sub", List.of(subject)),
                        condition("StringEquals", issuer + ":aud", List.of("sts.amazonaws.com"))))
                .build()));
    }

    /** Adds a statement to the role's inline policy (created with the first one). */
    public void addPermission(Permission permission) {
        permissions.add(permission);
        if (permission.unscopedReason() != null) {
            getNode().addMetadata("enis:unscoped-permission", permission.sid() + ": " + permission.unscopedReason());
        }
        List<DataAwsIamPolicyDocumentStatement> statements = permissions.stream()
                .map(p -> allow(p.sid()).actions(p.actions()).resources(p.resources())
                        .condition(p.conditions().stream().map(c -> condition(c.test(), c.variable(), c.values())).toList())
                        .build())
                .toList();
        if (permissionsDocument == null) {
            permissionsDocument = Policies.document(this, "Permissions", statements);
            new IamRolePolicy(this, "Policy", IamRolePolicyConfig.builder()
                    .name(props.naming().name("irsa"))
                    .role(role.getId())
                    .policy(permissionsDocument.getJson())
                    .build());
        } else {
            permissionsDocument.putStatement(statements);
        }
    }

    /** Role ARN, for the service account's {@code eks.amazonaws.com/role-arn} annotation. */
    public String arn() {
        return role.getArn();
    }
}
