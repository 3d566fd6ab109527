package io.enis.policy.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.policy.Finding;
import io.enis.policy.Report;

/**
 * The stable JSON report (schema version 1, documented in {@code docs/policy.md}):
 * {@code {schemaVersion, summary: {critical, high, medium, low, suppressed}, findings: [{ruleId,
 * title, severity, resource, stack, file, line, message, suppressed, suppressionReason,
 * suppressionExpires}]}}. Fields are only ever added.
 */
public final class JsonReport {
    /** Version of the report's schema. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static String render(Report report) {
        ObjectNode root = JSON.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
        ObjectNode summary = root.putObject("summary");
        report.counts().forEach((severity, count) -> summary.put(severity.label(), count));
        summary.put("suppressed", report.suppressedCount());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode node = findings.addObject()
                    .put("ruleId", finding.ruleId())
                    .put("title", finding.title())
                    .put("severity", finding.severity().label())
                    .put("resource", finding.resource())
                    .put("stack", finding.stack())
                    .put("file", finding.file())
                    .put("line", finding.line())
                    .put("message", finding.message())
                    .put("suppressed", finding.suppressed());
            node.put("suppressionReason", finding.suppressionReason());
            node.put(
                    "suppressionExpires",
                    finding.suppressionExpires() == null
                            ? null
                            : finding.suppressionExpires().toString());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
