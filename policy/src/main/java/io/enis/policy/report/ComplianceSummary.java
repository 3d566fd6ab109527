package io.enis.policy.report;

import io.enis.policy.Control;
import io.enis.policy.Finding;
import io.enis.policy.Framework;
import io.enis.policy.Report;
import io.enis.policy.rules.RuleInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per framework: the controls the rules cover, and how many passed (no finding), failed (an
 * unsuppressed finding) or are met only thanks to suppressions — the table an auditor asks for.
 */
public final class ComplianceSummary {
    private ComplianceSummary() {}

    /**
     * One framework's line.
     *
     * @param framework the framework
     * @param covered controls covered by at least one rule
     * @param passed controls whose rules found nothing
     * @param failed controls with at least one unsuppressed finding
     * @param suppressed controls whose findings are all suppressed
     * @param failedControls ids of the failed controls
     */
    public record Line(
            Framework framework, int covered, int passed, int failed, int suppressed, List<String> failedControls) {}

    /** The lines, one per framework. */
    public static List<Line> of(Report report) {
        Map<String, RuleInfo> rules = new HashMap<>();
        report.rules().forEach(rule -> rules.put(rule.id(), rule));
        Set<Control> failed = new HashSet<>();
        Set<Control> suppressedOnly = new HashSet<>();
        for (Finding finding : report.findings()) {
            for (Control control : rules.get(finding.ruleId()).controls()) {
                (finding.suppressed() ? suppressedOnly : failed).add(control);
            }
        }
        suppressedOnly.removeAll(failed);
        return java.util.Arrays.stream(Framework.values())
                .map(framework -> {
                    Set<Control> covered = new HashSet<>();
                    report.rules()
                            .forEach(rule -> rule.controls().stream()
                                    .filter(c -> c.framework() == framework)
                                    .forEach(covered::add));
                    Set<String> failing = new TreeSet<>();
                    covered.stream().filter(failed::contains).forEach(c -> failing.add(c.id()));
                    int suppressed = (int)
                            covered.stream().filter(suppressedOnly::contains).count();
                    return new Line(
                            framework,
                            covered.size(),
                            covered.size() - failing.size() - suppressed,
                            failing.size(),
                            suppressed,
                            List.copyOf(failing));
                })
                .toList();
    }

    /** The lines as a text table. */
    public static String render(Report report) {
        StringBuilder out = new StringBuilder(String.format(
                "%-40s %8s %7s %7s %11s  %s%n",
                "FRAMEWORK", "CONTROLS", "PASSED", "FAILED", "SUPPRESSED", "FAILED CONTROLS"));
        for (Line line : of(report)) {
            out.append(String.format(
                    "%-40s %8d %7d %7d %11d  %s%n",
                    line.framework().title(),
                    line.covered(),
                    line.passed(),
                    line.failed(),
                    line.suppressed(),
                    String.join(", ", line.failedControls())));
        }
        return out.toString();
    }
}
