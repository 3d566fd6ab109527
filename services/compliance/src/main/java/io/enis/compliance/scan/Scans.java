package io.enis.compliance.scan;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.auditlog.Actor;
import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.audits.Audit;
import io.enis.compliance.audits.AuditStore;
import io.enis.compliance.audits.Audits;
import io.enis.compliance.evidence.Evidence;
import io.enis.compliance.evidence.EvidenceKind;
import io.enis.compliance.evidence.EvidenceRepository;
import io.enis.compliance.evidence.EvidenceResult;
import io.enis.compliance.evidence.EvidenceType;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.json.Json;
import io.enis.policy.Finding;
import io.enis.policy.PolicyEngine;
import io.enis.policy.Report;
import io.enis.policy.model.InvalidDocumentException;
import io.enis.policy.model.TerraformModel;
import io.enis.policy.rules.Rule;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Evidence from our own infrastructure: a Terraform JSON document ({@code cdk.tf.json}) or a plan
 * ({@code terraform show -json}) is checked by the policy engine, and every rule becomes one piece of
 * evidence on the controls it maps to — failing with its unsuppressed findings, passing otherwise —
 * carrying the document's SHA-256. A later scan of the same stack replaces the earlier word of each rule.
 */
public final class Scans {
    /** A stack name: what the findings and the evidence's source are named after. */
    public static final Pattern STACK = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private final Jdbi jdbi;
    private final AuditStore audits;
    private final EvidenceRepository evidence;
    private final AuditLog log;
    private final Clock clock;
    private final List<Rule> rules;

    public Scans(
            Jdbi jdbi, AuditStore audits, EvidenceRepository evidence, AuditLog log, Clock clock, List<Rule> rules) {
        this.jdbi = jdbi;
        this.audits = audits;
        this.evidence = evidence;
        this.log = log;
        this.clock = clock;
        this.rules = List.copyOf(rules);
    }

    /**
     * Scans {@code document} for the audit and records the evidence, in one transaction with its
     * audit-log entry.
     *
     * @param stack the stack's name ({@code platform-prod}); {@code null}: {@code document}
     * @return the scan's summary
     * @throws InvalidInputException naming {@code body} when it is not Terraform JSON or a plan, or
     *     {@code stack} when the name is not allowed
     * @throws NotFoundException for an unknown audit
     * @throws io.enis.kit.domain.ConflictException when the audit is completed
     */
    public Map<String, Object> scan(Actor actor, String auditId, String stack, byte[] document) {
        String name = stack == null ? "document" : stack;
        if (!STACK.matcher(name).matches()) {
            throw InvalidInputException.field("stack", "must be 1-100 of A-Z a-z 0-9 . _ -");
        }
        Audit audit = audits.find(auditId).orElseThrow(() -> new NotFoundException("no audit '" + auditId + "'"));
        Audits.requireOpen(audit);
        TerraformModel model = read(name, document);
        String sha = Sha256.hex(document);
        long now = clock.millis();
        Report report = new PolicyEngine(
                        rules, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), (doc, address) -> 1)
                .check(List.of(model));
        List<Evidence> items = new ArrayList<>();
        int failedRules = 0;
        for (Rule rule : rules) {
            var info = rule.info();
            List<Finding> findings = report.findings().stream()
                    .filter(f -> f.ruleId().equals(info.id()))
                    .toList();
            long open = findings.stream().filter(f -> !f.suppressed()).count();
            boolean failed = open > 0;
            failedRules += failed ? 1 : 0;
            String title = info.id() + " " + info.title()
                    + (failed ? ": " + open + " finding" + (open == 1 ? "" : "s") : ": passed") + " on " + name;
            items.add(new Evidence(
                    "evd_" + UUID.randomUUID().toString().replace("-", ""),
                    auditId,
                    EvidenceKind.SCAN,
                    title,
                    failed ? EvidenceResult.FAIL : EvidenceResult.PASS,
                    "scan:" + info.id() + ":" + name,
                    sha,
                    (long) document.length,
                    null,
                    null,
                    "policy engine (" + actor.name() + ")",
                    now,
                    now,
                    null,
                    Json.write(detail(info, name, sha, findings)),
                    PolicyCoverage.controls(info),
                    EvidenceType.INFRASTRUCTURE_SCAN));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("audit", auditId);
        summary.put("stack", name);
        summary.put("sha256", sha);
        summary.put("scannedAt", clock.instant().toString());
        summary.put("rules", rules.size());
        summary.put("failedRules", failedRules);
        summary.put(
                "findings",
                report.findings().stream().filter(f -> !f.suppressed()).count());
        summary.put("suppressed", report.suppressedCount());
        summary.put("evidence", items.size());
        jdbi.useTransaction(h -> {
            audits.lockOpen(h, auditId);
            evidence.insert(h, items);
            log.append(h, actor, "scan.recorded", "audit/" + auditId + "/scans/" + name, null, summary);
        });
        return summary;
    }

    private static TerraformModel read(String stack, byte[] document) {
        JsonNode root = Json.parse(document);
        try {
            return TerraformModel.of(stack, stack, root);
        } catch (InvalidDocumentException e) {
            String message = e.getMessage().startsWith(stack + ": ")
                    ? e.getMessage().substring(stack.length() + 2)
                    : e.getMessage();
            throw InvalidInputException.field("body", message);
        }
    }

    private static Map<String, Object> detail(
            io.enis.policy.rules.RuleInfo info, String stack, String sha, List<Finding> findings) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rule", info.id());
        d.put("severity", info.severity().label());
        d.put("stack", stack);
        d.put("documentSha256", sha);
        d.put(
                "findings",
                findings.stream()
                        .map(f -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("resource", f.resource());
                            m.put("message", f.message());
                            m.put("suppressed", f.suppressed());
                            m.put("suppressionReason", f.suppressionReason());
                            return m;
                        })
                        .toList());
        return d;
    }
}
