package io.enis.compliance.reports;

import io.enis.compliance.audits.Audits;
import io.enis.compliance.audits.ControlStatus;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Framework;
import io.enis.compliance.evidence.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a human-readable report shows, whatever it is rendered as ({@link ReportHtml}, {@link ReportPdf}): the
 * audit's facts, then per framework its counts and every control with its status, reasons and evidence.
 *
 * @param facts    label and value pairs (audit, scope, status, as of, generated at)
 * @param sections one per framework, in the audit's order
 */
public record ReportDocument(String title, List<String[]> facts, List<Section> sections) {
    /** One framework: its counts ({@code controls, passed, failed, waived, notApplicable}) and its controls. */
    public record Section(String title, Map<String, Object> summary, List<Row> rows) {}

    /**
     * One control.
     *
     * @param evidence one line per piece of evidence: kind, result, title, SHA-256, collected at
     */
    public record Row(String ref, String title, String status, List<String> reasons, List<String> evidence) {}

    static ReportDocument of(Audits.StatusReport report, Catalogue catalogue, String generatedAt) {
        var audit = report.audit();
        List<String[]> facts = List.of(
                new String[] {"Audit", audit.name() + " (" + audit.id() + ")"},
                new String[] {"Scope", audit.scope()},
                new String[] {"Status", audit.status().label()},
                new String[] {"As of", report.asOf()},
                new String[] {"Generated at", generatedAt});
        Set<String> frameworks = new LinkedHashSet<>();
        report.controls().forEach(c -> frameworks.add(c.framework()));
        List<Section> sections = new ArrayList<>();
        for (String id : frameworks) {
            Framework f = catalogue.framework(id);
            List<ControlStatus> controls = report.controls().stream()
                    .filter(c -> c.framework().equals(id))
                    .toList();
            sections.add(new Section(
                    f.title() + " (" + f.id() + " " + f.version() + ")",
                    Reports.summary(controls),
                    controls.stream().map(ReportDocument::row).toList()));
        }
        return new ReportDocument("Compliance report: " + audit.name(), facts, sections);
    }

    private static Row row(ControlStatus c) {
        return new Row(
                c.ref(),
                c.title(),
                c.status().label(),
                c.reasons(),
                c.evidence().stream().map(ReportDocument::evidenceLine).toList());
    }

    private static String evidenceLine(Evidence e) {
        return e.kind().label() + " " + e.result().label() + ": " + e.title() + " - sha256 " + e.sha256()
                + ", collected " + java.time.Instant.ofEpochMilli(e.collectedAtMs());
    }
}
