package io.enis.stacks.services;

import io.enis.constructs.aws.s3.ObjectLockMode;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.aws.s3.SecureBucketProps;
import io.enis.stacks.environment.Environment;
import io.enis.stacks.platform.PlatformStack;
import java.util.List;
import software.constructs.Construct;

/**
 * The compliance service (audits, evidence, reports, certifications) and its evidence bucket:
 * Object Lock in COMPLIANCE mode for the environment's retention, so that evidence cannot be
 * altered or deleted by anyone, the account root included, before it expires. The service may
 * write and read evidence, never delete it.
 */
public final class ComplianceStack extends ServiceStack {
    public static final String SERVICE = "compliance";

    public ComplianceStack(Construct scope, Environment env, PlatformStack platform) {
        super(scope, env, platform, SERVICE);
        var evidence = new SecureBucket(this, "Evidence", SecureBucketProps.builder()
                .naming(naming).account(env.awsAccount()).purpose("evidence").key(platform.dataKey())
                .accessLogBucket(platform.accessLogsBucket())
                .objectLockRetentionDays(spec.evidenceRetentionDays()).objectLockMode(ObjectLockMode.COMPLIANCE)
                .noncurrentVersionExpirationDays(spec.evidenceRetentionDays() + 1)
                .build());
        var wiring = new ServiceWiring()
                .bucket("EVIDENCE_BUCKET", evidence, SecureBucket::grantReadWrite)
                .env("EVIDENCE_RETENTION_DAYS", String.valueOf(spec.evidenceRetentionDays()))
                .egress("aws-apis", "0.0.0.0/0", 443)
                .callers(List.of("cloud-bus"));
        deploy(List.of("/v1/compliance"), wiring);
    }
}
