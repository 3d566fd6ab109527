package io.enis.policy;

import io.enis.policy.rules.RuleInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of checking documents: every finding (suppressed ones included) and the rules that ran.
 *
 * @param rules the rules checked
 * @param documents how many documents were checked
 * @param findings findings ordered by severity, rule, stack and resource
 */
public record Report(List<RuleInfo> rules, int documents, List<Finding> findings) {
    public Report {
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
    }

    /** Unsuppressed findings of {@code threshold} or worse; empty when {@code threshold} is null ("none"). */
    public List<Finding> failing(Severity threshold) {
        if (threshold == null) {
            return List.of();
        }
        return findings.stream()
                .filter(f -> !f.suppressed() && f.severity().atLeast(threshold))
                .toList();
    }

    /** Unsuppressed finding counts per severity. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        findings.stream().filter(f -> !f.suppressed()).forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Number of suppressed findings. */
    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }
}
