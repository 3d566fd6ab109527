package io.enis.policy.report;

import io.enis.policy.Finding;
import io.enis.policy.Report;
import io.enis.policy.rules.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML for CI dashboards: one test suite per stack, one test case per rule; a rule with
 * unsuppressed findings fails (one line per resource), one with only suppressed findings is
 * skipped with the reasons.
 */
final class JunitReport {
    private JunitReport() {}

    static String render(Report report) {
        Map<String, List<Finding>> byStack = new LinkedHashMap<>();
        Set<String> stacks = new LinkedHashSet<>();
        report.findings().forEach(f -> stacks.add(f.stack()));
        report.findings()
                .forEach(f -> byStack.computeIfAbsent(f.stack() + "\u0000" + f.ruleId(), k -> new ArrayList<>())
                        .add(f));
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"enis-policy\">\n");
        if (stacks.isEmpty()) {
            stacks.add("all");
        }
        for (String stack : stacks) {
            int failures = 0;
            int skipped = 0;
            StringBuilder cases = new StringBuilder();
            for (RuleInfo rule : report.rules()) {
                List<Finding> findings = byStack.getOrDefault(stack + "\u0000" + rule.id(), List.of());
                List<Finding> open =
                        findings.stream().filter(f -> !f.suppressed()).toList();
                cases.append("    <testcase classname=\"")
                        .append(escape(stack))
                        .append("\" name=\"")
                        .append(escape(rule.id() + " " + rule.title()))
                        .append("\"");
                if (!open.isEmpty()) {
                    failures++;
                    cases.append(">\n      <failure type=\"")
                            .append(rule.severity().label())
                            .append("\" message=\"")
                            .append(escape(open.size() + " resource(s)"))
                            .append("\">");
                    open.forEach(f -> cases.append(escape(f.resource() + ": " + f.message()))
                            .append('\n'));
                    cases.append("</failure>\n    </testcase>\n");
                } else if (!findings.isEmpty()) {
                    skipped++;
                    cases.append(">\n      <skipped message=\"")
                            .append(escape("suppressed: " + findings.get(0).suppressionReason()))
                            .append("\"/>\n    </testcase>\n");
                } else {
                    cases.append("/>\n");
                }
            }
            xml.append("  <testsuite name=\"")
                    .append(escape(stack))
                    .append("\" tests=\"")
                    .append(report.rules().size())
                    .append("\" failures=\"")
                    .append(failures)
                    .append("\" errors=\"0\" skipped=\"")
                    .append(skipped)
                    .append("\">\n")
                    .append(cases)
                    .append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
