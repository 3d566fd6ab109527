package io.enis.policy.rules;

import static io.enis.policy.Control.cis;
import static io.enis.policy.Control.gdpr;
import static io.enis.policy.Control.hipaa;
import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.policy.Severity;
import io.enis.policy.model.IamStatement;
import io.enis.policy.model.TerraformModel;
import io.enis.policy.model.TerraformResource;
import io.enis.policy.model.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * S3 buckets: encryption, versioning, public access, TLS, logging, lifecycle. Settings kept in
 * separate resources (AWS provider 4+: {@code aws_s3_bucket_versioning}, ...) are followed.
 */
final class S3Rules {
    private static final String BUCKET = "aws_s3_bucket";
    private static final Set<String> PUBLIC_ACLS = Set.of("public-read", "public-read-write", "authenticated-read");
    private static final List<String> BLOCKS =
            List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets");

    private S3Rules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-S3-001",
                                Severity.HIGH,
                                "S3 bucket has default encryption",
                                "Objects written without encryption would be stored in clear.",
                                "Use SecureBucket, which configures SSE-KMS with a customer-managed key.",
                                "CKV_AWS_19",
                                cis("2.1.1"),
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                hipaa("164.312(a)(2)(iv)"),
                                pci("3.5.1"),
                                gdpr("Art. 32")),
                        Rule.each(
                                BUCKET,
                                (model, bucket) -> algorithm(model, bucket) == null
                                        ? "has no server-side encryption configuration"
                                        : null)),
                Rule.of(
                        info(
                                "ENIS-S3-002",
                                Severity.MEDIUM,
                                "S3 bucket is encrypted with a customer-managed KMS key",
                                "SSE-S3 keys cannot be audited, rotated on your schedule or restricted by key policy.",
                                "Give SecureBucket a key; only an S3 access-log target may use SSE-S3 (AWS requires it).",
                                "CKV_AWS_145",
                                soc2("CC6.1"),
                                iso("A.8.24"),
                                pci("3.6.1"),
                                hipaa("164.312(a)(2)(iv)")),
                        Rule.each(BUCKET, (model, bucket) -> {
                            String algorithm = algorithm(model, bucket);
                            return algorithm != null && !algorithm.startsWith("aws:kms") && !algorithm.contains("${")
                                    ? "is encrypted with " + algorithm + ", not a KMS key"
                                    : null;
                        })),
                Rule.of(
                        info(
                                "ENIS-S3-003",
                                Severity.MEDIUM,
                                "S3 bucket has versioning enabled",
                                "Without versions an overwrite or delete cannot be undone.",
                                "Use SecureBucket (versioning on).",
                                "CKV_AWS_21",
                                soc2("A1.2"),
                                iso("A.8.13"),
                                hipaa("164.308(a)(7)"),
                                pci("10.5.1")),
                        Rule.each(BUCKET, (model, bucket) -> {
                            if (Values.isTrue(bucket.at("versioning.enabled"))) {
                                return null;
                            }
                            for (TerraformResource versioning :
                                    model.pointingAt(bucket, "aws_s3_bucket_versioning", "bucket")) {
                                JsonNode status = versioning.at("versioning_configuration.status");
                                if (status.asText().equals("Enabled") || Values.unknown(status)) {
                                    return null;
                                }
                            }
                            return "has no versioning enabled";
                        })),
                Rule.of(
                        info(
                                "ENIS-S3-004",
                                Severity.HIGH,
                                "S3 bucket blocks all public access",
                                "Any of the four settings off lets a policy or ACL make data public.",
                                "Use SecureBucket (all four public access block settings on).",
                                "CKV2_AWS_6",
                                cis("2.1.4"),
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.4.1"),
                                gdpr("Art. 32")),
                        Rule.each(BUCKET, (model, bucket) -> {
                            List<TerraformResource> blocks =
                                    model.pointingAt(bucket, "aws_s3_bucket_public_access_block", "bucket");
                            if (blocks.isEmpty()) {
                                return "has no public access block";
                            }
                            List<String> off = new ArrayList<>();
                            for (String setting : BLOCKS) {
                                JsonNode value = blocks.get(0).at(setting);
                                if (!Values.isTrue(value) && !Values.unknown(value)) {
                                    off.add(setting);
                                }
                            }
                            return off.isEmpty() ? null : "public access block leaves " + off + " off";
                        })),
                Rule.of(
                        info(
                                "ENIS-S3-005",
                                Severity.MEDIUM,
                                "S3 bucket policy denies requests without TLS",
                                "Requests over plain HTTP expose data and credentials in transit.",
                                "Use SecureBucket (a Deny on aws:SecureTransport false).",
                                null,
                                cis("2.1.2"),
                                soc2("CC6.7"),
                                iso("A.8.24"),
                                hipaa("164.312(e)(1)"),
                                pci("4.2.1")),
                        Rule.each(
                                BUCKET,
                                (model, bucket) -> deniesInsecureTransport(model, bucket)
                                        ? null
                                        : "has no bucket policy denying aws:SecureTransport false")),
                Rule.of(
                        info(
                                "ENIS-S3-006",
                                Severity.LOW,
                                "S3 bucket has server access logging",
                                "Access logs are the record of who read or changed which object.",
                                "Give SecureBucket an accessLogBucket; the log bucket itself is the documented exception.",
                                "CKV_AWS_18",
                                soc2("CC7.2"),
                                iso("A.8.15"),
                                hipaa("164.312(b)"),
                                pci("10.2.1")),
                        Rule.each(
                                BUCKET,
                                (model, bucket) -> !bucket.at("logging").isMissingNode()
                                                || !model.pointingAt(bucket, "aws_s3_bucket_logging", "bucket")
                                                        .isEmpty()
                                        ? null
                                        : "has no server access logging")),
                Rule.of(
                        info(
                                "ENIS-S3-007",
                                Severity.CRITICAL,
                                "S3 bucket ACL is not public",
                                "A public-read ACL publishes every object to the internet.",
                                "Remove the ACL; SecureBucket enforces bucket-owner object ownership (ACLs disabled).",
                                "CKV_AWS_20",
                                cis("2.1.4"),
                                soc2("CC6.6"),
                                iso("A.8.20"),
                                pci("1.4.1"),
                                gdpr("Art. 32")),
                        model -> {
                            List<Violation> violations = new ArrayList<>();
                            for (String type : List.of(BUCKET, "aws_s3_bucket_acl")) {
                                for (TerraformResource resource : model.resources(type)) {
                                    if (PUBLIC_ACLS.contains(resource.at("acl").asText())) {
                                        violations.add(new Violation(
                                                resource,
                                                "grants the public ACL "
                                                        + resource.at("acl").asText()));
                                    }
                                }
                            }
                            return violations;
                        }),
                Rule.of(
                        info(
                                "ENIS-S3-008",
                                Severity.LOW,
                                "S3 bucket expires noncurrent versions",
                                "With versioning on, old versions accumulate cost and keep deleted personal data forever.",
                                "Use SecureBucket (noncurrent versions expire, 90 days by default).",
                                "CKV2_AWS_61",
                                iso("A.8.10"),
                                gdpr("Art. 5(1)(e)")),
                        Rule.each(
                                BUCKET,
                                (model, bucket) -> !bucket.at("lifecycle_rule").isMissingNode()
                                                || !model.pointingAt(
                                                                bucket,
                                                                "aws_s3_bucket_lifecycle_configuration",
                                                                "bucket")
                                                        .isEmpty()
                                        ? null
                                        : "has no lifecycle configuration")));
    }

    /** The default encryption algorithm, from the bucket or its encryption resource; {@code null} when none. */
    private static String algorithm(TerraformModel model, TerraformResource bucket) {
        String path = "rule.apply_server_side_encryption_by_default.sse_algorithm";
        JsonNode inline = bucket.at("server_side_encryption_configuration." + path);
        if (inline.isTextual()) {
            return inline.asText();
        }
        for (TerraformResource encryption :
                model.pointingAt(bucket, "aws_s3_bucket_server_side_encryption_configuration", "bucket")) {
            JsonNode algorithm = encryption.at(path);
            if (algorithm.isTextual()) {
                return algorithm.asText();
            }
        }
        return null;
    }

    private static boolean deniesInsecureTransport(TerraformModel model, TerraformResource bucket) {
        for (TerraformResource policy : model.pointingAt(bucket, "aws_s3_bucket_policy", "bucket")) {
            if (Values.unknown(policy.at("policy"))
                    && model.referenced(policy.at("policy")).isEmpty()) {
                return true;
            }
            for (IamStatement statement : IamStatement.of(model, policy.at("policy"))) {
                if (!statement.allows() && statement.conditionKeys().contains("aws:SecureTransport")) {
                    return true;
                }
            }
        }
        return false;
    }
}
