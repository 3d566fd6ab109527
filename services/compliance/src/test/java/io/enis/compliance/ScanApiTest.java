package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.auditlog.Sha256;
import io.enis.kit.testing.TestStores;
import io.enis.policy.rules.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scans of our own Terraform over HTTP: findings and passing rules become evidence on every mapped control. */
class ScanApiTest {
    @TempDir
    Path dataDir;

    static String resource(String name) throws IOException {
        try (InputStream in = ScanApiTest.class.getResourceAsStream("/terraform/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode status(ComplianceFixture fx, String audit, String control, String asOf) {
        return expect(
                        200,
                        fx.admin.get("/v1/compliance/audit/" + audit + "/controls/" + control
                                + (asOf == null ? "" : "?asOf=" + asOf)))
                .json();
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void findingsFailTheirControlsInEveryFrameworkAndALaterScanOfTheStackReplacesThem(TestStores.Store store)
            throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = AuditApiTest.create(fx, """
                    {"name": "privacy", "scope": "prod", "frameworks": ["GDPR", "CCPA", "LGPD", "ISO27001"]}""");
            String scan = "/v1/compliance/audit/" + audit + "/scan?stack=compliance-prod";
            String insecure = resource("unencrypted-bucket.tf.json");

            var summary = expect(201, fx.admin.post(scan, insecure)).json();
            assertThat(summary.get("sha256").asText()).isEqualTo(Sha256.hex(insecure));
            assertThat(summary.get("rules").asInt()).isEqualTo(Rules.all().size());
            assertThat(summary.get("evidence").asInt()).isEqualTo(Rules.all().size());
            assertThat(summary.get("failedRules").asInt()).isGreaterThan(0);

            var iso = status(fx, audit, "ISO27001/A.8.24", null);
            assertThat(iso.get("status").asText()).isEqualTo("failing");
            assertThat(iso.get("reasons").toString())
                    .contains("failed: ENIS-S3-001 S3 bucket has default encryption: 1 finding on compliance-prod");
            JsonNode s3001 = null;
            for (JsonNode e : iso.get("evidence")) {
                if (e.get("detail").get("rule").asText().equals("ENIS-S3-001")) {
                    s3001 = e;
                }
            }
            assertThat(s3001.get("sha256").asText()).isEqualTo(Sha256.hex(insecure));
            assertThat(s3001.get("kind").asText()).isEqualTo("scan");
            assertThat(s3001.get("detail")
                            .get("findings")
                            .get(0)
                            .get("resource")
                            .asText())
                    .isEqualTo("aws_s3_bucket.evidence");
            assertThat(s3001.get("controls").toString()).contains("GDPR:Art. 32", "PCI_DSS:3.5.1");

            for (String control : new String[] {"GDPR/Art.%2032", "LGPD/Art.%2046", "CCPA/1798.100(e)"}) {
                assertThat(status(fx, audit, control, null).get("status").asText())
                        .as(control)
                        .isEqualTo("failing");
            }
            String firstScan = fx.clock.instant().toString();

            fx.clock.advance(Duration.ofHours(1));
            expect(201, fx.admin.post(scan, resource("no-buckets.tf.json")));
            var fixed = status(fx, audit, "ISO27001/A.8.24", null);
            assertThat(fixed.get("status").asText()).as(fixed.toString()).isEqualTo("passing");
            assertThat(fixed.get("evidence").size())
                    .as("the newest word of each rule on the stack")
                    .isEqualTo(14);
            for (String control : new String[] {"GDPR/Art.%2032", "LGPD/Art.%2046", "CCPA/1798.100(e)"}) {
                assertThat(status(fx, audit, control, null).get("status").asText())
                        .as("implement once: " + control)
                        .isEqualTo("passing");
            }
            assertThat(status(fx, audit, "ISO27001/A.8.24", firstScan)
                            .get("status")
                            .asText())
                    .isEqualTo("failing");
            assertThat(status(fx, audit, "ISO27001/A.5.23", null).get("reasons").toString())
                    .as("no rule maps to it")
                    .contains("no evidence");

            fx.clock.advance(Duration.ofDays(31));
            for (String control : new String[] {"GDPR/Art.%2032", "LGPD/Art.%2046", "ISO27001/A.8.24"}) {
                var stale = status(fx, audit, control, null);
                assertThat(stale.get("status").asText())
                        .as("stale evidence downgrades " + control)
                        .isEqualTo("failing");
                assertThat(stale.get("reasons").get(0).asText()).contains("stale: ", "30-day freshness window");
            }

            var entries =
                    fx.admin.get("/v1/compliance/audit-log?limit=1000").json().get("entries");
            var last = entries.get(entries.size() - 1);
            assertThat(last.get("action").asText()).isEqualTo("scan.recorded");
            assertThat(last.get("subject").asText()).isEqualTo("audit/" + audit + "/scans/compliance-prod");
            assertThat(last.get("after").get("sha256").asText()).isEqualTo(Sha256.hex(resource("no-buckets.tf.json")));
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void plansAreScannedAndBodiesThatAreNotTerraformAreRefusedNamingTheField(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit =
                    AuditApiTest.create(fx, "{\"name\": \"a\", \"scope\": \"prod\", \"frameworks\": [\"PCI_DSS\"]}");
            String scan = "/v1/compliance/audit/" + audit + "/scan";
            long before = AuditApiTest.logSize(fx);
            var notTerraform = expect(400, fx.admin.post(scan, "{\"hello\": \"world\"}"));
            assertThat(notTerraform.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("body");
            assertThat(notTerraform.json().get("errors").get(0).get("message").asText())
                    .contains("allowed: Terraform JSON (cdk.tf.json) or a plan from terraform show -json");
            assertThat(expect(400, fx.admin.post(scan, "[1, 2]"))
                            .json()
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asText())
                    .isEqualTo("body");
            assertThat(expect(400, fx.admin.post(scan, "{\"resource\": "))
                            .json()
                            .get("detail")
                            .asText())
                    .contains("malformed JSON");
            assertThat(expect(400, fx.admin.post(scan + "?stack=../etc", resource("no-buckets.tf.json")))
                            .json()
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asText())
                    .isEqualTo("stack");
            expect(404, fx.admin.post("/v1/compliance/audit/aud_nope/scan", resource("no-buckets.tf.json")));
            assertThat(AuditApiTest.logSize(fx))
                    .as("nothing appended for refused scans")
                    .isEqualTo(before);
            assertThat(fx.admin
                            .get("/v1/compliance/audit/" + audit + "/controls/PCI_DSS/3.5.1")
                            .json()
                            .get("evidence"))
                    .isEmpty();

            var plan = expect(201, fx.admin.post(scan + "?stack=plan", resource("unencrypted-bucket.plan.json")))
                    .json();
            assertThat(plan.get("failedRules").asInt()).isGreaterThan(0);
            assertThat(fx.admin
                            .get("/v1/compliance/audit/" + audit + "/controls/PCI_DSS/3.5.1")
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("failing");
        }
    }
}
