package io.enis.stacks.common;

import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.S3BackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import io.enis.stacks.environment.Environment;
import java.util.List;

/**
 * What every AWS stack of an environment shares: the Terraform version ({@link TerraformVersion}),
 * the S3 backend (encrypted, DynamoDB locking, key {@code <prefix>/<stack id>.tfstate}) and the AWS provider pinned to the environment's account
 * ({@code allowed_account_ids}, so credentials for the wrong account fail the plan) with
 * {@code default_tags} Project, Environment, Component, ManagedBy, Owner, CostCenter and any other
 * tag of the environment file.
 */
public final class AwsStackSetup {
    private AwsStackSetup() {}

    /** Adds the Terraform version, backend and provider to {@code stack}, whose id must be {@code <component>-<env>}. */
    public static AwsProvider configure(TerraformStack stack, Environment env, String component) {
        TerraformVersion.require(stack);
        String stackId = component + "-" + env.name();
        new S3Backend(
                stack,
                S3BackendConfig.builder()
                        .bucket(env.state().bucket())
                        .key(env.state().key(stackId))
                        .region(env.account().region())
                        .encrypt(true)
                        .dynamodbTable(env.state().lockTable())
                        .build());
        return new AwsProvider(
                stack,
                "aws",
                AwsProviderConfig.builder()
                        .region(env.account().region())
                        .allowedAccountIds(List.of(env.account().id()))
                        .defaultTags(List.of(AwsProviderDefaultTags.builder()
                                .tags(env.naming(component).tags())
                                .build()))
                        .build());
    }
}
