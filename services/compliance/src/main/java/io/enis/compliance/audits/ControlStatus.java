package io.enis.compliance.audits;

import io.enis.compliance.evidence.Evidence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One control's status in an audit at a date, with why and on what evidence.
 *
 * @param reasons  why it has that status, for humans (the rule that failed, the waiver's expiry, stale evidence)
 * @param decision the assessor's decision in force, or {@code null}
 * @param evidence the evidence that decided it: the newest of each source, on it or on a control whose
 *                 evidence counts for it
 */
public record ControlStatus(
        String framework,
        String control,
        String ref,
        String title,
        ControlState status,
        List<String> reasons,
        Decision decision,
        List<Evidence> evidence) {

    /** The status as the API shows it, with its evidence. */
    public Map<String, Object> view() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("framework", framework);
        m.put("control", control);
        m.put("ref", ref);
        m.put("title", title);
        m.put("status", status);
        m.put("reasons", reasons);
        m.put("decision", decision == null ? null : decision.view());
        m.put("evidence", evidence.stream().map(Evidence::view).toList());
        return m;
    }
}
