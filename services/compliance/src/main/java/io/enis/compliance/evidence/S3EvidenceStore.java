package io.enis.compliance.evidence;

import io.enis.kit.domain.UnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ObjectLockEnabled;
import software.amazon.awssdk.services.s3.model.ObjectLockMode;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Evidence files in an S3 bucket with Object Lock ({@code EVIDENCE_BUCKET}), at
 * {@code evidence/<first two hex digits>/<sha256>}. Each upload is written as a new object version locked
 * in COMPLIANCE mode for the configured retention (no one, root included, can delete or overwrite it
 * before then) and carries its SHA-256 as {@code x-amz-checksum-sha256}, so S3 refuses bytes that were
 * corrupted on the way. The retention is read back after the write (the version's
 * {@code x-amz-object-lock-retain-until-date}) and is what the evidence reports. Locations name the
 * version ({@code s3://bucket/key?versionId=…}), so a read returns exactly the bytes that were recorded.
 * S3 failures are {@link UnavailableException}s (503 with Retry-After).
 */
public final class S3EvidenceStore implements EvidenceStore {
    private static final String SCHEME = "s3://";
    private static final String VERSION = "?versionId=";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final S3Client s3;
    private final String bucket;
    private final Duration retention;
    private final Clock clock;

    /**
     * @param s3        a client for the bucket's region (and endpoint, for S3-compatible servers)
     * @param retention how long each written version is locked, counted from the write on {@code clock}
     */
    public S3EvidenceStore(S3Client s3, String bucket, Duration retention, Clock clock) {
        this.s3 = s3;
        this.bucket = bucket;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public Stored put(String sha256, byte[] content) {
        String key = "evidence/" + sha256.substring(0, 2) + "/" + sha256;
        Instant retainUntil = clock.instant().plus(retention);
        try {
            PutObjectResponse put = s3.putObject(
                    b -> b.bucket(bucket)
                            .key(key)
                            .contentLength((long) content.length)
                            .contentType("application/octet-stream")
                            .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                            .checksumSHA256(Base64.getEncoder()
                                    .encodeToString(HexFormat.of().parseHex(sha256)))
                            .objectLockMode(ObjectLockMode.COMPLIANCE)
                            .objectLockRetainUntilDate(retainUntil),
                    RequestBody.fromBytes(content));
            String version = put.versionId();
            if (version == null) {
                throw new UnavailableException(
                        "evidence store",
                        "bucket " + bucket + " returned no version id: it is not versioned, so it has no Object Lock",
                        RETRY_AFTER,
                        null);
            }
            Instant retained = s3.headObject(b -> b.bucket(bucket).key(key).versionId(version))
                    .objectLockRetainUntilDate();
            Long retainedUntil = retained == null ? null : retained.toEpochMilli();
            return new Stored(SCHEME + bucket + "/" + key + VERSION + version, retainedUntil);
        } catch (SdkException e) {
            throw unavailable("cannot write s3://" + bucket + "/" + key, e);
        }
    }

    @Override
    public byte[] get(String location) {
        String prefix = SCHEME + bucket + "/";
        int v = location.indexOf(VERSION);
        if (!location.startsWith(prefix) || v < 0) {
            throw new IllegalArgumentException("not a location of this store: " + location);
        }
        String key = location.substring(prefix.length(), v);
        String version = location.substring(v + VERSION.length());
        try {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(version))
                    .asByteArray();
        } catch (SdkException e) {
            throw unavailable("cannot read " + location, e);
        }
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket + " (Object Lock, COMPLIANCE mode, " + retention.toDays() + " days)";
    }

    /** Readiness: the bucket is reachable and has Object Lock enabled. */
    @Override
    public void check() {
        ObjectLockEnabled enabled;
        try {
            enabled = s3.getObjectLockConfiguration(b -> b.bucket(bucket))
                    .objectLockConfiguration()
                    .objectLockEnabled();
        } catch (SdkException e) {
            throw unavailable("cannot read the Object Lock configuration of bucket " + bucket, e);
        }
        if (enabled != ObjectLockEnabled.ENABLED) {
            throw new IllegalStateException("bucket " + bucket + " does not have Object Lock enabled");
        }
    }

    private static UnavailableException unavailable(String what, SdkException e) {
        return new UnavailableException("evidence store", what + ": " + e.getMessage(), RETRY_AFTER, e);
    }
}
