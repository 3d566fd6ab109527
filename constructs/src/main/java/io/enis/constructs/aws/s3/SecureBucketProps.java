package io.enis.constructs.aws.s3;

import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Props of {@link SecureBucket}; build with {@link #builder()}.
 *
 * <p>A bucket is either a data bucket (the default: SSE-KMS with {@code key}, access logs sent to
 * {@code accessLogBucket}) or the access-log target of other buckets ({@code logTarget(true)}):
 * S3 server access log delivery cannot write to SSE-KMS buckets, so a log target uses SSE-S3 and
 * grants {@code logging.s3.amazonaws.com} write access limited to this account. This is the only
 * way to weaken the default encryption and it is named for its reason.
 *
 * @param naming required: the bucket is named {@code <prefix>-<purpose>-<account id>}
 * @param account required: keeps bucket names globally unique and scopes log delivery
 * @param purpose required: kebab-case purpose, e.g. {@code backups}
 * @param key the KMS key for SSE-KMS; required unless {@code logTarget} is true, and then not allowed
 * @param accessLogBucket name of the bucket receiving this bucket's access logs; required unless
 *     {@code logTarget} is true, and then not allowed (a log bucket does not log to itself)
 * @param logTarget default false
 * @param noncurrentVersionExpirationDays default 90: old object versions are deleted after this
 * @param objectLockRetentionDays default none (Object Lock off); when set, objects are locked for
 *     this many days. Object Lock can only be enabled when the bucket is created.
 * @param bucketName the exact bucket name, for buckets named by someone else (a Terraform state
 *     bucket); default {@code <prefix>-<purpose>-<account id>}
 * @param objectLockMode default {@link ObjectLockMode#GOVERNANCE} (users with a special permission can
 *     shorten a lock); {@link ObjectLockMode#COMPLIANCE} for audit evidence. Only with
 *     {@code objectLockRetentionDays}
 */
@RecordBuilder
public record SecureBucketProps(Naming naming, AwsAccount account, String purpose, EncryptionKey key,
        String accessLogBucket, Boolean logTarget, Integer noncurrentVersionExpirationDays,
        Integer objectLockRetentionDays, ObjectLockMode objectLockMode, String bucketName) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or props contradict each other */
    public SecureBucketProps {
        Require require = Require.of("SecureBucketProps");
        require.present("naming", naming);
        require.present("account", account);
        require.text("purpose", purpose);
        logTarget = logTarget != null && logTarget;
        if (logTarget) {
            require.check(key == null, "key",
                    "must not be set when logTarget is true; S3 access log delivery supports only SSE-S3 target buckets");
            require.check(accessLogBucket == null, "accessLogBucket",
                    "must not be set when logTarget is true; a log target bucket does not log to itself");
        } else {
            require.present("key", key);
            require.text("accessLogBucket", accessLogBucket);
        }
        bucketName = bucketName == null ? naming.name(purpose) + "-" + account.accountId() : bucketName;
        require.matches("bucketName", bucketName, "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", "use 3..63 lower-case letters, digits, '.' and '-'");
        noncurrentVersionExpirationDays = require.range("noncurrentVersionExpirationDays",
                noncurrentVersionExpirationDays == null ? 90 : noncurrentVersionExpirationDays, 1, 3650);
        if (objectLockRetentionDays != null) {
            require.range("objectLockRetentionDays", objectLockRetentionDays, 1, 36500);
            objectLockMode = objectLockMode == null ? ObjectLockMode.GOVERNANCE : objectLockMode;
        } else {
            require.check(objectLockMode == null, "objectLockMode", "is set without objectLockRetentionDays; allowed: set both or neither");
        }
    }

    public static SecureBucketPropsBuilder builder() {
        return SecureBucketPropsBuilder.builder();
    }
}
