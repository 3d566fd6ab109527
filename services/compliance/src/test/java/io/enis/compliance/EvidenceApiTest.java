package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.compliance.auditlog.Sha256;
import io.enis.kit.testing.TestStores;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Evidence files and links over HTTP: hashes checked, freshness per control, stale evidence downgrading every mapped control. */
class EvidenceApiTest {
    @TempDir
    Path dataDir;

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void filesAreStoredByHashAndAMismatchIsRefused(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = AuditApiTest.create(
                    fx, "{\"name\": \"a\", \"scope\": \"b\", \"frameworks\": [\"ISO27001\", \"HIPAA\"]}");
            byte[] file = "backup restore test 2025-01-20: 42 GiB restored in 14 min".getBytes(StandardCharsets.UTF_8);
            String sha = Sha256.hex(file);
            String files = "/v1/compliance/audit/" + audit + "/evidence/files?title=" + enc("restore test")
                    + "&controls=" + enc("ISO27001:A.8.13") + "&collectedAt=2025-01-20T09:00:00Z&collector="
                    + enc("ops team") + "&sha256=";
            long before = AuditApiTest.logSize(fx);

            var mismatch = expect(
                    400,
                    fx.admin.sendBytes("POST", files + "0".repeat(64), file, "application/octet-stream", Map.of()));
            assertThat(mismatch.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("sha256");
            assertThat(mismatch.json().get("errors").get(0).get("message").asText())
                    .contains(sha);
            var badControls = expect(
                    400,
                    fx.admin.sendBytes(
                            "POST",
                            "/v1/compliance/audit/" + audit + "/evidence/files?title=x&controls="
                                    + enc("ISO27001:A.99,SOC2") + "&sha256=" + sha,
                            file,
                            "text/plain",
                            Map.of()));
            assertThat(badControls.json().get("errors").findValuesAsText("field"))
                    .containsExactly("controls[0]", "controls[1]");
            expect(
                    400,
                    fx.admin.sendBytes(
                            "POST", files + sha.replace(sha.substring(0, 1), "x"), file, "text/plain", Map.of()));
            assertThat(AuditApiTest.logSize(fx))
                    .as("refused uploads append nothing")
                    .isEqualTo(before);
            try (var stored = Files.walk(dataDir.resolve("evidence"))) {
                assertThat(stored.filter(Files::isRegularFile).count())
                        .as("nothing stored for a refused upload")
                        .isZero();
            }

            var created = expect(
                            201, fx.admin.sendBytes("POST", files + sha, file, "application/octet-stream", Map.of()))
                    .json();
            String id = created.get("id").asText();
            assertThat(created.get("kind").asText()).isEqualTo("file");
            assertThat(created.get("sha256").asText()).isEqualTo(sha);
            assertThat(created.get("collector").asText()).isEqualTo("ops team");
            assertThat(created.get("collectedAt").asText()).isEqualTo("2025-01-20T09:00:00Z");
            assertThat(created.get("sizeBytes").asLong()).isEqualTo(file.length);
            assertThat(Files.readAllBytes(dataDir.resolve("evidence")
                            .resolve(sha.substring(0, 2))
                            .resolve(sha)))
                    .isEqualTo(file);
            var content = expect(200, fx.admin.get("/v1/compliance/audit/" + audit + "/evidence/" + id + "/content"));
            assertThat(content.body()).isEqualTo(new String(file, StandardCharsets.UTF_8));
            assertThat(fx.admin
                            .get("/v1/compliance/audit/" + audit + "/evidence")
                            .json()
                            .get("evidence"))
                    .hasSize(1);

            var iso = expect(200, fx.admin.get("/v1/compliance/audit/" + audit + "/controls/ISO27001/A.8.13"))
                    .json();
            assertThat(iso.get("status").asText()).isEqualTo("passing");
            var hipaa = expect(
                            200, fx.admin.get("/v1/compliance/audit/" + audit + "/controls/HIPAA/164.308(a)(7)(ii)(A)"))
                    .json();
            assertThat(hipaa.get("status").asText())
                    .as("ISO A.8.13 equals HIPAA's data backup plan")
                    .isEqualTo("passing");
            assertThat(hipaa.get("evidence").get(0).get("id").asText()).isEqualTo(id);

            fx.clock.advance(Duration.ofDays(30));
            for (String control : new String[] {"ISO27001/A.8.13", "HIPAA/164.308(a)(7)(ii)(A)"}) {
                var stale = expect(200, fx.admin.get("/v1/compliance/audit/" + audit + "/controls/" + control))
                        .json();
                assertThat(stale.get("status").asText()).as(control).isEqualTo("failing");
                assertThat(stale.get("reasons").get(0).asText())
                        .as(control)
                        .isEqualTo(
                                "stale: restore test was collected 2025-01-20T09:00:00Z, older than the control's 30-day freshness window");
            }
            var entries =
                    fx.admin.get("/v1/compliance/audit-log?limit=1000").json().get("entries");
            assertThat(entries.get(entries.size() - 1).get("action").asText()).isEqualTo("evidence.recorded");
            assertThat(entries.get(entries.size() - 1)
                            .get("after")
                            .get("sha256")
                            .asText())
                    .isEqualTo(sha);
            for (String next : new String[] {"in_progress", "in_review", "completed"}) {
                expect(
                        200,
                        fx.admin.post("/v1/compliance/audit/" + audit + "/status", "{\"status\": \"" + next + "\"}"));
            }
            byte[] late = "after the audit".getBytes(StandardCharsets.UTF_8);
            expect(409, fx.admin.sendBytes("POST", files + Sha256.hex(late), late, "text/plain", Map.of()));
            assertThat(dataDir.resolve("evidence")
                            .resolve(Sha256.hex(late).substring(0, 2))
                            .resolve(Sha256.hex(late)))
                    .as("a completed audit stores no file")
                    .doesNotExist();
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void linksCarryADeclaredHashAndAreRefusedWithoutOne(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = AuditApiTest.create(
                    fx, "{\"name\": \"a\", \"scope\": \"b\", \"frameworks\": [\"GDPR\", \"LGPD\"]}");
            String links = "/v1/compliance/audit/" + audit + "/evidence";
            var refused = expect(400, fx.admin.post(links, """
                    {"title": "records of processing", "url": "ftp://x", "controls": [], "collectedAt": "2999-01-01T00:00:00Z"}"""));
            assertThat(refused.json().get("errors").findValuesAsText("field"))
                    .containsExactly("url", "sha256", "controls", "collectedAt");
            String sha = Sha256.hex("ropa v3");
            var link = expect(201, fx.admin.post(links, """
                    {"title": "records of processing v3", "url": "https://wiki.example.com/ropa", "sha256": "%s",
                     "controls": ["GDPR:Art. 30"]}""".formatted(sha))).json();
            assertThat(link.get("kind").asText()).isEqualTo("link");
            assertThat(link.get("collector").asText())
                    .as("the key's name by default")
                    .isEqualTo("ENIS_ADMIN_API_KEY");
            expect(404, fx.admin.get(links + "/" + link.get("id").asText() + "/content"));
            assertThat(fx.admin
                            .get("/v1/compliance/audit/" + audit + "/controls/LGPD/Art.%2037")
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("passing");
            expect(404, fx.admin.get(links + "/evd_nope"));
            expect(404, fx.admin.post("/v1/compliance/audit/aud_nope/evidence", """
                    {"title": "t", "url": "https://x", "sha256": "%s", "controls": ["GDPR:Art. 30"]}""".formatted(sha)));
        }
    }
}
