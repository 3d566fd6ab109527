package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /v1/analytics/kpis/{id}/trends} over real HTTP. */
class TrendApiTest {
    @TempDir
    Path dataDir;

    /**
     * Daily values 2, 4, 5, 4, 5 on Jan 1-5 (the series of LinearTrendTest): slope 0.6 per day,
     * intercept 2.8 on Jan 1, R² 0.6; 3-day moving average null, null, 11/3, 13/3, 14/3.
     */
    @Test
    void reportsTheSeriesMovingAverageRegressionAndForecast() throws Exception {
        try (var fx = new ScorecardFixture(TestStores.Store.EMBEDDED, dataDir)) {
            fx.clock.set(Instant.parse("2025-01-05T18:00:00Z"));
            String id = fx.kpi("{\"name\": \"nps\", \"unit\": \"points\", \"target\": 8}");
            fx.daily(id, "2025-01-01", 2, 4, 5, 4, 5);
            JsonNode r = fx.getJson("/v1/analytics/kpis/" + id + "/trends?window=3&horizon=2&method=linear");
            assertThat(r.get("series").findValuesAsText("date")).containsExactly("2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05");
            JsonNode ma = r.get("movingAverage");
            assertThat(ma.get(1).get("value").isNull()).isTrue();
            assertThat(ma.get(2).get("value").asDouble()).isCloseTo(11.0 / 3, within(1e-12));
            assertThat(ma.get(4).get("value").asDouble()).isCloseTo(14.0 / 3, within(1e-12));
            JsonNode reg = r.get("regression");
            assertThat(reg.get("slopePerDay").asDouble()).isCloseTo(0.6, within(1e-12));
            assertThat(reg.get("intercept").asDouble()).isCloseTo(2.8, within(1e-12));
            assertThat(reg.get("rSquared").asDouble()).isCloseTo(0.6, within(1e-12));
            JsonNode forecast = r.get("forecast");
            assertThat(forecast.get("method").asText()).isEqualTo("linear");
            assertThat(forecast.get("points").get(0).get("date").asText()).isEqualTo("2025-01-06");
            assertThat(forecast.get("points").get(0).get("value").asDouble()).isCloseTo(5.8, within(1e-9));
            assertThat(forecast.get("points").get(0).get("upper").asDouble()).isCloseTo(5.8 + 3.182446 * Math.sqrt(1.68), within(1e-5));
            assertThat(r.get("attainment").get("outcome").asText()).as("5.8 + 0.6/day reaches 8 on Jan 10").isEqualTo("reached");
            assertThat(r.get("attainment").get("date").asText()).isEqualTo("2025-01-10");
        }
    }

    @Test
    void aMethodTheSeriesIsTooShortForIsRefusedNamingIt() throws Exception {
        try (var fx = new ScorecardFixture(TestStores.Store.EMBEDDED, dataDir)) {
            fx.clock.set(Instant.parse("2025-01-10T18:00:00Z"));
            String id = fx.kpi("{\"name\": \"orders\", \"unit\": \"orders/d\", \"target\": 50}");
            fx.daily(id, "2025-01-01", 40, 42, 41, 45, 44, 43, 47, 46, 48, 49);
            var refused = fx.admin.get("/v1/analytics/kpis/" + id + "/trends?method=holt_winters");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("type").asText()).endsWith("/insufficient-data");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("method");
            assertThat(refused.json().get("errors").get(0).get("message").asText())
                    .isEqualTo("holt_winters needs at least 14 days with values (two seasons of 7); the range has 10 (widen from/to, or use linear or auto)");
            assertThat(fx.getJson("/v1/analytics/kpis/" + id + "/trends?method=holt_winters&season=5").get("forecast").get("method").asText())
                    .isEqualTo("holt_winters");
            assertThat(fx.getJson("/v1/analytics/kpis/" + id + "/trends").get("forecast").get("method").asText()).isEqualTo("linear");
            assertThat(fx.admin.get("/v1/analytics/kpis/" + id + "/trends?method=arima").status()).isEqualTo(400);
            assertThat(fx.admin.get("/v1/analytics/kpis/" + id + "/trends?horizon=0").json().get("errors").get(0).get("field").asText())
                    .isEqualTo("horizon");
        }
    }
}
