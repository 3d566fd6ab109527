package io.enis.compliance.certifications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate at a level for a holder, issued from the evidence of an audit.
 *
 * @param revoked          whether it was revoked (then {@code revokedAtMs}, {@code revokedBy} and
 *                         {@code revocationReason} are set)
 * @param issuedAtMs       when it was first issued
 * @param validFromMs      when the current validity began: the issue or the last renewal
 * @param expiresAtMs      when it ends: {@code validFromMs} plus the level's years
 * @param requirements     the requirements as checked at the issue or the last renewal
 */
public record Certification(
        String id,
        String holder,
        CertificationLevel level,
        String auditId,
        boolean revoked,
        long issuedAtMs,
        long validFromMs,
        long expiresAtMs,
        int renewals,
        List<RequirementResult> requirements,
        String issuedBy,
        Long revokedAtMs,
        String revokedBy,
        String revocationReason) {
    public Certification {
        requirements = List.copyOf(requirements);
    }

    /** Its status at {@code nowMs}. */
    public CertificationStatus status(long nowMs) {
        if (revoked) {
            return CertificationStatus.REVOKED;
        }
        return nowMs >= expiresAtMs ? CertificationStatus.EXPIRED : CertificationStatus.ACTIVE;
    }

    /** Everything, as the API (with a key), the audit log and the certificate document show it. */
    public Map<String, Object> view(long nowMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("holder", holder);
        m.put("level", level);
        m.put("status", status(nowMs));
        m.put("audit", auditId);
        m.put("issuedAt", Instant.ofEpochMilli(issuedAtMs).toString());
        m.put("validFrom", Instant.ofEpochMilli(validFromMs).toString());
        m.put("validUntil", Instant.ofEpochMilli(expiresAtMs).toString());
        m.put("renewals", renewals);
        m.put("issuedBy", issuedBy);
        m.put(
                "revokedAt",
                revokedAtMs == null ? null : Instant.ofEpochMilli(revokedAtMs).toString());
        m.put("revokedBy", revokedBy);
        m.put("revocationReason", revocationReason);
        m.put("requirements", requirements.stream().map(RequirementResult::view).toList());
        return m;
    }

    /** Only what anyone may see: holder, level, status and validity. */
    public Map<String, Object> publicView(long nowMs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("holder", holder);
        m.put("level", level);
        m.put("status", status(nowMs));
        m.put("validFrom", Instant.ofEpochMilli(validFromMs).toString());
        m.put("validUntil", Instant.ofEpochMilli(expiresAtMs).toString());
        return m;
    }
}
