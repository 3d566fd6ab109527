package io.enis.compliance;

import io.enis.compliance.auditlog.AuditSigner;
import io.enis.compliance.certifications.CertificationConfig;
import io.enis.compliance.evidence.S3Bucket;
import io.enis.kit.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the compliance service (beyond the kit's common ones).
 *
 * @param signer         {@code AUDIT_SIGNING_KEY} + {@code AUDIT_SIGNING_PUBLIC_KEY}: the Ed25519 key pair signing
 *                       the audit log's digests; absent: a key generated at start (logged as a warning), whose
 *                       digests cannot be checked after a restart
 * @param digestInterval {@code AUDIT_DIGEST_INTERVAL}: how often the entries since the last digest are signed, default 1h
 * @param evidenceDir    {@code EVIDENCE_DIR}: where uploaded evidence files are kept; absent: {@code DATA_DIR/evidence}
 * @param evidenceBucket {@code EVIDENCE_BUCKET} (+ {@code AWS_REGION}, {@code EVIDENCE_S3_ENDPOINT} or
 *                       {@code AWS_ENDPOINT_URL_S3}): the S3 bucket with Object Lock that keeps evidence files instead
 *                       of {@code evidenceDir}; absent: the local store
 * @param retentionDays  {@code EVIDENCE_RETENTION_DAYS}: the Object Lock retention of the S3 evidence store (the stacks
 *                       set it); the local store enforces none
 * @param certifications the certification settings: the cloud-bus for their events, the jobs' interval and the
 *                       public verification's per-client limit ({@link CertificationConfig})
 */
public record ComplianceConfig(
        Optional<AuditSigner> signer,
        Duration digestInterval,
        Optional<Path> evidenceDir,
        Optional<S3Bucket> evidenceBucket,
        int retentionDays,
        CertificationConfig certifications) {

    static ComplianceConfig read(Settings s) {
        Optional<AuditSigner> signer = Optional.empty();
        Optional<Settings.Pair> keys = s.bothOrNeither(
                "AUDIT_SIGNING_KEY",
                "Ed25519 private key (PKCS#8, base64 or PEM) signing the "
                        + "audit log's digests; absent: an ephemeral key is generated at start with a warning, and digests it signed "
                        + "cannot be verified after a restart",
                "AUDIT_SIGNING_PUBLIC_KEY",
                "its public key (X.509, base64 or PEM), published at "
                        + "/v1/compliance/audit-log/public-key; required with AUDIT_SIGNING_KEY");
        if (keys.isPresent()) {
            try {
                signer = Optional.of(
                        AuditSigner.of(keys.get().first(), keys.get().second()));
            } catch (IllegalArgumentException e) {
                s.reject("AUDIT_SIGNING_KEY / AUDIT_SIGNING_PUBLIC_KEY: " + e.getMessage());
            }
        }
        Duration interval = s.duration(
                "AUDIT_DIGEST_INTERVAL",
                Duration.ofHours(1),
                Duration.ofSeconds(1),
                "how often the audit-log entries since the last digest are signed");
        Optional<Path> dir = s.optional(
                        "EVIDENCE_DIR", "directory of uploaded evidence files (by SHA-256); absent: DATA_DIR/evidence")
                .map(Path::of);
        Optional<String> region = region(s);
        Optional<URI> endpoint = endpoint(s);
        Optional<S3Bucket> bucket = s.optional(
                        "EVIDENCE_BUCKET",
                        "S3 bucket with Object Lock for evidence files (each written in COMPLIANCE mode for "
                                + "EVIDENCE_RETENTION_DAYS, with its SHA-256 checksum); absent: files under EVIDENCE_DIR; "
                                + "credentials from the AWS default chain (IRSA in the cluster)")
                .map(name -> new S3Bucket(name, region, endpoint));
        int retention = s.integer(
                "EVIDENCE_RETENTION_DAYS",
                30,
                1,
                36_500,
                "Object Lock retention (COMPLIANCE mode) of each evidence file written to EVIDENCE_BUCKET; "
                        + "the local store enforces none");
        return new ComplianceConfig(signer, interval, dir, bucket, retention, CertificationConfig.read(s));
    }

    private static Optional<String> region(Settings s) {
        return s.optional("AWS_REGION", "region of EVIDENCE_BUCKET; absent: the AWS SDK's default region chain");
    }

    private static Optional<URI> endpoint(Settings s) {
        Optional<String> ours = s.optional(
                "EVIDENCE_S3_ENDPOINT",
                "endpoint of an S3-compatible server for EVIDENCE_BUCKET (tests: http://127.0.0.1:<port>), "
                        + "addressed path-style; absent: AWS_ENDPOINT_URL_S3, else AWS's endpoint for the region");
        Optional<String> standard = s.optional(
                "AWS_ENDPOINT_URL_S3", "the AWS SDKs' standard S3 endpoint override; EVIDENCE_S3_ENDPOINT wins");
        String name = ours.isPresent() ? "EVIDENCE_S3_ENDPOINT" : "AWS_ENDPOINT_URL_S3";
        return ours.or(() -> standard).flatMap(text -> {
            try {
                URI uri = URI.create(text);
                if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    return Optional.of(uri);
                }
            } catch (IllegalArgumentException e) {
                // rejected below
            }
            s.reject(name + "=" + text + ": must be an http:// or https:// URL");
            return Optional.empty();
        });
    }
}
