package io.enis.compliance.audits;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An audit: what is examined ({@code scope}, free text), against which frameworks, and where it stands.
 */
public record Audit(
        String id,
        String name,
        String scope,
        List<String> frameworks,
        AuditStatus status,
        long createdAtMs,
        long updatedAtMs,
        String createdBy) {
    public Audit {
        frameworks = List.copyOf(frameworks);
    }

    public Audit withStatus(AuditStatus next, long atMs) {
        return new Audit(id, name, scope, frameworks, next, createdAtMs, atMs, createdBy);
    }

    /** The audit as the API (and the audit log) shows it. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("scope", scope);
        m.put("frameworks", frameworks);
        m.put("status", status);
        m.put("allowedTransitions", status.next());
        m.put("createdAt", Instant.ofEpochMilli(createdAtMs).toString());
        m.put("updatedAt", Instant.ofEpochMilli(updatedAtMs).toString());
        m.put("createdBy", createdBy);
        return m;
    }
}
