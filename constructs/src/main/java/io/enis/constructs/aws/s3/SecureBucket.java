package io.enis.constructs.aws.s3;

import static io.enis.constructs.aws.iam.Policies.allow;
import static io.enis.constructs.aws.iam.Policies.condition;
import static io.enis.constructs.aws.iam.Policies.deny;
import static io.enis.constructs.aws.iam.Policies.principals;

import com.hashicorp.cdktf.providers.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3BucketConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationRuleA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationRuleDefaultRetentionA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControls;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicyConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlock;
import com.hashicorp.cdktf.providers.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlockConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningVersioningConfiguration;
import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.Policies;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.Suppressions;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * An S3 bucket that cannot be made public by accident.
 *
 * <p>Always: versioning on; default encryption (SSE-KMS with the given key and S3 Bucket Keys, or
 * SSE-S3 for a log target, see {@link SecureBucketProps}); all four public access block settings;
 * object ownership enforced (ACLs disabled); a bucket policy denying any request not made over TLS;
 * server access logging to the given log bucket; noncurrent versions expired and incomplete
 * multipart uploads aborted after 7 days; {@code force_destroy} off. Optional: Object Lock.
 *
 * <p>Access is granted to a role with {@link #grantRead}, {@link #grantReadWrite} or
 * {@link #grantReadWriteDelete}, never with hand-written action lists. Each adds three statements
 * named after this construct's id ({@code <Id>Objects}, {@code <Id>Bucket}, {@code <Id>Key}).
 */
public final class SecureBucket extends Construct {
    private static final List<String> WRITE_KEY_ACTIONS = List.of("kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey*");

    private final SecureBucketProps props;
    private final S3Bucket bucket;

    public SecureBucket(Construct scope, String id, SecureBucketProps props) {
        super(scope, id);
        this.props = props;
        boolean locked = props.objectLockRetentionDays() != null;
        this.bucket = new S3Bucket(this, "Bucket", S3BucketConfig.builder()
                .bucket(props.bucketName())
                .forceDestroy(false)
                .objectLockEnabled(locked)
                .build());
        String bucketId = bucket.getId();

        new S3BucketPublicAccessBlock(this, "PublicAccessBlock", S3BucketPublicAccessBlockConfig.builder()
                .bucket(bucketId)
                .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true)
                .build());
        new S3BucketOwnershipControls(this, "Ownership", S3BucketOwnershipControlsConfig.builder()
                .bucket(bucketId)
                .rule(S3BucketOwnershipControlsRule.builder().objectOwnership("BucketOwnerEnforced").build())
                .build());
        new S3BucketVersioningA(this, "Versioning", S3BucketVersioningAConfig.builder()
                .bucket(bucketId)
                .versioningConfiguration(S3BucketVersioningVersioningConfiguration.builder().status("Enabled").build())
                .build());
        encryption(props, bucketId);
        new S3BucketPolicy(this, "Policy", S3BucketPolicyConfig.builder()
                .bucket(bucketId)
                .policy(Policies.document(this, "PolicyDocument", policy(props)).getJson())
                .build());
        if (!props.logTarget()) {
            new S3BucketLoggingA(this, "AccessLogging", S3BucketLoggingAConfig.builder()
                    .bucket(bucketId)
                    .targetBucket(props.accessLogBucket())
                    .targetPrefix(bucket.getBucket() + "/")
                    .build());
        }
        lifecycle(props, bucketId);
        if (props.logTarget()) {
            Suppressions.add(bucket, "ENIS-S3-002", "S3 server access log delivery writes only to SSE-S3 buckets (AWS limitation)");
            Suppressions.add(bucket, "ENIS-S3-006", "This is the access-log target; logging it into itself would loop");
        }
        if (locked) {
            new S3BucketObjectLockConfigurationA(this, "ObjectLock", S3BucketObjectLockConfigurationAConfig.builder()
                    .bucket(bucketId)
                    .rule(S3BucketObjectLockConfigurationRuleA.builder()
                            .defaultRetention(S3BucketObjectLockConfigurationRuleDefaultRetentionA.builder()
                                    .mode(props.objectLockMode().name()).days(props.objectLockRetentionDays()).build())
                            .build())
                    .build());
        }
    }

    private void encryption(SecureBucketProps props, String bucketId) {
        var byDefault = S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA.builder();
        if (props.logTarget()) {
            byDefault.sseAlgorithm("AES256");
        } else {
            byDefault.sseAlgorithm("aws:kms").kmsMasterKeyId(props.key().arn());
        }
        new S3BucketServerSideEncryptionConfigurationA(this, "Encryption",
                S3BucketServerSideEncryptionConfigurationAConfig.builder()
                        .bucket(bucketId)
                        .rule(List.of(S3BucketServerSideEncryptionConfigurationRuleA.builder()
                                .applyServerSideEncryptionByDefault(byDefault.build())
                                .bucketKeyEnabled(!props.logTarget())
                                .build()))
                        .build());
    }

    private List<DataAwsIamPolicyDocumentStatement> policy(SecureBucketProps props) {
        List<String> bucketAndObjects = List.of(bucket.getArn(), bucket.getArn() + "/*");
        List<DataAwsIamPolicyDocumentStatement> statements = new ArrayList<>();
        statements.add(deny("DenyInsecureTransport")
                .principals(principals("*", List.of("*")))
                .actions(List.of("s3:*"))
                .resources(bucketAndObjects)
                .condition(List.of(condition("Bool", "aws:SecureTransport", List.of("false"))))
                .build());
        if (props.logTarget()) {
            statements.add(allow("S3ServerAccessLogDelivery")
                    .principals(principals("Service", List.of("logging.s3.amazonaws.com")))
                    .actions(List.of("s3:PutObject"))
                    .resources(List.of(bucket.getArn() + "/*"))
                    .condition(List.of(condition("StringEquals", "aws:SourceAccount",
                            List.of(props.account().accountId()))))
                    .build());
        }
        return statements;
    }

    private void lifecycle(SecureBucketProps props, String bucketId) {
        new S3BucketLifecycleConfiguration(this, "Lifecycle", S3BucketLifecycleConfigurationConfig.builder()
                .bucket(bucketId)
                .rule(List.of(S3BucketLifecycleConfigurationRule.builder()
                        .id("expire-noncurrent-versions")
                        .status("Enabled")
                        .filter(S3BucketLifecycleConfigurationRuleFilter.builder().prefix("").build())
                        .noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                                .noncurrentDays(props.noncurrentVersionExpirationDays()).build())
                        .abortIncompleteMultipartUpload(S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload.builder()
                                .daysAfterInitiation(7).build())
                        .build()))
                .build());
    }

    /** Bucket name (a Terraform reference). */
    public String bucketName() {
        return bucket.getBucket();
    }

    /** Bucket ARN (a Terraform reference). */
    public String arn() {
        return bucket.getArn();
    }

    /**
     * Lets {@code role} read objects and list the bucket, and decrypt with the bucket's key. On a
     * bucket with Object Lock it may also read object versions and their retention.
     */
    public void grantRead(ServiceRole role) {
        grant(role, List.of(), List.of("kms:Decrypt"));
    }

    /** What {@link #grantRead} allows, plus writing objects (and encrypting them); never deleting them. */
    public void grantReadWrite(ServiceRole role) {
        grant(role, List.of("s3:PutObject"), WRITE_KEY_ACTIONS);
    }

    /**
     * What {@link #grantReadWrite} allows, plus deleting objects (a delete marker: with versioning,
     * old versions stay until they expire).
     */
    public void grantReadWriteDelete(ServiceRole role) {
        grant(role, List.of("s3:PutObject", "s3:DeleteObject"), WRITE_KEY_ACTIONS);
    }

    private void grant(ServiceRole role, List<String> writeActions, List<String> keyActions) {
        boolean locked = props.objectLockRetentionDays() != null;
        String sid = getNode().getId().replaceAll("[^A-Za-z0-9]", "");
        List<String> objectActions = new ArrayList<>(List.of("s3:GetObject"));
        objectActions.addAll(writeActions);
        List<String> bucketActions = new ArrayList<>(List.of("s3:ListBucket"));
        if (locked) {
            objectActions.addAll(List.of("s3:GetObjectRetention", "s3:GetObjectVersion"));
            bucketActions.add("s3:ListBucketVersions");
        }
        role.addPermission(Permission.allow(sid + "Objects", objectActions, List.of(arn() + "/*")));
        role.addPermission(Permission.allow(sid + "Bucket", bucketActions, List.of(arn())));
        if (props.key() != null) {
            role.addPermission(Permission.allow(sid + "Key", keyActions, List.of(props.key().arn())));
        }
    }
}
