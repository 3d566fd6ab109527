package io.enis.compliance;

import io.enis.compliance.auditlog.AuditSigner;
import io.enis.kit.config.Settings;
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
 * @param retentionDays  {@code EVIDENCE_RETENTION_DAYS}: the Object Lock retention of the S3 evidence store (the stacks
 *                       set it); the local store enforces none
 */
public record ComplianceConfig(
        Optional<AuditSigner> signer, Duration digestInterval, Optional<Path> evidenceDir, int retentionDays) {

    static ComplianceConfig read(Settings s) {
        Optional<String> privateKey = s.optional(
                "AUDIT_SIGNING_KEY",
                "Ed25519 private key (PKCS#8, base64 or PEM) signing the "
                        + "audit log's digests; absent: an ephemeral key is generated at start with a warning, and digests it signed "
                        + "cannot be verified after a restart");
        Optional<String> publicKey = s.optional(
                "AUDIT_SIGNING_PUBLIC_KEY",
                "its public key (X.509, base64 or PEM), published at "
                        + "/v1/compliance/audit-log/public-key; required with AUDIT_SIGNING_KEY");
        Optional<AuditSigner> signer = Optional.empty();
        if (privateKey.isPresent() != publicKey.isPresent()) {
            s.reject("AUDIT_SIGNING_KEY and AUDIT_SIGNING_PUBLIC_KEY: set both or neither");
        } else if (privateKey.isPresent()) {
            try {
                signer = Optional.of(AuditSigner.of(privateKey.get(), publicKey.get()));
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
        s.optional(
                        "EVIDENCE_BUCKET",
                        "S3 bucket with Object Lock for evidence files: not built yet (issue 15 follow-up); "
                                + "set, the service refuses to start rather than keep production evidence on local disk")
                .ifPresent(bucket -> s.reject("EVIDENCE_BUCKET=" + bucket + ": the S3 evidence store is not built yet; "
                        + "unset it to keep evidence files under EVIDENCE_DIR"));
        int retention = s.integer(
                "EVIDENCE_RETENTION_DAYS",
                30,
                1,
                36_500,
                "Object Lock retention of evidence in S3 (the stacks set it; the local store enforces none)");
        return new ComplianceConfig(signer, interval, dir, retention);
    }
}
