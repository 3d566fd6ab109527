package io.enis.stacks.bootstrap;

import static io.enis.constructs.aws.iam.Policies.allow;
import static io.enis.constructs.aws.iam.Policies.condition;
import static io.enis.constructs.aws.iam.Policies.principals;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTable;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableAttribute;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableConfig;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTablePointInTimeRecovery;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableServerSideEncryption;
import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProvider;
import com.hashicorp.cdktf.providers.aws.iam_openid_connect_provider.IamOpenidConnectProviderConfig;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachmentConfig;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import io.enis.constructs.aws.iam.Policies;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.kms.EncryptionKeyProps;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import io.enis.stacks.common.TerraformVersion;
import io.enis.stacks.environment.Environment;
import java.util.List;
import software.constructs.Construct;

/**
 * What must exist before any other stack of an environment can be planned ({@code bootstrap-<env>}):
 * the Terraform state bucket and lock table named in the environment file, and the GitHub OIDC
 * roles the pipelines assume. It is applied once, by hand, with a local backend (there is no state
 * bucket yet); docs/pipelines.md shows how, and how to move its state into the bucket afterwards.
 */
public final class BootstrapStack extends TerraformStack {
    /** Component name: stack ids are {@code bootstrap-<env>}. */
    public static final String COMPONENT = "bootstrap";
    /** GitHub's OIDC issuer. */
    static final String GITHUB_ISSUER = "token.actions.githubusercontent.com";
    /** Thumbprints of GitHub's OIDC certificate chain (IAM checks GitHub's issuer against its own trust store too). */
    static final List<String> GITHUB_THUMBPRINTS =
            List.of("6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd");

