package io.enis.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Framework;
import io.enis.kit.testing.OpenApiContract;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The service on the kit: health, its OpenAPI document against its routes, the seed's rate limit. */
class ComplianceServiceTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void startsReadyWithADocumentMatchingItsRoutes(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            assertThat(fx.admin.as(null).get("/health/ready").status()).isEqualTo(200);
            OpenApiContract.assertMatches(fx.service);
            var doc = fx.admin.as(null).get("/openapi.json").json();
            assertThat(doc.at("/components/schemas/Scope/enum").toString())
                    .contains("compliance:read", "compliance:write", "compliance:admin");
            var frameworkIds = new java.util.ArrayList<String>();
            doc.at("/components/schemas/NewAudit/properties/frameworks/items/enum")
                    .forEach(id -> frameworkIds.add(id.asText()));
            assertThat(frameworkIds)
                    .as("the document lists the catalogue's frameworks")
                    .containsExactlyElementsOf(Catalogue.shipped().frameworks().stream()
                            .map(Framework::id)
                            .toList());
            var limited = fx.admin.get("/v1/admin/keys");
            assertThat(limited.header("RateLimit-Limit")).isEqualTo("3000");
        }
    }
}
