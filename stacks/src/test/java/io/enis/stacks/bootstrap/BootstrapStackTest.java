package io.enis.stacks.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.Testing;
import io.enis.constructs.testing.Template;
import io.enis.stacks.TestEnvironments;
import io.enis.stacks.common.TerraformVersion;
import org.junit.jupiter.api.Test;

class BootstrapStackTest {

    @Test
    void stateBucketLockTableAndCiRolesOfTheEnvironment() {
        var env = TestEnvironments.load("prod");
        Template template = Template.synth(new BootstrapStack(Testing.app(), env));

        assertThat(template.json().at("/terraform/backend/local/path").asText()).isEqualTo("bootstrap-prod.tfstate");
        assertThat(template.json().at("/terraform/required_version").asText()).isEqualTo(TerraformVersion.CONSTRAINT);
        assertThat(template.resources("aws_s3_bucket").values())
                .extracting(b -> b.path("bucket").asText())
                .contains(env.state().bucket());
        JsonNode table = template.resource("aws_dynamodb_table");
        assertThat(table.path("name").asText()).isEqualTo(env.state().lockTable());
        assertThat(table.path("hash_key").asText()).isEqualTo("LockID");
        assertThat(table.at("/server_side_encryption/enabled").asBoolean()).isTrue();
        assertThat(table.at("/point_in_time_recovery/enabled").asBoolean()).isTrue();
        assertThat(table.path("deletion_protection_enabled").asBoolean()).isTrue();

        assertThat(template.resources("aws_iam_role").values())
                .extracting(r -> r.path("name").asText())
                .containsExactlyInAnyOrder("enis-prod-ci-plan", "enis-prod-ci-apply");
        String trusts = template.dataSources("aws_iam_policy_document").toString();
        assertThat(trusts)
                .contains(
                        "repo:enis-cloud/enis:pull_request",
                        "repo:enis-cloud/enis:environment:prod",
                        "token.actions.githubusercontent.com:sub");
        assertThat(template.resources("aws_iam_role_policy_attachment").values())
                .extracting(a -> a.path("policy_arn").asText())
                .containsExactlyInAnyOrder(
                        "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/PowerUserAccess");
        assertThat(template.outputs()).containsKeys("state_bucket", "lock_table", "plan_role_arn", "apply_role_arn");
    }
}
