package io.enis.compliance.audits;

import io.enis.compliance.catalogue.ControlRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An assessor's decision on one control of an audit. A waiver carries its justification, approver and
 * expiry; not_applicable its justification.
 *
 * @param expiresAtMs when a waiver ends, else {@code null}
 */
public record Decision(
        ControlRef control,
        DecisionKind kind,
        String justification,
        String approver,
        Long expiresAtMs,
        long decidedAtMs,
        String decidedBy) {

    /** The decision as the API (and the audit log) shows it. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("control", control.toString());
        m.put("status", kind);
        m.put("justification", justification);
        m.put("approver", approver);
        m.put(
                "expiresAt",
                expiresAtMs == null ? null : Instant.ofEpochMilli(expiresAtMs).toString());
        m.put("decidedAt", Instant.ofEpochMilli(decidedAtMs).toString());
        m.put("decidedBy", decidedBy);
        return m;
    }
}
