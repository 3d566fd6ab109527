package io.enis.compliance.oscal;

import io.enis.compliance.audits.Audit;
import io.enis.compliance.audits.Audits;
import io.enis.compliance.audits.ControlState;
import io.enis.compliance.audits.ControlStatus;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.compliance.evidence.Evidence;
import io.enis.kit.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An audit's control statuses as OSCAL 1.1.3 assessment results: one {@code result} per framework, a
 * {@code finding} per control (target {@code objective-id} = the control's OSCAL id in {@link
 * OscalCatalogExport}'s catalog) and an {@code observation} per piece of evidence, linked from the findings it
 * decided. OSCAL's finding state has two values, so ENIS's four map as: passing → {@code satisfied}/{@code pass};
 * failing → {@code not-satisfied}/{@code fail}; waived → {@code not-satisfied}/{@code other}; not applicable →
 * {@code satisfied}/{@code other}; the exact status is the {@code status} property (ENIS namespace) and the
 * reasons are the finding's remarks. The {@code import-ap} is the audit itself ({@code /v1/compliance/audit/{id}}),
 * which plays the assessment plan's part (scope and frameworks). Ids are name-based UUIDs of the audit, the
 * framework and the date, so the same report renders to the same bytes.
 */
public final class OscalAssessmentResults {
    private final Catalogue catalogue;

    public OscalAssessmentResults(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The assessment results of {@code report}, generated at {@code generatedAt}. */
    public Map<String, Object> of(Audits.StatusReport report, Instant generatedAt) {
        Audit audit = report.audit();
        Map<String, Object> ar = new LinkedHashMap<>();
        ar.put("uuid", OscalIds.uuid("assessment-results", audit.id(), report.asOf()));
        ar.put(
                "metadata",
                OscalMetadata.of(
                        "Assessment results: " + audit.name(),
                        Instant.ofEpochMilli(audit.updatedAtMs()),
                        audit.status().label() + " as of " + report.asOf()));
        ar.put("import-ap", Json.object("href", "/v1/compliance/audit/" + audit.id()));
        List<Map<String, Object>> results = new ArrayList<>();
        Set<String> frameworks = new LinkedHashSet<>();
        report.controls().forEach(c -> frameworks.add(c.framework()));
        for (String framework : frameworks) {
            results.add(result(
                    audit,
                    report.asOf(),
                    framework,
                    report.controls().stream()
                            .filter(c -> c.framework().equals(framework))
                            .toList()));
        }
        ar.put("results", results);
        return Json.object("assessment-results", ar);
    }

    private Map<String, Object> result(Audit audit, String asOf, String framework, List<ControlStatus> controls) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uuid", OscalIds.uuid("result", audit.id(), framework, asOf));
        r.put("title", catalogue.framework(framework).title() + " in " + audit.name());
        r.put(
                "description",
                "Every control of " + framework + " in the audit's scope (" + audit.scope() + ") as of " + asOf);
        r.put("start", Instant.ofEpochMilli(audit.createdAtMs()).toString());
        r.put("end", asOf);
        r.put("props", List.of(OscalMetadata.prop("framework", framework)));
        r.put(
                "reviewed-controls",
                Json.object(
                        "control-selections",
                        List.of(Json.object(
                                "include-controls",
                                controls.stream()
                                        .map(c -> Json.object("control-id", controlId(c)))
                                        .toList()))));
        Map<String, Map<String, Object>> observations = new LinkedHashMap<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        for (ControlStatus c : controls) {
            List<Map<String, Object>> related = new ArrayList<>();
            for (Evidence e : c.evidence()) {
                String uuid = OscalIds.uuid("observation", audit.id(), e.id());
                observations.computeIfAbsent(uuid, u -> observation(u, e));
                related.add(Json.object("observation-uuid", uuid));
            }
            findings.add(finding(audit, asOf, c, related));
        }
        if (!observations.isEmpty()) {
            r.put("observations", List.copyOf(observations.values()));
        }
        if (!findings.isEmpty()) {
            r.put("findings", findings);
        }
        return r;
    }

    private static Map<String, Object> finding(
            Audit audit, String asOf, ControlStatus c, List<Map<String, Object>> related) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put(
                "state",
                c.status() == ControlState.PASSING || c.status() == ControlState.NOT_APPLICABLE
                        ? "satisfied"
                        : "not-satisfied");
        status.put(
                "reason",
                switch (c.status()) {
                    case PASSING -> "pass";
                    case FAILING -> "fail";
                    case WAIVED, NOT_APPLICABLE -> "other";
                });
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", "objective-id");
        target.put("target-id", controlId(c));
        target.put("status", status);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("uuid", OscalIds.uuid("finding", audit.id(), c.ref(), asOf));
        f.put("title", c.ref() + " " + c.title());
        f.put("description", c.ref() + " is " + c.status().label() + " as of " + asOf);
        f.put("props", List.of(OscalMetadata.prop("status", c.status().label())));
        f.put("target", target);
        if (!related.isEmpty()) {
            f.put("related-observations", related);
        }
        if (!c.reasons().isEmpty()) {
            f.put("remarks", String.join("\n\n", c.reasons()));
        }
        return f;
    }

    private static Map<String, Object> observation(String uuid, Evidence e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("uuid", uuid);
        o.put("title", e.title());
        o.put("description", e.kind().label() + " evidence, " + e.result().label() + ", collected by " + e.collector());
        o.put("props", List.of(OscalMetadata.prop("evidence-id", e.id()), OscalMetadata.prop("sha256", e.sha256())));
        o.put("methods", List.of(e.kind() == io.enis.compliance.evidence.EvidenceKind.SCAN ? "TEST" : "EXAMINE"));
        o.put("collected", Instant.ofEpochMilli(e.collectedAtMs()).toString());
        Map<String, Object> relevant = new LinkedHashMap<>();
        relevant.put("href", e.url() != null ? e.url() : "/v1/compliance/audit/" + e.auditId() + "/evidence/" + e.id());
        relevant.put("description", e.title() + " (sha256 " + e.sha256() + ")");
        o.put("relevant-evidence", List.of(relevant));
        return o;
    }

    private static String controlId(ControlStatus c) {
        return OscalIds.control(new ControlRef(c.framework(), c.control()));
    }
}
