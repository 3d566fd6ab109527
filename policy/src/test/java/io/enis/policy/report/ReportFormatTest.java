package io.enis.policy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.policy.Framework;
import io.enis.policy.PolicyEngine;
import io.enis.policy.Report;
import io.enis.policy.model.TerraformModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Report report() throws Exception {
        JsonNode doc = JSON.readTree("""
                {"resource":{
                  "aws_subnet":{"public":{"map_public_ip_on_launch":true}},
                  "aws_security_group":{"ssh":{"description":"ssh","ingress":[{"from_port":22,"to_port":22,"protocol":"tcp","cidr_blocks":["0.0.0.0/0"]}],
                    "//":{"enis_suppressions":[{"rule":"ENIS-NET-004","reason":"covered by ENIS-NET-003 for this group"}]}}}}}
                """);
        return new PolicyEngine(LocalDate.of(2026, 11, 26), (m, a) -> 3)
                .check(List.of(TerraformModel.of("net-dev", "stacks/net-dev/cdk.tf.json", doc)));
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        JsonNode json = JSON.readTree(ReportFormat.JSON.render(report()));
        assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("critical").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("suppressed").asInt()).isEqualTo(1);
        JsonNode first = json.path("findings").get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("ENIS-NET-003");
        for (String field : List.of(
                "ruleId",
                "title",
                "severity",
                "resource",
                "stack",
                "file",
                "line",
                "message",
                "suppressed",
                "suppressionReason",
                "suppressionExpires")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.path("resource").asText()).isEqualTo("aws_security_group.ssh");
        assertThat(first.path("stack").asText()).isEqualTo("net-dev");
    }

    @Test
    void sarifCarriesRulesLocationsAndSuppressions() throws Exception {
        JsonNode sarif = JSON.readTree(ReportFormat.SARIF.render(report()));
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.at("/tool/driver/rules").size()).isGreaterThanOrEqualTo(40);
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("level").asText()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("stacks/net-dev/cdk.tf.json");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(3);
        int ruleIndex = result.path("ruleIndex").asInt();
        assertThat(run.at("/tool/driver/rules/" + ruleIndex + "/id").asText())
                .isEqualTo(result.path("ruleId").asText());
        assertThat(run.path("results").toString())
                .contains("\"justification\":\"covered by ENIS-NET-003 for this group\"");
    }

    @Test
    void junitIsWellFormedXmlWithFailures() throws Exception {
        String xml = ReportFormat.JUNIT.render(report());
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var suite =
                (org.w3c.dom.Element) document.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("net-dev");
        // NET-003 (ssh from anywhere), NET-005 (public IPs), TAG-001 (no provider tags); NET-004 is suppressed
        assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(3);
        assertThat(Integer.parseInt(suite.getAttribute("skipped"))).isEqualTo(1);
    }

    @Test
    void summaryCountsControlsPerFramework() throws Exception {
        var lines = ComplianceSummary.of(report());
        var cis = lines.stream()
                .filter(l -> l.framework() == Framework.CIS_AWS)
                .findFirst()
                .orElseThrow();
        assertThat(cis.failedControls()).contains("5.2");
        assertThat(cis.covered()).isEqualTo(cis.passed() + cis.failed() + cis.suppressed());
        assertThat(ComplianceSummary.render(report()))
                .contains("CIS AWS Foundations Benchmark v3.0", "FAILED CONTROLS");
    }

    @Test
    void unknownFormatNamesTheAllowedOnes() {
        assertThatThrownBy(() -> ReportFormat.parse("html"))
                .hasMessage("'html' is not a format; allowed: text, json, sarif, junit");
    }
}
