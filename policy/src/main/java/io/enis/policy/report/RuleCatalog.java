package io.enis.policy.report;

import io.enis.policy.Control;
import io.enis.policy.rules.RuleInfo;
import java.util.List;
import java.util.stream.Collectors;

/** The rules as a markdown table, for docs/policy.md (kept in sync by a test). */
public final class RuleCatalog {
    private RuleCatalog() {}

    /** One row per rule: id, severity, title, remediation, checkov equivalent, controls. */
    public static String markdown(List<RuleInfo> rules) {
        StringBuilder table =
                new StringBuilder("| id | severity | rule | fix | checkov | controls |\n|---|---|---|---|---|---|\n");
        for (RuleInfo rule : rules) {
            table.append("| ")
                    .append(rule.id())
                    .append(" | ")
                    .append(rule.severity().label())
                    .append(" | ")
                    .append(escape(rule.title()))
                    .append(" | ")
                    .append(escape(rule.remediation()))
                    .append(" | ")
                    .append(rule.checkovId() == null ? "—" : rule.checkovId())
                    .append(" | ")
                    .append(rule.controls().stream().map(Control::toString).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
