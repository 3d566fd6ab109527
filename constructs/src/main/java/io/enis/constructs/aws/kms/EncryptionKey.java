package io.enis.constructs.aws.kms;

import static io.enis.constructs.aws.iam.Policies.allow;
import static io.enis.constructs.aws.iam.Policies.condition;
import static io.enis.constructs.aws.iam.Policies.principals;

import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAliasConfig;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKeyConfig;
import io.enis.constructs.aws.iam.Policies;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * A customer-managed KMS key with yearly rotation, a least-privilege key policy and an alias.
 *
 * <p>The key policy lets the account administer the key (no {@code kms:*}, no use for data
 * through administration), lets account principals use it only through the services listed in
 * {@link EncryptionKeyProps#viaServices()}, lets the listed service principals use it only on
 * behalf of this account, and lets the listed grantees create grants for AWS resources.
 */
public final class EncryptionKey extends Construct {
    static final List<String> ADMIN_ACTIONS = List.of(
            "kms:Create*",
            "kms:Describe*",
            "kms:Enable*",
            "kms:List*",
            "kms:Put*",
            "kms:Update*",
            "kms:Revoke*",
            "kms:Disable*",
            "kms:Get*",
            "kms:Delete*",
            "kms:TagResource",
            "kms:UntagResource",
            "kms:ScheduleKeyDeletion",
            "kms:CancelKeyDeletion");
    static final List<String> USE_ACTIONS =
            List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey");

    private final KmsKey key;
    private final KmsAlias alias;

    public EncryptionKey(Construct scope, String id, EncryptionKeyProps props) {
        super(scope, id);
        var policy = Policies.document(this, "Policy", statements(props));
        this.key = new KmsKey(
                this,
                "Key",
                KmsKeyConfig.builder()
                        .description(props.description())
                        .enableKeyRotation(true)
                        .deletionWindowInDays(props.deletionWindowDays())
                        .policy(policy.getJson())
                        .tags(java.util.Map.of("Name", props.naming().name(props.purpose())))
                        .build());
        this.alias = new KmsAlias(
                this,
                "Alias",
                KmsAliasConfig.builder()
                        .name("alias/" + props.naming().name(props.purpose()))
                        .targetKeyId(key.getKeyId())
                        .build());
    }

    private static List<DataAwsIamPolicyDocumentStatement> statements(EncryptionKeyProps props) {
        String account = props.account().accountId();
        List<String> root = List.of(props.account().rootPrincipal());
        List<DataAwsIamPolicyDocumentStatement> statements = new ArrayList<>();
        statements.add(allow("AccountAdministersKey")
                .principals(principals("AWS", root))
                .actions(ADMIN_ACTIONS)
                .resources(List.of("*"))
                .build());
        if (!props.viaServices().isEmpty()) {
            List<String> actions = new ArrayList<>(USE_ACTIONS);
            actions.add("kms:CreateGrant");
            statements.add(allow("AccountUsesKeyThroughServices")
                    .principals(principals("AWS", root))
                    .actions(actions)
                    .resources(List.of("*"))
                    .condition(List.of(
                            condition("StringEquals", "kms:ViaService", props.viaServices()),
                            condition("StringEquals", "kms:CallerAccount", List.of(account))))
                    .build());
        }
        if (!props.servicePrincipals().isEmpty()) {
            statements.add(allow("ServicesUseKeyForThisAccount")
                    .principals(principals("Service", props.servicePrincipals()))
                    .actions(USE_ACTIONS)
                    .resources(List.of("*"))
                    .condition(List.of(condition("StringEquals", "aws:SourceAccount", List.of(account))))
                    .build());
        }
        if (!props.grantees().isEmpty()) {
            statements.add(allow("GranteesUseKey")
                    .principals(principals("AWS", props.grantees()))
                    .actions(USE_ACTIONS)
                    .resources(List.of("*"))
                    .build());
            statements.add(allow("GranteesCreateGrantsForAwsResources")
                    .principals(principals("AWS", props.grantees()))
                    .actions(List.of("kms:CreateGrant"))
                    .resources(List.of("*"))
                    .condition(List.of(condition("Bool", "kms:GrantIsForAWSResource", List.of("true"))))
                    .build());
        }
        return statements;
    }

    /** The underlying {@code aws_kms_key}. */
    public KmsKey key() {
        return key;
    }

    /** Key ARN (a Terraform reference). */
    public String arn() {
        return key.getArn();
    }

    /** Key id (a Terraform reference). */
    public String keyId() {
        return key.getKeyId();
    }

    /** Alias name, {@code alias/<project>-<env>-<component>-<purpose>}. */
    public String aliasName() {
        return alias.getName();
    }
}
