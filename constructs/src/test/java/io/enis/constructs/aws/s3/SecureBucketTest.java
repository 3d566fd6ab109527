package io.enis.constructs.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.TerraformStack;
import io.enis.constructs.TestStacks;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.aws.iam.ServiceRoleProps;
import io.enis.constructs.core.InvalidPropsException;
import io.enis.constructs.testing.Template;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class SecureBucketTest {

    @Test
    void dataBucketIsPrivateVersionedKmsEncryptedTlsOnlyAndLogged() {
        var stack = TestStacks.aws();
        new SecureBucket(stack, "Backups", SecureBucketProps.builder()
                .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).purpose("backups")
                .key(TestStacks.key(stack, "data")).accessLogBucket("logs-bucket")
                .build());
        Template template = Template.synth(stack);

        assertThat(template.resource("aws_s3_bucket").path("bucket").asText())
                .isEqualTo("enis-test-unit-backups-123456789012");
        assertThat(template.resource("aws_s3_bucket").path("force_destroy").asBoolean()).isFalse();
        JsonNode block = template.resource("aws_s3_bucket_public_access_block");
        assertThat(block.path("block_public_acls").asBoolean()).isTrue();
        assertThat(block.path("block_public_policy").asBoolean()).isTrue();
        assertThat(block.path("ignore_public_acls").asBoolean()).isTrue();
        assertThat(block.path("restrict_public_buckets").asBoolean()).isTrue();
        assertThat(template.resource("aws_s3_bucket_versioning").at("/versioning_configuration/status").asText())
                .isEqualTo("Enabled");
        JsonNode sse = template.resource("aws_s3_bucket_server_side_encryption_configuration")
                .at("/rule/0/apply_server_side_encryption_by_default");
        assertThat(sse.path("sse_algorithm").asText()).isEqualTo("aws:kms");
        assertThat(sse.path("kms_master_key_id").asText()).contains("aws_kms_key");
        assertThat(template.resource("aws_s3_bucket_logging").path("target_bucket").asText()).isEqualTo("logs-bucket");
        assertThat(template.resource("aws_s3_bucket_lifecycle_configuration")
                .at("/rule/0/noncurrent_version_expiration/noncurrent_days").asInt()).isEqualTo(90);
        assertThat(template.resources("aws_s3_bucket_object_lock_configuration")).isEmpty();

        JsonNode tlsOnly = template.dataSources("aws_iam_policy_document").values().stream()
                .filter(d -> d.at("/statement/0/sid").asText().equals("DenyInsecureTransport"))
                .findFirst().orElseThrow().at("/statement/0");
        assertThat(tlsOnly.path("effect").asText()).isEqualTo("Deny");
        assertThat(tlsOnly.at("/condition/0/variable").asText()).isEqualTo("aws:SecureTransport");
        assertThat(tlsOnly.at("/condition/0/values/0").asText()).isEqualTo("false");
    }

    @Test
    void objectLockIsOptional() {
        var stack = TestStacks.aws();
        new SecureBucket(stack, "Audit", SecureBucketProps.builder()
                .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).purpose("audit")
                .key(TestStacks.key(stack, "data")).accessLogBucket("logs").objectLockRetentionDays(365).objectLockMode(ObjectLockMode.COMPLIANCE)
                .build());
        Template template = Template.synth(stack);
        assertThat(template.resource("aws_s3_bucket").path("object_lock_enabled").asBoolean()).isTrue();
        assertThat(template.resource("aws_s3_bucket_object_lock_configuration")
                .at("/rule/default_retention/mode").asText()).isEqualTo("COMPLIANCE");
        assertThat(template.resource("aws_s3_bucket_object_lock_configuration")
                .at("/rule/default_retention/days").asInt()).isEqualTo(365);
    }

    @Test
    void logTargetUsesS3ManagedKeysAndAdmitsOnlyLogDeliveryOfThisAccount() {
        var stack = TestStacks.aws();
        new SecureBucket(stack, "AccessLogs", SecureBucketProps.builder()
                .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).purpose("access-logs").logTarget(true)
                .build());
        Template template = Template.synth(stack);
        assertThat(template.resource("aws_s3_bucket_server_side_encryption_configuration")
                .at("/rule/0/apply_server_side_encryption_by_default/sse_algorithm").asText()).isEqualTo("AES256");
        assertThat(template.resources("aws_s3_bucket_logging")).isEmpty();
        JsonNode delivery = template.dataSources("aws_iam_policy_document").values().iterator().next().at("/statement/1");
        assertThat(delivery.at("/principals/0/identifiers/0").asText()).isEqualTo("logging.s3.amazonaws.com");
        assertThat(delivery.at("/condition/0/values/0").asText()).isEqualTo("123456789012");
    }

    @Test
    void dataBucketNeedsKeyAndLogTargetRefusesOne() {
        var stack = TestStacks.aws();
        assertThatThrownBy(() -> SecureBucketProps.builder()
                .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).purpose("x").accessLogBucket("logs").build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage("SecureBucketProps.key: is required");
        assertThatThrownBy(() -> SecureBucketProps.builder()
                .naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).purpose("x").logTarget(true)
                .key(TestStacks.key(stack, "data")).build())
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageStartingWith("SecureBucketProps.key: must not be set when logTarget is true");
    }

    /** The statements a grant gives a role, as sid → actions. */
    private static JsonNode granted(boolean locked, BiConsumer<SecureBucket, ServiceRole> grant) {
        TerraformStack stack = TestStacks.aws();
        var props = SecureBucketProps.builder().naming(TestStacks.NAMING).account(TestStacks.ACCOUNT).purpose("exports")
                .key(TestStacks.key(stack, "data")).accessLogBucket("logs");
        var bucket = new SecureBucket(stack, "Exports", (locked ? props.objectLockRetentionDays(30) : props).build());
        var role = new ServiceRole(stack, "Role", ServiceRoleProps.builder().naming(TestStacks.NAMING)
                .oidcProviderArn("arn:aws:iam::123456789012:oidc-provider/x").oidcIssuerUrl("https://x")
                .namespace("exports").serviceAccount("exports").build());
        grant.accept(bucket, role);
        var statements = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        Template.synth(stack).dataSources("aws_iam_policy_document").values().stream()
                .filter(d -> d.at("/statement/0/sid").asText().equals("ExportsObjects"))
                .findFirst().orElseThrow().path("statement")
                .forEach(statement -> statements.set(statement.path("sid").asText(), statement.path("actions")));
        return statements;
    }

    @Test
    void grantReadAllowsReadingListingAndDecryptingOnly() {
        JsonNode read = granted(false, SecureBucket::grantRead);
        assertThat(read.path("ExportsObjects").toString()).isEqualTo("[\"s3:GetObject\"]");
        assertThat(read.path("ExportsBucket").toString()).isEqualTo("[\"s3:ListBucket\"]");
        assertThat(read.path("ExportsKey").toString()).isEqualTo("[\"kms:Decrypt\"]");
    }

    @Test
    void grantReadWriteAddsPutButNeverDelete() {
        JsonNode readWrite = granted(false, SecureBucket::grantReadWrite);
        assertThat(readWrite.path("ExportsObjects").toString()).isEqualTo("[\"s3:GetObject\",\"s3:PutObject\"]");
        assertThat(readWrite.path("ExportsKey").toString()).isEqualTo("[\"kms:Encrypt\",\"kms:Decrypt\",\"kms:GenerateDataKey*\"]");
        assertThat(granted(false, SecureBucket::grantReadWriteDelete).path("ExportsObjects").toString())
                .isEqualTo("[\"s3:GetObject\",\"s3:PutObject\",\"s3:DeleteObject\"]");
    }

    @Test
    void onALockedBucketReadsIncludeVersionsAndRetention() {
        JsonNode locked = granted(true, SecureBucket::grantReadWrite);
        assertThat(locked.path("ExportsObjects").toString())
                .isEqualTo("[\"s3:GetObject\",\"s3:PutObject\",\"s3:GetObjectRetention\",\"s3:GetObjectVersion\"]");
        assertThat(locked.path("ExportsBucket").toString()).isEqualTo("[\"s3:ListBucket\",\"s3:ListBucketVersions\"]");
    }
}
