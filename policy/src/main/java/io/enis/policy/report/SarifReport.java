package io.enis.policy.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.policy.Control;
import io.enis.policy.Finding;
import io.enis.policy.Report;
import io.enis.policy.Severity;
import io.enis.policy.rules.RuleInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: the rules with their descriptions, help
 * (rationale and remediation), framework controls as tags and a {@code security-severity}; results
 * with a physical location (file and line of the resource) and a logical one (the Terraform
 * address); suppressed findings carry an in-source suppression with its justification.
 */
final class SarifReport {
    static final String TOOL = "enis-policy";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {}

    static String render(Report report) {
        ObjectNode root = JSON.createObjectNode()
                .put("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
                .put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool")
                .putObject("driver")
                .put("name", TOOL)
                .put("informationUri", "https://github.com/enis-cloud/enis/blob/main/docs/policy.md")
                .put("semanticVersion", "1.0.0");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        List<RuleInfo> infos = report.rules();
        for (int i = 0; i < infos.size(); i++) {
            RuleInfo info = infos.get(i);
            index.put(info.id(), i);
            ObjectNode rule = rules.addObject().put("id", info.id()).put("name", name(info.title()));
            rule.putObject("shortDescription").put("text", info.title());
            rule.putObject("fullDescription").put("text", info.rationale());
            rule.putObject("help")
                    .put("text", info.rationale() + " Fix: " + info.remediation())
                    .put("markdown", "**Why:** " + info.rationale() + "\n\n**Fix:** " + info.remediation());
            rule.putObject("defaultConfiguration").put("level", level(info.severity()));
            ObjectNode properties = rule.putObject("properties");
            properties.put("security-severity", securitySeverity(info.severity()));
            properties.put("severity", info.severity().label());
            if (info.checkovId() != null) {
                properties.put("checkov", info.checkovId());
            }
            ArrayNode tags = properties.putArray("tags").add("security").add("terraform");
            for (Control control : info.controls()) {
                tags.add(control.framework().name() + " " + control.id());
            }
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : report.findings()) {
            ObjectNode result = results.addObject()
                    .put("ruleId", finding.ruleId())
                    .put("ruleIndex", index.get(finding.ruleId()))
                    .put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.resource() + " " + finding.message());
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", finding.file().replace('\\', '/'));
            physical.putObject("region").put("startLine", Math.max(1, finding.line()));
            location.putArray("logicalLocations")
                    .addObject()
                    .put("fullyQualifiedName", finding.stack() + "/" + finding.resource())
                    .put("kind", "resource");
            result.putObject("partialFingerprints")
                    .put("enisResource/v1", finding.ruleId() + ":" + finding.stack() + ":" + finding.resource());
            if (finding.suppressed()) {
                result.putArray("suppressions")
                        .addObject()
                        .put("kind", "inSource")
                        .put("status", "accepted")
                        .put("justification", finding.suppressionReason());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : title.replaceAll("[^A-Za-z0-9 ]", " ").trim().split("\\s+")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "note";
        };
    }

    private static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
        };
    }
}
