package io.enis.compliance.certifications;

import io.enis.compliance.auditlog.AuditSigner;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The signed certificate: a JSON document and its detached Ed25519 signature by the audit log's digest
 * key ({@code GET /v1/compliance/audit-log/public-key}). {@code payload} is the document's exact bytes
 * in base64 — what is signed; {@code certificate} is the same document parsed, for reading. Offline:
 * {@code jq -r .payload | base64 -d > cert.json}, {@code jq -r .signature | base64 -d > cert.sig},
 * {@code openssl pkeyutl -verify -pubin -inkey audit-log.pem -rawin -in cert.json -sigfile cert.sig}.
 */
public final class CertificateDocument {
    /** The document's {@code type}: what kind of document it is, and its version. */
    public static final String TYPE = "enis-compliance-certificate/v1";

    private CertificateDocument() {}

    /** The signed document of {@code c} as it stands at {@code nowMs}. */
    public static Map<String, Object> sign(Certification c, long nowMs, AuditSigner signer) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", TYPE);
        doc.put("issuer", "enis-compliance");
        doc.putAll(c.view(nowMs));
        doc.put("signedAt", Instant.ofEpochMilli(nowMs).toString());
        doc.put("keyId", signer.keyId());
        byte[] payload = Json.writeBytes(doc);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("certificate", doc);
        out.put("payload", Base64.getEncoder().encodeToString(payload));
        out.put("algorithm", AuditSigner.ALGORITHM);
        out.put("keyId", signer.keyId());
        out.put("signature", signer.sign(payload));
        return out;
    }
}
