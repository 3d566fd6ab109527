package io.enis.compliance.auditlog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed digest over the entries {@code fromSeq..toSeq}, in the manner of CloudTrail's digest files:
 * it covers those entries' hashes and the previous digest's signature, so digests form a chain of their
 * own and a rewritten log (every hash recomputed) still disagrees with them.
 *
 * @param lastHash          the hash of entry {@code toSeq}
 * @param entriesSha256     SHA-256 over the hex hashes of entries {@code fromSeq..toSeq}, concatenated
 * @param previousSignature the previous digest's signature, {@code null} for the first
 * @param signature         Ed25519 over {@link #payload()}, base64
 */
public record Digest(
        long fromSeq,
        long toSeq,
        long signedAtMs,
        String lastHash,
        String entriesSha256,
        String previousSignature,
        String keyId,
        String signature) {

    /**
     * What is signed: the lines {@code enis-compliance-audit-digest/v1}, fromSeq, toSeq, lastHash,
     * entriesSha256, signedAtMs, previousSignature (empty for the first), joined by {@code \n}, UTF-8.
     */
    public byte[] payload() {
        return payload(fromSeq, toSeq, lastHash, entriesSha256, signedAtMs, previousSignature);
    }

    static byte[] payload(
            long fromSeq,
            long toSeq,
            String lastHash,
            String entriesSha256,
            long signedAtMs,
            String previousSignature) {
        return String.join(
                        "\n",
                        "enis-compliance-audit-digest/v1",
                        Long.toString(fromSeq),
                        Long.toString(toSeq),
                        lastHash,
                        entriesSha256,
                        Long.toString(signedAtMs),
                        previousSignature == null ? "" : previousSignature)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The digest as the API shows it, with its signed payload so a third party can check it. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fromSeq", fromSeq);
        m.put("toSeq", toSeq);
        m.put("signedAt", Instant.ofEpochMilli(signedAtMs).toString());
        m.put("lastHash", lastHash);
        m.put("entriesSha256", entriesSha256);
        m.put("previousSignature", previousSignature);
        m.put("keyId", keyId);
        m.put("algorithm", AuditSigner.ALGORITHM);
        m.put("signature", signature);
        m.put("payload", new String(payload(), StandardCharsets.UTF_8));
        return m;
    }
}
