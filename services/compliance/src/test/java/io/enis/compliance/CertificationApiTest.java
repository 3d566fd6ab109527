package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.policy.rules.Rules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Certifications over HTTP: requirements as evidence, issue, the public verification, the signed document, renewal and revocation. */
class CertificationApiTest {
    static final String CERTS = "/v1/compliance/certifications";

    @TempDir
    Path dataDir;

    /** An audit with a clean scan of one stack and the other basic evidence: basic can be issued on it. */
    static String basicAudit(ComplianceFixture fx) throws Exception {
        String audit = AuditApiTest.create(fx, AuditApiTest.ISO_SOC2);
        expect(
                201,
                fx.admin.post(
                        "/v1/compliance/audit/" + audit + "/scan?stack=platform-prod",
                        ScanApiTest.resource("no-buckets.tf.json")));
        link(fx, audit, "integration_tests", "CI run 4711: e2e suite");
        link(fx, audit, "documentation", "docs/ reviewed");
        return audit;
    }

    /** Records a link of {@code type} on the audit. */
    static String link(ComplianceFixture fx, String audit, String type, String title) {
        return expect(
                        201,
                        fx.admin.post(
                                "/v1/compliance/audit/" + audit + "/evidence",
                                "{\"title\": \"" + title + "\", \"url\": \"https://ci.example/" + type
                                        + "\", \"sha256\": \"" + "ab".repeat(32)
                                        + "\", \"controls\": [\"ISO27001:A.8.13\"], "
                                        + "\"type\": \"" + type + "\"}"))
                .json()
                .get("id")
                .asText();
    }