    public BootstrapStack(Construct scope, Environment env) {
        super(scope, COMPONENT + "-" + env.name());
        TerraformVersion.require(this);
        new LocalBackend(
                this,
                LocalBackendConfig.builder()
                        .path("bootstrap-" + env.name() + ".tfstate")
                        .build());
        var naming = env.naming(COMPONENT);
        var account = env.awsAccount();
        String region = env.account().region();
        new AwsProvider(
                this,
                "aws",
                AwsProviderConfig.builder()
                        .region(region)
                        .allowedAccountIds(List.of(account.accountId()))
                        .defaultTags(List.of(AwsProviderDefaultTags.builder()
                                .tags(naming.tags())
                                .build()))
                        .build());

        var key = new EncryptionKey(
                this,
                "StateKey",
                EncryptionKeyProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("state")
                        .description("Terraform state of " + env.name())
                        .viaServices(
                                List.of("s3." + region + ".amazonaws.com", "dynamodb." + region + ".amazonaws.com"))
                        .build());
        var logs = new SecureBucket(
                this,
                "StateAccessLogs",
                SecureBucketProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("state-access-logs")
                        .logTarget(true)
                        .build());
        var state = new SecureBucket(
                this,
                "State",
                SecureBucketProps.builder()
                        .naming(naming)
                        .account(account)
                        .purpose("state")
                        .bucketName(env.state().bucket())
                        .key(key)
                        .accessLogBucket(logs.bucketName())
                        .noncurrentVersionExpirationDays(365)
                        .build());
        var locks = new DynamodbTable(
                this,
                "Locks",
                DynamodbTableConfig.builder()
                        .name(env.state().lockTable())
                        .billingMode("PAY_PER_REQUEST")
                        .hashKey("LockID")
                        .attribute(List.of(DynamodbTableAttribute.builder()
                                .name("LockID")
                                .type("S")
                                .build()))
                        .serverSideEncryption(DynamodbTableServerSideEncryption.builder()
                                .enabled(true)
                                .kmsKeyArn(key.arn())
                                .build())
                        .pointInTimeRecovery(DynamodbTablePointInTimeRecovery.builder()
                                .enabled(true)
                                .build())
                        .deletionProtectionEnabled(true)
                        .build());

        var github = new IamOpenidConnectProvider(
                this,
                "GitHubOidc",
                IamOpenidConnectProviderConfig.builder()
                        .url("https://" + GITHUB_ISSUER)
                        .clientIdList(List.of("sts.amazonaws.com"))
                        .thumbprintList(GITHUB_THUMBPRINTS)
                        .build());
        String repository = env.delivery().githubRepository();
        String statePaths = state.arn() + "/" + env.state().keyPrefix() + "/*";
        var stateAccess = List.of(
                allow("StateObjects")
                        .actions(List.of("s3:GetObject", "s3:PutObject", "s3:DeleteObject"))
                        .resources(List.of(statePaths))
                        .build(),
                allow("StateBucket")
                        .actions(List.of("s3:ListBucket"))
                        .resources(List.of(state.arn()))
                        .build(),
                allow("StateLocks")
                        .actions(List.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"))
                        .resources(List.of(locks.getArn()))
                        .build(),
                allow("StateKey")
                        .actions(List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*", "kms:DescribeKey"))
                        .resources(List.of(key.arn()))
                        .build());

        var plan = ciRole(
                "PlanRole",
                env.name() + "-ci-plan",
                github,
                "repo:" + repository + ":pull_request",
                stateAccess,
                "arn:aws:iam::aws:policy/ReadOnlyAccess",
                List.of());
        var apply = ciRole(
                "ApplyRole",
                env.name() + "-ci-apply",
                github,
                "repo:" + repository + ":environment:" + env.name(),
                stateAccess,
                "arn:aws:iam::aws:policy/PowerUserAccess",
                List.of(allow("ManageEnvironmentRoles")
                        .actions(List.of(
                                "iam:CreateRole",
                                "iam:DeleteRole",
                                "iam:GetRole",
                                "iam:PassRole",
                                "iam:TagRole",
                                "iam:UntagRole",
                                "iam:UpdateAssumeRolePolicy",
                                "iam:PutRolePolicy",
                                "iam:DeleteRolePolicy",
                                "iam:GetRolePolicy",
                                "iam:AttachRolePolicy",
                                "iam:DetachRolePolicy",
                                "iam:ListRolePolicies",
                                "iam:ListAttachedRolePolicies",
                                "iam:ListInstanceProfilesForRole",
                                "iam:CreateOpenIDConnectProvider",
                                "iam:DeleteOpenIDConnectProvider",
                                "iam:GetOpenIDConnectProvider",
                                "iam:TagOpenIDConnectProvider"))
                        .resources(List.of(
                                "arn:aws:iam::" + account.accountId() + ":role/" + Environment.PROJECT + "-"
                                        + env.name() + "-*",
                                "arn:aws:iam::" + account.accountId() + ":oidc-provider/oidc.eks." + region
                                        + ".amazonaws.com/*"))
                        .build()));

        output("state_bucket", state.bucketName());
        output("lock_table", locks.getName());
        output("plan_role_arn", plan.getArn());
        output("apply_role_arn", apply.getArn());
    }

    private IamRole ciRole(
            String id,
            String purpose,
            IamOpenidConnectProvider github,
            String subject,
            List<com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement>
                    stateAccess,
            String managedPolicy,
            List<com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement>
                    extra) {
        var trust = Policies.document(
                this,
                id + "Trust",
                List.of(allow("GitHubWorkflow")
                        .principals(principals("Federated", List.of(github.getArn())))
                        .actions(List.of("sts:AssumeRoleWithWebIdentity"))
                        .condition(List.of(
                                condition("StringEquals", GITHUB_ISSUER + ":aud", List.of("sts.amazonaws.com")),
                                condition("StringEquals", GITHUB_ISSUER + ":sub", List.of(subject))))
                        .build()));
        var role = new IamRole(
                this,
                id,
                IamRoleConfig.builder()
                        .name(Environment.PROJECT + "-" + purpose)
                        .assumeRolePolicy(trust.getJson())
                        .maxSessionDuration(3600)
                        .build());
        new IamRolePolicyAttachment(
                this,
                id + "Managed",
                IamRolePolicyAttachmentConfig.builder()
                        .role(role.getName())
                        .policyArn(managedPolicy)
                        .build());
        var statements = new java.util.ArrayList<>(stateAccess);
        statements.addAll(extra);
        new IamRolePolicy(
                this,
                id + "Policy",
                IamRolePolicyConfig.builder()
                        .name(Environment.PROJECT + "-" + purpose)
                        .role(role.getId())
                        .policy(Policies.document(this, id + "Permissions", statements)
                                .getJson())
                        .build());
        return role;
    }

    private void output(String name, String value) {
        new TerraformOutput(
                this, name, TerraformOutputConfig.builder().value(value).build());
    }
}
