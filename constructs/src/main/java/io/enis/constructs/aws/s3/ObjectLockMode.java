package io.enis.constructs.aws.s3;

/** How strictly S3 Object Lock holds a locked object version (the S3 API's retention modes). */
public enum ObjectLockMode {
    /** Users with {@code s3:BypassGovernanceRetention} can shorten or remove a lock. */
    GOVERNANCE,
    /** Nobody, not even the account root, can delete a locked version before its retention ends: for audit evidence. */
    COMPLIANCE
}
