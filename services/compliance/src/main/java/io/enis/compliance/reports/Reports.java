package io.enis.compliance.reports;

import io.enis.compliance.audits.Audit;
import io.enis.compliance.audits.Audits;
import io.enis.compliance.audits.ControlState;
import io.enis.compliance.audits.ControlStatus;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Framework;
import io.enis.compliance.oscal.OscalAssessmentResults;
import io.enis.compliance.oscal.OscalSystemSecurityPlan;
import io.enis.kit.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compliance reports: per audit and framework, every control passed, failed, waived or not applicable
 * with the reasons and the evidence that decided it, at a date; and the audit's summary across its
 * frameworks. The same content renders as HTML ({@link #html}), PDF ({@link #pdf}) and OSCAL assessment results
 * ({@link #assessmentResults}), for one framework or every framework of the audit.
 */
public final class Reports {
    private final Audits audits;
    private final Catalogue catalogue;
    private final Clock clock;

    private final OscalAssessmentResults oscal;

    public Reports(Audits audits, Catalogue catalogue, Clock clock) {
        this.audits = audits;
        this.catalogue = catalogue;
        this.clock = clock;
        this.oscal = new OscalAssessmentResults(catalogue);
    }

    /**
     * The report of one framework ({@code frameworkId}) or of every framework of the audit ({@code null}) as
     * one self-contained HTML page.
     *
     * @throws io.enis.kit.domain.NotFoundException for an unknown audit, or a framework not in it
     * @throws io.enis.kit.domain.InvalidInputException naming {@code asOf}
     */
    public String html(String auditId, String frameworkId, String asOf) {
        return ReportHtml.render(document(audits.statuses(auditId, frameworkId, asOf)));
    }

    /** As {@link #html}, as a PDF. */
    public byte[] pdf(String auditId, String frameworkId, String asOf) {
        return pdf(audits.statuses(auditId, frameworkId, asOf));
    }

    /** As {@link #html}, as OSCAL 1.1.3 assessment results ({@link OscalAssessmentResults}). */
    public Map<String, Object> assessmentResults(String auditId, String frameworkId, String asOf) {
        return assessmentResults(audits.statuses(auditId, frameworkId, asOf));
    }

    /** An OSCAL system security plan skeleton of the audit ({@link OscalSystemSecurityPlan}). */
    public Map<String, Object> systemSecurityPlan(String auditId, String asOf) {
        return OscalSystemSecurityPlan.of(audits.statuses(auditId, null, asOf));
    }

    /** Every control of the audit at {@code asOf}, what the auditor bundle is made of. */
    Audits.StatusReport statuses(String auditId, String asOf) {
        return audits.statuses(auditId, null, asOf);
    }

    byte[] pdf(Audits.StatusReport statuses) {
        return ReportPdf.render(
                document(statuses), Instant.parse(statuses.asOf()).toEpochMilli());
    }

    Map<String, Object> assessmentResults(Audits.StatusReport statuses) {
        return oscal.of(statuses, clock.instant());
    }

    private ReportDocument document(Audits.StatusReport statuses) {
        return ReportDocument.of(statuses, catalogue, clock.instant().toString());
    }

    /**
     * The report of one framework of an audit at {@code asOf} (RFC 3339; absent: now).
     *
     * @throws io.enis.kit.domain.NotFoundException for an unknown audit, or a framework not in it
     * @throws io.enis.kit.domain.InvalidInputException naming {@code asOf}
     */
    public Map<String, Object> framework(String auditId, String frameworkId, String asOf) {
        var statuses = audits.statuses(auditId, frameworkId, asOf);
        Framework framework = catalogue.framework(frameworkId);
        Map<String, Object> report = header(statuses.audit(), statuses.asOf());
        report.put("framework", frameworkView(framework));
        report.put("summary", summary(statuses.controls()));
        report.put(
                "controls",
                statuses.controls().stream().map(ControlStatus::view).toList());
        return report;
    }

    /** Every framework of an audit with its counts, at {@code asOf}. */
    public Map<String, Object> audit(String auditId, String asOf) {
        var statuses = audits.statuses(auditId, null, asOf);
        Map<String, Object> report = header(statuses.audit(), statuses.asOf());
        report.put(
                "frameworks",
                statuses.audit().frameworks().stream()
                        .map(id -> {
                            Map<String, Object> line = frameworkView(catalogue.framework(id));
                            line.put(
                                    "summary",
                                    summary(statuses.controls().stream()
                                            .filter(c -> c.framework().equals(id))
                                            .toList()));
                            return line;
                        })
                        .toList());
        return report;
    }

    private Map<String, Object> header(Audit audit, String asOf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "audit",
                Json.object("id", audit.id(), "name", audit.name(), "scope", audit.scope(), "status", audit.status()));
        m.put("asOf", asOf);
        m.put("generatedAt", clock.instant().toString());
        return m;
    }

    private static Map<String, Object> frameworkView(Framework f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("title", f.title());
        m.put("version", f.version());
        return m;
    }

    static Map<String, Object> summary(List<ControlStatus> controls) {
        Map<ControlState, Integer> counts = new EnumMap<>(ControlState.class);
        for (ControlState s : ControlState.values()) {
            counts.put(s, 0);
        }
        controls.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("controls", controls.size());
        m.put("passed", counts.get(ControlState.PASSING));
        m.put("failed", counts.get(ControlState.FAILING));
        m.put("waived", counts.get(ControlState.WAIVED));
        m.put("notApplicable", counts.get(ControlState.NOT_APPLICABLE));
        return m;
    }
}
