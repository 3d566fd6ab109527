package io.enis.compliance;

import io.enis.compliance.auditlog.AuditSigner;
import io.enis.kit.config.Settings;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the compliance service (beyond the kit's common ones).
 *
 * @param signer         {@code AUDIT_SIGNING_KEY} + {@code AUDIT_SIGNING_PUBLIC_KEY}: the Ed25519 key pair signing
 *                       the audit log's digests; absent: a key generated at start (logged as a warning), whose
 *                       digests cannot be checked after a restart
 * @param digestInterval {@code AUDIT_DIGEST_INTERVAL}: how often the entries since the last digest are signed, default 1h
 */
public record ComplianceConfig(Optional<AuditSigner> signer, Duration digestInterval) {

    static ComplianceConfig read(Settings s) {
        Optional<String> privateKey = s.optional("AUDIT_SIGNING_KEY", "Ed25519 private key (PKCS#8, base64 or PEM) signing the "
                + "audit log's digests; absent: an ephemeral key is generated at start with a warning, and digests it signed "
                + "cannot be verified after a restart");
        Optional<String> publicKey = s.optional("AUDIT_SIGNING_PUBLIC_KEY", "its public key (X.509, base64 or PEM), published at "
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
        Duration interval = s.duration("AUDIT_DIGEST_INTERVAL", Duration.ofHours(1), Duration.ofSeconds(1),
                "how often the audit-log entries since the last digest are signed");
        return new ComplianceConfig(signer, interval);
    }
}
