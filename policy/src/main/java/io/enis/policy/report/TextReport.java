package io.enis.policy.report;

import io.enis.policy.Finding;
import io.enis.policy.Report;
import io.enis.policy.Severity;

/** Findings for people: one line each, worst first, suppressed ones with their reason, then totals. */
final class TextReport {
    private TextReport() {}

    static String render(Report report) {
        StringBuilder out = new StringBuilder();
        for (Finding finding : report.findings()) {
            out.append(String.format(
                    "%-8s %-16s %s %s: %s%n",
                    finding.suppressed()
                            ? "SUPPRESS"
                            : finding.severity().label().toUpperCase(),
                    finding.ruleId(),
                    finding.stack(),
                    finding.resource(),
                    finding.message()));
            if (finding.suppressionReason() != null) {
                out.append("         ")
                        .append(finding.suppressed() ? "reason: " : "expired suppression: ")
                        .append(finding.suppressionReason())
                        .append('\n');
            }
        }
        var counts = report.counts();
        out.append(String.format(
                "%d rules, %d document(s): %d critical, %d high, %d medium, %d low, %d suppressed%n",
                report.rules().size(),
                report.documents(),
                counts.get(Severity.CRITICAL),
                counts.get(Severity.HIGH),
                counts.get(Severity.MEDIUM),
                counts.get(Severity.LOW),
                report.suppressedCount()));
        return out.toString();
    }
}
