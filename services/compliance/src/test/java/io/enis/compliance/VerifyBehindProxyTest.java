package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public certificate verification behind a load balancer ({@code TRUSTED_PROXIES} naming the test's own
 * loopback peer) over real HTTP: each client named by {@code X-Forwarded-For} has its own budget, and what a
 * client writes to the left of the entry the proxy appended earns it no new one.
 */
class VerifyBehindProxyTest {
    private static final String CERTS = CertificationApiTest.CERTS;

    @TempDir
    Path dataDir;

    @Test
    void eachForwardedClientHasItsOwnBudgetAndSpoofedEntriesChangeNothing() throws Exception {
        Map<String, String> env =
                Map.of("TRUSTED_PROXIES", "127.0.0.0/8, ::1/128", "CERTIFICATE_VERIFY_RATE_LIMIT_PER_MINUTE", "2");
        try (var fx = new ComplianceFixture(TestStores.Store.EMBEDDED, dataDir, env)) {
            String id = CertificationApiTest.issue(fx, CertificationApiTest.basicAudit(fx), "basic", 201)
                    .get("id")
                    .asText();
            String verify = CERTS + "/" + id + "/verify";
            TestClient anonymous = fx.admin.as(null);

            expect(200, from(anonymous, verify, "203.0.113.1"));
            expect(200, from(anonymous, verify, "198.51.100.4, 203.0.113.1"));
            TestClient.Response limited = from(anonymous, verify, "192.0.2.77, 203.0.113.1");
            expect(429, limited);
            assertThat(limited.json().get("detail").asText())
                    .as("the client the proxy named, not the proxy, not the spoofed entry")
                    .contains("client 203.0.113.1 ");

            assertThat(from(anonymous, verify, "203.0.113.2").status())
                    .as("another client behind the same proxy has its own budget")
                    .isEqualTo(200);
            assertThat(from(anonymous, verify, "2001:db8::9").status()).isEqualTo(200);
            assertThat(from(anonymous, verify, "not an address").status())
                    .as("a malformed header counts as the proxy itself: a budget of its own")
                    .isEqualTo(200);
        }
    }

    private static TestClient.Response from(TestClient client, String path, String forwardedFor) {
        return client.send("GET", path, null, null, Map.of("X-Forwarded-For", forwardedFor));
    }
}
