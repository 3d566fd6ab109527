package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.ClosedPort;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * KPI sources refused before observability is asked (bad fields, no observability configured) and
 * when it cannot be asked (503): nothing is stored. Pulls from a live observability are in
 * {@link ObservabilityPullIT}.
 */
class KpiSourceApiTest {
    @TempDir
    Path dataDir;

    @Test
    void withoutObservabilityASourceIsRefusedNamingIt() throws Exception {
        try (var fx = new ScorecardFixture(TestStores.Store.EMBEDDED, dataDir)) {
            var r = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "p99", "unit": "ms", "target": 100, "source": {"promql": "up"}}""");
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().at("/errors/0/field").asText()).isEqualTo("source");
            assertThat(r.json().at("/errors/0/message").asText()).contains("OBSERVABILITY_URL");
            assertThat(fx.getJson("/v1/analytics/kpis").get("kpis")).isEmpty();
        }
    }

    @Test
    void badSourceFieldsAreNamedBeforeObservabilityIsAsked() throws Exception {
        try (var closed = ClosedPort.hold(); // nothing can listen there meanwhile
                var fx = new ScorecardFixture(
                        TestStores.Store.EMBEDDED,
                        dataDir,
                        Map.of(
                                "OBSERVABILITY_URL",
                                closed.url(),
                                "OBSERVABILITY_API_KEY",
                                "metrics-reader-key-0123456789abcdef0123"))) {
            var r = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "p99", "unit": "ms", "target": 100,
                     "source": {"every": "1s", "unit": "EUR", "step": "1m"}}""");
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder("source.promql", "source.every", "source.unit", "source.step");
            var notObject = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "p99", "unit": "ms", "target": 100, "source": "up"}""");
            assertThat(notObject.status()).isEqualTo(400);
            assertThat(notObject.json().at("/errors/0/field").asText()).isEqualTo("source");

            var unreachable = fx.admin.post("/v1/analytics/kpis", """
                    {"name": "p99", "unit": "ms", "target": 100, "source": {"promql": "up"}}""");
            assertThat(unreachable.status()).as(unreachable.toString()).isEqualTo(503);
            assertThat(unreachable.header("Retry-After")).isEqualTo("30");
            assertThat(unreachable.json().get("detail").asText()).contains("source.promql could not be checked");
            assertThat(fx.getJson("/v1/analytics/kpis").get("kpis"))
                    .as("nothing stored")
                    .isEmpty();
        }
    }

    @Test
    void inlineDashboardKpisCannotHaveASource() throws Exception {
        try (var fx = new ScorecardFixture(TestStores.Store.EMBEDDED, dataDir)) {
            var r = fx.admin.post("/v1/analytics/dashboard", """
                    {"name": "d", "kpis": [{"name": "p99", "unit": "ms", "target": 100, "source": {"promql": "up"}}]}""");
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().at("/errors/0/field").asText()).isEqualTo("kpis[0].source");
        }
    }
}
