package io.enis.constructs.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.constructs.TestStacks;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import io.enis.constructs.testing.Template;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    @Test
    void suppressionsReachTheSynthesizedJsonOfEveryResourceUnderTheScope() {
        var stack = TestStacks.aws();
        var bucket = new SecureBucket(
                stack,
                "Reports",
                SecureBucketProps.builder()
                        .naming(TestStacks.NAMING)
                        .account(TestStacks.ACCOUNT)
                        .purpose("reports")
                        .key(TestStacks.key(stack, "data"))
                        .accessLogBucket("logs")
                        .build());
        Suppressions.add(
                bucket,
                "ENIS-S3-008",
                "Reports are kept forever by contract with the customer",
                LocalDate.of(2027, 6, 30));
        Suppressions.add(bucket, "ENIS-S3-006", "Second suppression on the same resources");
        Template template = Template.synthWithMetadata(stack);

        JsonNode metadata = template.resource("aws_s3_bucket").path("//").path(Suppressions.METADATA_KEY);
        assertThat(metadata).hasSize(2);
        assertThat(metadata.get(0).path("rule").asText()).isEqualTo("ENIS-S3-008");
        assertThat(metadata.get(0).path("reason").asText())
                .isEqualTo("Reports are kept forever by contract with the customer");
        assertThat(metadata.get(0).path("expires").asText()).isEqualTo("2027-06-30");
        assertThat(metadata.get(1).has("expires")).isFalse();
        assertThat(template.resource("aws_s3_bucket_versioning").path("//").path(Suppressions.METADATA_KEY))
                .hasSize(2);
        assertThat(template.resource("aws_s3_bucket")
                        .path("//")
                        .path("metadata")
                        .path("path")
                        .asText())
                .isNotBlank();
    }

    @Test
    void aSuppressionNeedsAReasonAndARuleId() {
        var stack = TestStacks.aws();
        assertThatThrownBy(() -> Suppressions.add(stack, "ENIS-S3-008", " "))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessage(
                        "Suppression.reason: is missing for ENIS-S3-008; allowed: a sentence saying why the rule does not apply");
        assertThatThrownBy(() -> Suppressions.add(stack, "CKV_AWS_18", "a reason that is long enough"))
                .isInstanceOf(InvalidPropsException.class)
                .hasMessageContaining("Suppression.ruleId: 'CKV_AWS_18' is not allowed");
    }
}
