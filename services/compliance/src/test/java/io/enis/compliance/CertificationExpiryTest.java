package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.certifications.CertificationJobs;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expiry warnings 90, 30 and 7 days before a certificate expires, each once, as CloudEvents to a
 * real HTTP endpoint standing in for the cloud-bus, with a simulated clock.
 */
class CertificationExpiryTest {
    private static final String PUBLISH_KEY = "publish-key-for-tests-0123456789";

    @TempDir
    Path dataDir;

    private static ComplianceFixture fixture(TestStores.Store store, Path dir, HttpReceiver bus) throws Exception {
        return new ComplianceFixture(
                store,
                dir,
                Map.of(
                        "CLOUD_BUS_URL",
                        bus.url("/v1/events"),
                        "CLOUD_BUS_API_KEY",
                        PUBLISH_KEY,
                        // the test ticks the jobs itself
                        "COMPLIANCE_JOBS_INTERVAL",
                        "1h"));
    }

    private static CertificationJobs.Tick tick(ComplianceFixture fx) {
        CertificationJobs.Tick t = fx.definition.jobs().runOnce();
        assertThat(t.ran()).isTrue();
        return t;
    }

    private static List<JsonNode> events(HttpReceiver bus) {
        return bus.accepted().stream().map(r -> Json.parse(r.bytes())).toList();
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void warningsGoOutAt90And30And7DaysBeforeExpiryEachOnce(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = fixture(store, dataDir, bus)) {
            JsonNode cert = CertificationApiTest.issue(fx, CertificationApiTest.basicAudit(fx), "basic", 201);
            String id = cert.get("id").asText();
            Instant expires = Instant.parse(cert.get("validUntil").asText());

            assertThat(tick(fx)).isEqualTo(new CertificationJobs.Tick(true, 0, 1));
            var issued = events(bus).get(0);
            assertThat(issued.get("type").asText()).isEqualTo("cloud.enis.compliance.certification.issued");
            assertThat(bus.accepted().get(0).header("Authorization")).isEqualTo("Bearer " + PUBLISH_KEY);

            fx.clock.set(expires.minus(Duration.ofDays(91)));
            assertThat(tick(fx).warningsSent())
                    .as("91 days before: nothing yet")
                    .isZero();

            int[][] steps = {{89, 90}, {29, 30}, {6, 7}};
            for (int[] step : steps) {
                fx.clock.set(expires.minus(Duration.ofDays(step[0])));
                assertThat(tick(fx)).isEqualTo(new CertificationJobs.Tick(true, 1, 1));
                JsonNode warning = events(bus).get(events(bus).size() - 1);
                assertThat(warning.get("specversion").asText()).isEqualTo("1.0");
                assertThat(warning.get("type").asText()).isEqualTo("cloud.enis.compliance.certification.expiring");
                assertThat(warning.get("source").asText()).isEqualTo("/compliance");
                assertThat(warning.get("subject").asText()).isEqualTo(id);
                JsonNode data = warning.get("data");
                assertThat(data.get("daysBefore").asInt()).isEqualTo(step[1]);
                assertThat(data.get("daysLeft").asInt()).isEqualTo(step[0]);
                assertThat(data.get("holder").asText()).isEqualTo("ENIS prod platform");
                assertThat(data.get("validUntil").asText()).isEqualTo(expires.toString());

                fx.clock.advance(Duration.ofHours(12));
                assertThat(tick(fx)).as("sent once").isEqualTo(new CertificationJobs.Tick(true, 0, 0));
            }
            fx.clock.set(expires.plus(Duration.ofDays(1)));
            assertThat(tick(fx).warningsSent()).isZero();
            assertThat(expect(200, fx.admin.as(null).get(CertificationApiTest.CERTS + "/" + id + "/verify"))
                            .json()
                            .get("status")
                            .asText())
                    .isEqualTo("expired");
            assertThat(events(bus)).hasSize(4);
            var actions = fx.admin
                    .get("/v1/compliance/audit-log?limit=1000")
                    .json()
                    .get("entries")
                    .findValuesAsText("action");
            assertThat(actions.stream().filter("certification.expiring"::equals))
                    .hasSize(3);
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void aJumpPastSeveralThresholdsSendsTheClosestOnlyAndARenewalStartsOver(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = fixture(store, dataDir, bus)) {
            String audit = CertificationApiTest.basicAudit(fx);
            JsonNode cert = CertificationApiTest.issue(fx, audit, "basic", 201);
            String id = cert.get("id").asText();
            Instant expires = Instant.parse(cert.get("validUntil").asText());
            tick(fx);

            // the service was down from 100 to 5 days before the expiry
            fx.clock.set(expires.minus(Duration.ofDays(5)));
            assertThat(tick(fx).warningsSent()).isEqualTo(1);
            assertThat(events(bus).get(1).get("data").get("daysBefore").asInt()).isEqualTo(7);
            assertThat(tick(fx).warningsSent()).isZero();

            // the renewal moves the expiry: its warnings are new ones (the evidence is refreshed first)
            CertificationApiTest.link(fx, audit, "integration_tests", "CI run 9000");
            CertificationApiTest.link(fx, audit, "documentation", "docs reviewed again");
            expect(
                    201,
                    fx.admin.post(
                            "/v1/compliance/audit/" + audit + "/scan?stack=platform-prod",
                            ScanApiTest.resource("no-buckets.tf.json")));
            var renewed = expect(200, fx.admin.post(CertificationApiTest.CERTS + "/" + id + "/renew", "{}"))
                    .json();
            Instant next = Instant.parse(renewed.get("validUntil").asText());
            fx.clock.set(next.minus(Duration.ofDays(80)));
            assertThat(tick(fx).warningsSent()).isEqualTo(1);
            JsonNode last = events(bus).get(events(bus).size() - 1);
            assertThat(last.get("data").get("daysBefore").asInt()).isEqualTo(90);
            assertThat(last.get("data").get("validUntil").asText()).isEqualTo(next.toString());

            // a revoked certificate is warned of no more
            expect(200, fx.admin.post(CertificationApiTest.CERTS + "/" + id + "/revoke", "{\"reason\": \"retired\"}"));
            fx.clock.set(next.minus(Duration.ofDays(3)));
            tick(fx);
            assertThat(events(bus).stream().map(e -> e.get("type").asText()))
                    .containsExactly(
                            "cloud.enis.compliance.certification.issued",
                            "cloud.enis.compliance.certification.expiring",
                            "cloud.enis.compliance.certification.renewed",
                            "cloud.enis.compliance.certification.expiring",
                            "cloud.enis.compliance.certification.revoked");
        }
    }
}
