package io.enis.policy.rules;

import io.enis.policy.Control;
import io.enis.policy.Severity;
import java.util.List;

/**
 * What a rule checks and why.
 *
 * @param id {@code ENIS-<AREA>-<NNN>}
 * @param title one line
 * @param severity how bad a violation is
 * @param rationale why it matters
 * @param remediation how to fix it (which construct or prop)
 * @param controls framework controls the rule supports
 * @param checkovId the equivalent checkov check, or {@code null}
 */
public record RuleInfo(
        String id,
        String title,
        Severity severity,
        String rationale,
        String remediation,
        List<Control> controls,
        String checkovId) {
    public RuleInfo {
        if (!id.matches("ENIS-[A-Z0-9]+-\\d{3}")) {
            throw new IllegalArgumentException("rule id '" + id + "' is not ENIS-<AREA>-<NNN>");
        }
        controls = List.copyOf(controls);
    }
}
