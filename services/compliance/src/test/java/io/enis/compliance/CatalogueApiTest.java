package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue over HTTP: frameworks, controls with the rules that check them, mappings. */
class CatalogueApiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void servesFrameworksControlsAndMappings(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            var frameworks = expect(200, fx.admin.get("/v1/compliance/frameworks"))
                    .json()
                    .get("frameworks");
            assertThat(frameworks.findValuesAsText("id"))
                    .contains("GDPR", "CCPA", "LGPD", "ISO27001", "SOC2", "HIPAA", "PCI_DSS");

            var iso = expect(200, fx.admin.get("/v1/compliance/frameworks/ISO27001"))
                    .json();
            assertThat(iso.get("requirements").get(1).get("id").asText()).isEqualTo("A.8");

            var control = expect(200, fx.admin.get("/v1/compliance/frameworks/GDPR/controls/Art.%2032"))
                    .json();
            assertThat(control.get("ref").asText()).isEqualTo("GDPR:Art. 32");
            assertThat(control.get("automatedBy").toString()).contains("ENIS-S3-001");
            assertThat(control.get("freshnessDays").asInt()).isEqualTo(30);

            var mappings = expect(200, fx.admin.get("/v1/compliance/frameworks/CCPA/controls/1798.100(e)/mappings"))
                    .json();
            var toGdpr = mappings.get("mappings").get(0);
            assertThat(toGdpr.get("ref").asText()).isEqualTo("GDPR:Art. 32");
            assertThat(toGdpr.get("relationship").asText()).isEqualTo("subset");
            assertThat(toGdpr.get("receivesEvidence").asBoolean()).isTrue();
            assertThat(toGdpr.get("sharesEvidence").asBoolean()).isFalse();

            var seenFromGdpr = fx.admin
                    .get("/v1/compliance/frameworks/GDPR/controls/Art.%2032/mappings")
                    .json();
            assertThat(seenFromGdpr.toString()).contains("\"ref\":\"CCPA:1798.100(e)\",\"relationship\":\"superset\"");

            var unknown = expect(404, fx.admin.get("/v1/compliance/frameworks/NIST/controls"));
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(unknown.json().get("detail").asText()).contains("no framework 'NIST'");
            expect(404, fx.admin.get("/v1/compliance/frameworks/ISO27001/controls/A.99"));
            expect(403, fx.withScopes("compliance:write").get("/v1/compliance/frameworks"));
            expect(401, fx.admin.as(null).get("/v1/compliance/frameworks"));
        }
    }
}
