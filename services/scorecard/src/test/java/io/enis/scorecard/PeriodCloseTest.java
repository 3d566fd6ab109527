package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Period close over real HTTP: snapshots with lineage, untouched by later corrections; on demand and scheduled. */
class PeriodCloseTest {
    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aClosedMonthIsFrozenWithItsInputsAndACorrectionDoesNotChangeIt(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir)) {
            fx.clock.set(Instant.parse("2025-01-01T08:00:00Z"));
            String id = fx.kpi("{\"name\": \"p99\", \"unit\": \"ms\", \"target\": 200}");
            fx.clock.set(Instant.parse("2025-01-31T20:00:00Z"));
            fx.values(id, """
                    {"values": [{"at": "2025-01-10T12:00:00Z", "value": 180}, {"at": "2025-01-31T12:00:00Z", "value": 230}]}""");
            assertThat(fx.admin.post("/v1/analytics/kpis/" + id + "/close", "").json().get("snapshots")).as("January not over").isEmpty();

            fx.clock.set(Instant.parse("2025-02-01T00:00:05Z"));
            JsonNode made = fx.admin.post("/v1/analytics/kpis/" + id + "/close", "").json().get("snapshots");
            assertThat(made).hasSize(1);
            JsonNode jan = made.get(0);
            assertThat(jan.get("period").get("firstDay").asText()).isEqualTo("2025-01-01");
            assertThat(jan.get("period").get("end").asText()).isEqualTo("2025-02-01T00:00:00Z");
            assertThat(jan.get("value").asDouble()).as("the latest value of January").isEqualTo(230.0);
            assertThat(jan.get("status").asText()).as("230 > 110% of 200").isEqualTo("off_track");
            assertThat(jan.get("inputCount").asInt()).isEqualTo(2);
            assertThat(jan.get("watermark").asText()).isEqualTo("2025-01-31T20:00:00Z");
            String definition = "{\"unit\":\"ms\",\"target\":200.0,\"direction\":\"lower_is_better\","
                    + "\"thresholds\":{\"mode\":\"percent\",\"atRisk\":100.0,\"offTrack\":110.0},"
                    + "\"period\":{\"granularity\":\"month\",\"mode\":\"calendar\"},\"cumulative\":false}";
            String text = definition + "\n" + Instant.parse("2025-01-10T12:00:00Z").toEpochMilli() + " 180.0\n"
                    + Instant.parse("2025-01-31T12:00:00Z").toEpochMilli() + " 230.0\n";
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(jan.get("inputsSha256").asText()).as("recomputed from the documented form").isEqualTo(expected);

            // the January value is corrected after the close
            fx.values(id, "{\"values\": [{\"at\": \"2025-01-31T12:00:00Z\", \"value\": 190}]}");
            assertThat(fx.getJson("/v1/analytics/kpis/" + id + "/values?to=2025-02-01T00:00:00Z").get("values").get(1).get("value").asDouble())
                    .isEqualTo(190.0);
            assertThat(fx.admin.post("/v1/analytics/kpis/" + id + "/close", "").json().get("snapshots")).as("already closed").isEmpty();
            JsonNode frozen = fx.getJson("/v1/analytics/kpis/" + id + "/snapshots/2025-01-01");
            assertThat(frozen.get("value").asDouble()).as("the snapshot still says what it said").isEqualTo(230.0);
            assertThat(frozen.get("status").asText()).isEqualTo("off_track");
            assertThat(frozen.get("inputsSha256").asText()).isEqualTo(expected);
            assertThat(frozen.get("inputs").findValues("value").stream().map(JsonNode::asDouble).toList()).containsExactly(180.0, 230.0);
            assertThat(frozen.get("definition").get("target").asDouble()).isEqualTo(200.0);

            assertThat(fx.admin.get("/v1/analytics/kpis/" + id + "/snapshots/2025-02-01").status()).isEqualTo(404);
            assertThat(fx.admin.get("/v1/analytics/kpis/" + id + "/snapshots/January").status()).isEqualTo(400);
            assertThat(fx.admin.post("/v1/analytics/kpis/kpi_nope/close", "").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theSchedulerClosesEveryEndedPeriodIncludingEmptyOnes(TestStores.Store store) throws Exception {
        try (var fx = new ScorecardFixture(store, dataDir, Map.of("CLOSE_INTERVAL", "1s"))) {
            fx.clock.set(Instant.parse("2025-01-06T09:00:00Z"));
            String revenue = fx.kpi("""
                    {"name": "revenue", "unit": "EUR", "target": 100, "cumulative": true, "period": {"granularity": "day"}}""");
            fx.clock.set(Instant.parse("2025-01-06T12:00:00Z"));
            fx.values(revenue, """
                    {"values": [{"at": "2025-01-06T08:00:00Z", "value": 95}, {"at": "2025-01-06T10:00:00Z", "value": 60},
                                {"at": "2025-01-06T11:00:00Z", "value": 50}]}""");
            fx.clock.set(Instant.parse("2025-01-08T00:30:00Z"));
            JsonNode snapshots = awaitSnapshots(fx, revenue, 2);
            assertThat(snapshots.findValuesAsText("firstDay")).containsExactly("2025-01-06", "2025-01-07");
            assertThat(snapshots.get(0).get("value").asDouble()).as("a cumulative day is its sum").isEqualTo(205.0);
            assertThat(snapshots.get(0).get("status").asText()).isEqualTo("on_track");
            assertThat(snapshots.get(1).get("status").asText()).isEqualTo("no_data");
            assertThat(snapshots.get(1).get("value").isNull()).isTrue();
            assertThat(snapshots.get(1).get("watermark").isNull()).isTrue();
        }
    }

    private static JsonNode awaitSnapshots(ScorecardFixture fx, String id, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode s = fx.getJson("/v1/analytics/kpis/" + id + "/snapshots").get("snapshots");
            if (s.size() >= count || Instant.now().isAfter(deadline)) {
                return s;
            }
            Thread.sleep(100);
        }
    }
}
