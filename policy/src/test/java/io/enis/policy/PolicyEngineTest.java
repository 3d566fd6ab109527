package io.enis.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enis.policy.model.InvalidDocumentException;
import io.enis.policy.model.TerraformModel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Report check(String json) throws Exception {
        JsonNode root = JSON.readTree(json);
        return new PolicyEngine(TODAY, (model, address) -> 7)
                .check(List.of(TerraformModel.of("stack-dev", "cdk.tf.json", root)));
    }

    private static String subnet(String metadata) {
        return "{\"resource\":{\"aws_subnet\":{\"s\":{\"map_public_ip_on_launch\":true" + metadata + "}}}}";
    }

    @Test
    void findingCarriesRuleResourceStackAndLine() throws Exception {
        Report report = check(subnet(""));
        Finding finding = report.findings().stream()
                .filter(f -> f.ruleId().equals("ENIS-NET-005"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.resource()).isEqualTo("aws_subnet.s");
        assertThat(finding.stack()).isEqualTo("stack-dev");
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.line()).isEqualTo(7);
        assertThat(finding.suppressed()).isFalse();
        assertThat(report.failing(Severity.MEDIUM)).contains(finding);
        assertThat(report.failing(Severity.HIGH)).doesNotContain(finding);
        assertThat(report.failing(null)).isEmpty();
    }

    @Test
    void activeSuppressionIsReportedWithItsReason() throws Exception {
        Report report = check(
                subnet(
                        ",\"//\":{\"enis_suppressions\":[{\"rule\":\"ENIS-NET-005\",\"reason\":\"bastion subnet, reviewed\",\"expires\":\"2027-01-31\"}]}"));
        Finding finding = report.findings().stream()
                .filter(f -> f.ruleId().equals("ENIS-NET-005"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.suppressed()).isTrue();
        assertThat(finding.suppressionReason()).isEqualTo("bastion subnet, reviewed");
        assertThat(report.failing(Severity.LOW)).extracting(Finding::ruleId).doesNotContain("ENIS-NET-005");
        assertThat(report.suppressedCount()).isEqualTo(1);
    }

    @Test
    void expiredSuppressionIsAFindingAgain() throws Exception {
        Report report = check(
                subnet(
                        ",\"//\":{\"enis_suppressions\":[{\"rule\":\"ENIS-NET-005\",\"reason\":\"temporary\",\"expires\":\"2026-11-01\"}]}"));
        Finding finding = report.findings().stream()
                .filter(f -> f.ruleId().equals("ENIS-NET-005"))
                .findFirst()
                .orElseThrow();
        assertThat(finding.suppressed()).isFalse();
        assertThat(finding.suppressionExpired()).isTrue();
        assertThat(finding.message()).endsWith("(suppression expired on 2026-11-01)");
        assertThat(report.failing(Severity.MEDIUM)).contains(finding);
    }

    @Test
    void suppressionWithoutReasonIsRejected() {
        assertThatThrownBy(() -> check(subnet(",\"//\":{\"enis_suppressions\":[{\"rule\":\"ENIS-NET-005\"}]}")))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("cdk.tf.json: aws_subnet.s: suppression")
                .hasMessageContaining("needs a rule id and a reason");
    }

    @Test
    void interpolationsAreNotViolations() throws Exception {
        Report report = check("{\"resource\":{\"aws_db_instance\":{\"d\":{\"storage_encrypted\":\"${var.encrypted}\","
                + "\"publicly_accessible\":\"${var.public}\",\"backup_retention_period\":\"${var.days}\"}}}}");
        assertThat(report.findings())
                .extracting(Finding::ruleId)
                .doesNotContain("ENIS-RDS-001", "ENIS-RDS-002", "ENIS-RDS-003");
    }

    @Test
    void planJsonIsReadAndSettingsAreMatchedByValue() throws Exception {
        String plan = """
                {"format_version":"1.2","planned_values":{"root_module":{"resources":[
                  {"address":"aws_s3_bucket.b","mode":"managed","type":"aws_s3_bucket","name":"b","values":{"bucket":"data-1","id":"data-1"}},
                  {"address":"aws_s3_bucket_versioning.v","mode":"managed","type":"aws_s3_bucket_versioning","name":"v",
                   "values":{"bucket":"data-1","versioning_configuration":[{"status":"Enabled"}]}}],
                  "child_modules":[{"resources":[
                  {"address":"module.net.aws_subnet.s","mode":"managed","type":"aws_subnet","name":"s","values":{"map_public_ip_on_launch":true}}]}]}}}
                """;
        Report report = check(plan);
        assertThat(report.findings())
                .extracting(Finding::ruleId)
                .doesNotContain("ENIS-S3-003")
                .contains("ENIS-S3-001", "ENIS-NET-005");
    }

    @Test
    void notTerraformIsRejected() {
        assertThatThrownBy(() -> check("{\"name\":\"package.json\"}"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("cdk.tf.json: has no resource, data, provider or terraform block; "
                        + "allowed: Terraform JSON (cdk.tf.json) or a plan from terraform show -json");
    }
}