    static JsonNode issue(ComplianceFixture fx, String audit, String level, int status) {
        return expect(
                        status,
                        fx.admin.post(
                                CERTS,
                                "{\"holder\": \"ENIS prod platform\", \"level\": \"" + level + "\", \"audit\": \""
                                        + audit + "\"}"))
                .json();
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void aCertificateIsIssuedOnlyWhenEveryRequirementOfItsLevelHolds(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = AuditApiTest.create(fx, AuditApiTest.ISO_SOC2);
            long logBefore = AuditApiTest.logSize(fx);
            var none = issue(fx, audit, "basic", 422);
            assertThat(none.get("type").asText()).endsWith("/requirements-unmet");
            assertThat(fields(none))
                    .containsExactly(
                            "requirements.infrastructure_scan",
                            "requirements.integration_tests",
                            "requirements.documentation");
            assertThat(AuditApiTest.logSize(fx)).as("a refusal logs nothing").isEqualTo(logBefore);

            // a scan with a high finding blocks the scan requirement, naming the stack and the rule
            expect(
                    201,
                    fx.admin.post(
                            "/v1/compliance/audit/" + audit + "/scan?stack=compliance-prod",
                            ScanApiTest.resource("unencrypted-bucket.tf.json")));
            link(fx, audit, "integration_tests", "CI run 4711");
            link(fx, audit, "documentation", "docs reviewed");
            var blocked = issue(fx, audit, "basic", 422);
            assertThat(fields(blocked)).containsExactly("requirements.infrastructure_scan");
            assertThat(blocked.get("errors").get(0).get("message").asText())
                    .contains("compliance-prod", "ENIS-S3-001 (high)");

            // the next scan of that stack is clean: it replaces the earlier word of each rule
            fx.clock.advance(Duration.ofMinutes(5));
            expect(
                    201,
                    fx.admin.post(
                            "/v1/compliance/audit/" + audit + "/scan?stack=compliance-prod",
                            ScanApiTest.resource("no-buckets.tf.json")));
            var cert = issue(fx, audit, "basic", 201);
            assertThat(cert.get("id").asText()).startsWith("cert_");
            assertThat(cert.get("status").asText()).isEqualTo("active");
            assertThat(cert.get("level").asText()).isEqualTo("basic");
            assertThat(Instant.parse(cert.get("validUntil").asText()))
                    .isEqualTo(Instant.parse(cert.get("validFrom").asText()).plus(Duration.ofDays(365)));
            assertThat(cert.get("requirements")).hasSize(3);
            assertThat(cert.get("requirements").get(0).get("evidence"))
                    .hasSize(Rules.all().size());

            // professional adds its own three, and says which
            var professional = issue(fx, audit, "professional", 422);
            assertThat(fields(professional))
                    .containsExactly(
                            "requirements.security_testing",
                            "requirements.performance_optimization",
                            "requirements.load_testing");
            var critical = issue(fx, audit, "critical_systems", 422);
            assertThat(fields(critical)).hasSize(9).contains("requirements.red_team_test");

            var bad = expect(400, fx.admin.post(CERTS, "{\"holder\": \"\", \"level\": \"gold\", \"audit\": \"nope\"}"));
            assertThat(fields(bad.json())).containsExactlyInAnyOrder("holder", "level");
            var unknownAudit = expect(
                    400, fx.admin.post(CERTS, "{\"holder\": \"x\", \"level\": \"basic\", \"audit\": \"aud_missing\"}"));
            assertThat(fields(unknownAudit.json())).containsExactly("audit");

            var entries =
                    fx.admin.get("/v1/compliance/audit-log?limit=1000").json().get("entries");
            assertThat(entries.get(entries.size() - 1).get("action").asText()).isEqualTo("certification.issued");
            assertThat(expect(200, fx.admin.get("/v1/compliance/audit-log/verify"))
                            .json()
                            .get("valid")
                            .asBoolean())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void higherLevelsNeedTheirOwnEvidenceTypesAndLastLonger(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = basicAudit(fx);
            for (String type : List.of(
                    "security_testing",
                    "performance_optimization",
                    "load_testing",
                    "compliance_validation",
                    "disaster_recovery_test",
                    "third_party_audit")) {
                link(fx, audit, type, type + " report");
            }
            var enterprise = issue(fx, audit, "enterprise", 201);
            assertThat(enterprise.get("requirements")).hasSize(9);
            assertThat(Instant.parse(enterprise.get("validUntil").asText()))
                    .isEqualTo(ComplianceFixture.START
                            .atZone(java.time.ZoneOffset.UTC)
                            .plusYears(3)
                            .toInstant());

            // evidence older than a year no longer counts
            fx.clock.advance(Duration.ofDays(366));
            expect(
                    201,
                    fx.admin.post(
                            "/v1/compliance/audit/" + audit + "/scan?stack=platform-prod",
                            ScanApiTest.resource("no-buckets.tf.json")));
            var stale = issue(fx, audit, "basic", 422);
            assertThat(fields(stale)).containsExactly("requirements.integration_tests", "requirements.documentation");
            assertThat(stale.get("errors").get(0).get("message").asText()).contains("366 days ago (at most 365)");

            var badType = expect(
                    400,
                    fx.admin.post(
                            "/v1/compliance/audit/" + audit + "/evidence",
                            "{\"title\": \"t\", \"url\": \"https://x.example\", \"sha256\": \"" + "ab".repeat(32)
                                    + "\", \"controls\": [\"ISO27001:A.8.13\"], \"type\": \"infrastructure_scan\"}"));
            assertThat(fields(badType.json())).containsExactly("type");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void anyoneCanVerifyACertificateAndCheckItsSignedDocument(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String id = issue(fx, basicAudit(fx), "basic", 201).get("id").asText();
            TestClient anonymous = fx.admin.as(null);
            var verified =
                    expect(200, anonymous.get(CERTS + "/" + id + "/verify")).json();
            List<String> shown = new ArrayList<>();
            verified.fieldNames().forEachRemaining(shown::add);
            assertThat(shown).containsExactly("holder", "level", "status", "validFrom", "validUntil");
            assertThat(verified.get("status").asText()).isEqualTo("active");
            assertThat(expect(404, anonymous.get(CERTS + "/cert_unknown/verify"))
                            .header("Content-Type"))
                    .startsWith("application/problem+json");
            assertThat(anonymous.get(CERTS + "/" + id).status())
                    .as("the full record needs a key")
                    .isEqualTo(401);

            var document =
                    expect(200, fx.admin.get(CERTS + "/" + id + "/document")).json();
            byte[] payload = Base64.getDecoder().decode(document.get("payload").asText());
            assertThat(io.enis.kit.json.Json.parse(payload)).isEqualTo(document.get("certificate"));
            assertThat(document.get("certificate").get("type").asText()).isEqualTo("enis-compliance-certificate/v1");
            var key = expect(200, fx.admin.get("/v1/compliance/audit-log/public-key"))
                    .json();
            assertThat(document.get("keyId").asText())
                    .isEqualTo(key.get("keyId").asText());
            var publicKey = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(
                            Base64.getDecoder().decode(key.get("publicKey").asText())));
            byte[] signature =
                    Base64.getDecoder().decode(document.get("signature").asText());
            assertThat(verifies(publicKey, payload, signature)).isTrue();
            byte[] forged = new String(payload, StandardCharsets.UTF_8)
                    .replace("\"basic\"", "\"enterprise\"")
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(verifies(publicKey, forged, signature))
                    .as("a forged level fails")
                    .isFalse();
        }
    }

    private static boolean verifies(java.security.PublicKey key, byte[] payload, byte[] signature) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(payload);
        return s.verify(signature);
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void renewalRestartsTheValidityAndRevocationNeedsAReason(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = basicAudit(fx);
            String id = issue(fx, audit, "basic", 201).get("id").asText();
            fx.clock.advance(Duration.ofDays(200));
            var renewed =
                    expect(200, fx.admin.post(CERTS + "/" + id + "/renew", "")).json();
            assertThat(renewed.get("renewals").asInt()).isEqualTo(1);
            assertThat(Instant.parse(renewed.get("validFrom").asText())).isEqualTo(fx.clock.instant());
            assertThat(Instant.parse(renewed.get("validUntil").asText()))
                    .isEqualTo(fx.clock.instant().plus(Duration.ofDays(365)));
            assertThat(Instant.parse(renewed.get("issuedAt").asText())).isEqualTo(ComplianceFixture.START);

            var noReason = expect(400, fx.admin.post(CERTS + "/" + id + "/revoke", "{}"));
            assertThat(fields(noReason.json())).containsExactly("reason");
            var revoked = expect(
                            200,
                            fx.admin.post(
                                    CERTS + "/" + id + "/revoke",
                                    "{\"reason\": \"the third-party audit was withdrawn\"}"))
                    .json();
            assertThat(revoked.get("status").asText()).isEqualTo("revoked");
            assertThat(revoked.get("revocationReason").asText()).isEqualTo("the third-party audit was withdrawn");
            assertThat(expect(200, fx.admin.as(null).get(CERTS + "/" + id + "/verify"))
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("revoked");
            long logSize = AuditApiTest.logSize(fx);
            expect(409, fx.admin.post(CERTS + "/" + id + "/revoke", "{\"reason\": \"again\"}"));
            expect(409, fx.admin.post(CERTS + "/" + id + "/renew", "{}"));
            expect(404, fx.admin.post(CERTS + "/cert_nope/renew", "{}"));
            assertThat(AuditApiTest.logSize(fx)).isEqualTo(logSize);

            var entries =
                    fx.admin.get("/v1/compliance/audit-log?limit=1000").json().get("entries");
            List<String> actions = new ArrayList<>();
            entries.forEach(e -> actions.add(e.get("action").asText()));
            assertThat(actions)
                    .containsSubsequence("certification.issued", "certification.renewed", "certification.revoked");
            JsonNode last = entries.get(entries.size() - 1);
            assertThat(last.get("subject").asText()).isEqualTo("certification/" + id);
            assertThat(last.get("before").get("status").asText()).isEqualTo("active");
            assertThat(last.get("after").get("revocationReason").asText())
                    .isEqualTo("the third-party audit was withdrawn");
            assertThat(expect(200, fx.admin.get(CERTS)).json().get("certifications"))
                    .hasSize(1);
        }
    }
}
