package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.auditlog.Sha256;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reports over HTTP: per framework every control with its status, reasons and evidence; per audit the counts. */
class ReportApiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void aFrameworkReportCountsAndExplainsEveryControl(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = AuditApiTest.create(
                    fx, "{\"name\": \"soc2 2025\", \"scope\": \"prod\", \"frameworks\": [\"SOC2\", \"HIPAA\"]}");
            String base = "/v1/compliance/audit/" + audit;
            expect(
                    201,
                    fx.admin.post(
                            base + "/scan?stack=platform-prod", ScanApiTest.resource("unencrypted-bucket.tf.json")));
            expect(
                    200,
                    fx.admin.put(
                            base + "/controls/SOC2/CC7.4",
                            "{\"status\": \"not_applicable\", \"justification\": \"no incidents in scope\"}"));
            expect(200, fx.admin.put(base + "/controls/SOC2/CC2.1", """
                    {"status": "waived", "justification": "tooling migration", "approver": "ciso", "expiresAt": "2025-06-01T00:00:00Z"}"""));
            byte[] plan = "incident response plan v2".getBytes(StandardCharsets.UTF_8);
            expect(
                    201,
                    fx.admin.sendBytes(
                            "POST",
                            base + "/evidence/files?title=IR%20plan&controls=HIPAA:164.308(a)(6)&sha256="
                                    + Sha256.hex(plan),
                            plan,
                            "application/pdf",
                            Map.of()));

            JsonNode report = expect(200, fx.admin.get("/v1/compliance/reports/" + audit + "/SOC2"))
                    .json();
            assertThat(report.get("framework").get("id").asText()).isEqualTo("SOC2");
            assertThat(report.get("audit").get("name").asText()).isEqualTo("soc2 2025");
            JsonNode summary = report.get("summary");
            assertThat(summary.get("controls").asInt())
                    .isEqualTo(report.get("controls").size())
                    .isEqualTo(11);
            assertThat(summary.get("notApplicable").asInt()).isEqualTo(1);
            assertThat(summary.get("waived").asInt()).isEqualTo(1);
            assertThat(summary.get("passed").asInt() + summary.get("failed").asInt())
                    .isEqualTo(9);
            assertThat(summary.get("failed").asInt()).isGreaterThan(0);
            JsonNode cc61 = null;
            for (JsonNode c : report.get("controls")) {
                if (c.get("control").asText().equals("CC6.1")) {
                    cc61 = c;
                }
            }
            assertThat(cc61.get("status").asText()).isEqualTo("failing");
            assertThat(cc61.get("reasons").toString()).contains("ENIS-S3-001");
            assertThat(cc61.get("evidence").size()).isEqualTo(24);

            JsonNode overview =
                    expect(200, fx.admin.get("/v1/compliance/reports/" + audit)).json();
            assertThat(overview.get("frameworks").findValuesAsText("id")).containsExactly("SOC2", "HIPAA");
            JsonNode hipaa = overview.get("frameworks").get(1).get("summary");
            assertThat(hipaa.get("controls").asInt()).isEqualTo(7);
            assertThat(hipaa.get("passed").asInt())
                    .as("the uploaded IR plan passes 164.308(a)(6) and more rules pass")
                    .isGreaterThan(0);

            JsonNode before = expect(
                            200, fx.admin.get("/v1/compliance/reports/" + audit + "/SOC2?asOf=2025-01-01T00:00:00Z"))
                    .json();
            assertThat(before.get("summary").get("failed").asInt())
                    .as("before anything was recorded")
                    .isEqualTo(11);
            expect(404, fx.admin.get("/v1/compliance/reports/" + audit + "/GDPR"));
            expect(404, fx.admin.get("/v1/compliance/reports/aud_nope/SOC2"));
            expect(400, fx.admin.get("/v1/compliance/reports/" + audit + "?asOf=soon"));
        }
    }

    /**
     * Reports are answered from the evidence read last until the audit log's head moves (EvidenceRepository's
     * snapshots): each recorded change shows in the next report, and an earlier {@code asOf} still shows the
     * audit as it stood then.
     */
    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void reportsFollowEveryRecordedChangeAndKeepEarlierDates(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit =
                    AuditApiTest.create(fx, "{\"name\": \"soc2\", \"scope\": \"prod\", \"frameworks\": [\"SOC2\"]}");
            String report = "/v1/compliance/reports/" + audit + "/SOC2";
            String empty = fx.clock.instant().toString();
            assertThat(cc61(fx, report).get("evidence").size()).isZero();

            fx.clock.advance(Duration.ofMinutes(1));
            link(fx, audit, "access review 1");
            JsonNode one = cc61(fx, report);
            assertThat(one.get("evidence").findValuesAsText("title")).containsExactly("access review 1");
            assertThat(one.get("status").asText()).isEqualTo("passing");
            String afterOne = fx.clock.instant().toString();

            fx.clock.advance(Duration.ofMinutes(1));
            link(fx, audit, "access review 2");
            assertThat(cc61(fx, report).get("evidence").findValuesAsText("title"))
                    .containsExactly("access review 2", "access review 1");
            assertThat(cc61(fx, report + "?asOf=" + afterOne).get("evidence").findValuesAsText("title"))
                    .containsExactly("access review 1");
            assertThat(cc61(fx, report + "?asOf=" + empty).get("evidence").size())
                    .isZero();

            expect(
                    200,
                    fx.admin.put(
                            "/v1/compliance/audit/" + audit + "/controls/SOC2/CC6.1",
                            "{\"status\": \"not_applicable\", \"justification\": \"no systems\"}"));
            assertThat(cc61(fx, report).get("status").asText()).isEqualTo("not_applicable");
            assertThat(cc61(fx, report + "?asOf=" + afterOne).get("status").asText())
                    .isEqualTo("passing");
        }
    }

    /** Two replicas on one PostgreSQL database: what one records shows in the other's next report. */
    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void aReplicaReportsWhatAnotherRecorded(TestStores.Store store, @TempDir Path otherDataDir) throws Exception {
        Assumptions.assumeTrue(
                store == TestStores.Store.POSTGRES,
                "replicas share a PostgreSQL database; the embedded store belongs to one process");
        Map<String, String> shared = Map.of(
                "DATABASE_SCHEMA",
                "t_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        try (var a = new ComplianceFixture(store, dataDir, shared);
                var b = new ComplianceFixture(store, otherDataDir, shared)) {
            String audit =
                    AuditApiTest.create(a, "{\"name\": \"soc2\", \"scope\": \"prod\", \"frameworks\": [\"SOC2\"]}");
            String report = "/v1/compliance/reports/" + audit + "/SOC2";
            assertThat(cc61(a, report).get("evidence").size()).isZero();
            link(b, audit, "recorded by the other replica");
            assertThat(cc61(a, report).get("evidence").findValuesAsText("title"))
                    .containsExactly("recorded by the other replica");
        }
    }

    private static void link(ComplianceFixture fx, String audit, String title) {
        expect(201, fx.admin.post("/v1/compliance/audit/" + audit + "/evidence", """
                {"title": "%s", "url": "https://wiki.example.com/%s", "sha256": "%s", "controls": ["SOC2:CC6.1"]}""".formatted(
                        title, title.replace(' ', '-'), Sha256.hex(title))));
    }

    private static JsonNode cc61(ComplianceFixture fx, String report) {
        for (JsonNode c : expect(200, fx.admin.get(report)).json().get("controls")) {
            if (c.get("control").asText().equals("CC6.1")) {
                return c;
            }
        }
        throw new AssertionError("no SOC2:CC6.1 in " + report);
    }
}
