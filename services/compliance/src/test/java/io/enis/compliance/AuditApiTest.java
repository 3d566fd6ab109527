package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Audits over HTTP: creation, the workflow, waivers and not-applicable decisions, status as of a date. */
class AuditApiTest {
    static final String ISO_SOC2 = """
            {"name": "prod 2025", "scope": "the prod environment's infrastructure", "frameworks": ["ISO27001", "SOC2"]}""";

    @TempDir
    Path dataDir;

    static long logSize(ComplianceFixture fx) {
        return fx.admin
                .get("/v1/compliance/audit-log?limit=1000")
                .json()
                .get("entries")
                .size();
    }

    static String create(ComplianceFixture fx, String body) {
        return expect(201, fx.admin.post("/v1/compliance/audit", body))
                .json()
                .get("id")
                .asText();
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void auditsMoveThroughTheirWorkflowAndRefuseIllegalMovesWithoutLogging(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            var bad = expect(
                    400,
                    fx.admin.post(
                            "/v1/compliance/audit",
                            "{\"name\": \"x\", \"scope\": \"y\", \"frameworks\": [\"SOC2\", \"NIST\", \"SOC2\"]}"));
            assertThat(bad.json().get("errors").findValuesAsText("field"))
                    .containsExactly("frameworks[1]", "frameworks[2]");
            assertThat(bad.json().get("errors").get(0).get("message").asText())
                    .contains("unknown framework \"NIST\"", "ISO27001");
            expect(400, fx.admin.post("/v1/compliance/audit", "{\"scope\": \"y\", \"frameworks\": []}"));
            assertThat(logSize(fx)).as("refused requests append nothing").isZero();

            var created = expect(201, fx.admin.post("/v1/compliance/audit", ISO_SOC2));
            String id = created.json().get("id").asText();
            assertThat(created.header("Location")).isEqualTo("/v1/compliance/audit/" + id);
            assertThat(created.json().get("status").asText()).isEqualTo("planned");
            assertThat(created.json().get("allowedTransitions").toString()).isEqualTo("[\"in_progress\"]");

            var illegal =
                    expect(409, fx.admin.post("/v1/compliance/audit/" + id + "/status", "{\"status\": \"completed\"}"));
            assertThat(illegal.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("status");
            assertThat(illegal.json().get("errors").get(0).get("message").asText())
                    .contains("allowed from planned: in_progress");
            expect(400, fx.admin.post("/v1/compliance/audit/" + id + "/status", "{\"status\": \"done\"}"));
            assertThat(logSize(fx)).isEqualTo(1);

            for (String next : new String[] {"in_progress", "in_review", "in_progress", "in_review", "completed"}) {
                var moved = expect(
                        200, fx.admin.post("/v1/compliance/audit/" + id + "/status", "{\"status\": \"" + next + "\"}"));
                assertThat(moved.json().get("status").asText()).isEqualTo(next);
            }
            expect(409, fx.admin.post("/v1/compliance/audit/" + id + "/status", "{\"status\": \"in_progress\"}"));
            expect(
                    409,
                    fx.admin.put(
                            "/v1/compliance/audit/" + id + "/controls/SOC2/CC6.1",
                            "{\"status\": \"not_applicable\", \"justification\": \"late\"}"));
            var entries =
                    fx.admin.get("/v1/compliance/audit-log?limit=1000").json().get("entries");
            assertThat(entries).hasSize(6);
            assertThat(entries.get(0).get("action").asText()).isEqualTo("audit.created");
            assertThat(entries.get(0).get("actor").get("id").asText()).isEqualTo("bootstrap");
            assertThat(entries.get(5).get("before").get("status").asText()).isEqualTo("in_review");
            assertThat(entries.get(5).get("after").get("status").asText()).isEqualTo("completed");
            assertThat(fx.admin
                            .get("/v1/compliance/audit-log/verify")
                            .json()
                            .get("valid")
                            .asBoolean())
                    .isTrue();

            expect(404, fx.admin.get("/v1/compliance/audit/aud_nope"));
            assertThat(fx.admin.get("/v1/compliance/audit").json().get("audits"))
                    .hasSize(1);
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void waiversHoldUntilTheyExpireAndStatusShowsAsOfAnyDate(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String id = create(fx, ISO_SOC2);
            String control = "/v1/compliance/audit/" + id + "/controls/SOC2/CC6.1";
            var initial = expect(200, fx.admin.get(control)).json();
            assertThat(initial.get("status").asText()).isEqualTo("failing");
            assertThat(initial.get("reasons").toString()).contains("no evidence");

            long before = logSize(fx);
            var incomplete = expect(400, fx.admin.put(control, "{\"status\": \"waived\"}"));
            assertThat(incomplete.json().get("errors").findValuesAsText("field"))
                    .containsExactly("justification", "approver", "expiresAt");
            expect(400, fx.admin.put(control, """
                    {"status": "waived", "justification": "vendor fix due", "approver": "ciso", "expiresAt": "2025-01-01T00:00:00Z"}"""));
            expect(400, fx.admin.put(control, "{\"status\": \"maybe\"}"));
            expect(
                    404,
                    fx.admin.put(
                            "/v1/compliance/audit/" + id + "/controls/SOC2/CC99.9", "{\"status\": \"automatic\"}"));
            expect(
                    404,
                    fx.admin.put(
                            "/v1/compliance/audit/" + id + "/controls/HIPAA/164.312(b)",
                            "{\"status\": \"automatic\"}"));
            assertThat(logSize(fx)).isEqualTo(before);

            fx.clock.advance(Duration.ofHours(1));
            String decidedAt = fx.clock.instant().toString();
            var waived = expect(200, fx.admin.put(control, """
                    {"status": "waived", "justification": "vendor fix due", "approver": "ciso@example.com",
                     "expiresAt": "2025-02-01T00:00:00Z"}""")).json();
            assertThat(waived.get("status").asText()).isEqualTo("waived");
            assertThat(waived.get("decision").get("approver").asText()).isEqualTo("ciso@example.com");
            expect(
                    200,
                    fx.admin.put(
                            "/v1/compliance/audit/" + id + "/controls/ISO27001/A.5.23",
                            "{\"status\": \"not_applicable\", \"justification\": \"no cloud services in scope\"}"));

            fx.clock.advance(Duration.ofDays(20));
            var expired = expect(200, fx.admin.get(control)).json();
            assertThat(expired.get("status").asText()).isEqualTo("failing");
            assertThat(expired.get("reasons").get(0).asText()).isEqualTo("waiver expired on 2025-02-01T00:00:00Z");
            assertThat(expect(200, fx.admin.get(control + "?asOf=" + decidedAt))
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("waived");
            assertThat(expect(200, fx.admin.get(control + "?asOf=2025-01-21T10:30:00Z"))
                            .json()
                            .get("status")
                            .asText())
                    .as("before the waiver was decided")
                    .isEqualTo("failing");
            expect(400, fx.admin.get(control + "?asOf=yesterday"));

            JsonNode all = expect(200, fx.admin.get("/v1/compliance/audit/" + id + "/controls?framework=ISO27001"))
                    .json();
            assertThat(all.get("controls").size()).isEqualTo(17);
            Map<String, String> statuses = new java.util.HashMap<>();
            all.get("controls")
                    .forEach(c -> statuses.put(
                            c.get("control").asText(), c.get("status").asText()));
            assertThat(statuses).containsEntry("A.5.23", "not_applicable").containsEntry("A.8.24", "failing");
            expect(404, fx.admin.get("/v1/compliance/audit/" + id + "/controls?framework=GDPR"));

            expect(200, fx.admin.put(control, "{\"status\": \"automatic\"}"));
            var entries =
                    fx.admin.get("/v1/compliance/audit-log?limit=1000").json().get("entries");
            var last = entries.get(entries.size() - 1);
            assertThat(last.get("action").asText()).isEqualTo("control.decided");
            assertThat(last.get("before").get("status").asText()).isEqualTo("waived");
            assertThat(last.get("after").get("status").asText()).isEqualTo("automatic");
        }
    }
}
