package io.enis.compliance.certifications;

import io.enis.compliance.evidence.EvidenceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether one requirement of a level holds in an audit.
 *
 * @param type     the evidence type required
 * @param met      whether it holds
 * @param detail   why (or why not), in words
 * @param evidence the ids of the evidence it rests on (empty when unmet)
 */
public record RequirementResult(EvidenceType type, boolean met, String detail, List<String> evidence) {
    public RequirementResult {
        evidence = List.copyOf(evidence);
    }

    /** As the API, the certificate document and the audit log show it. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("met", met);
        m.put("detail", detail);
        m.put("evidence", evidence);
        return m;
    }
}
