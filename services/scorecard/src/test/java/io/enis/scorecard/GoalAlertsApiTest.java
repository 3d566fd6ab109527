package io.enis.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Goal alerts end to end over real HTTP with a simulated clock: values recorded through the API, the
 * jobs' tick run by hand, the CloudEvents received by a real HTTP endpoint standing in for the
 * cloud-bus. Each firing and resolving is published exactly once.
 */
class GoalAlertsApiTest {
    private static final String BUS_KEY = "scorecard-publisher-key-0123456789abcdef";

    @TempDir
    Path dataDir;

    static List<TestStores.Store> stores() {
        return TestStores.available();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void statusChangesAndTheFastBurnRateArePublishedOnceEach(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = new ScorecardFixture(
                        store,
                        dataDir,
                        Map.of(
                                "CLOUD_BUS_URL",
                                bus.url("/v1/events"),
                                "CLOUD_BUS_API_KEY",
                                BUS_KEY,
                                "JOBS_INTERVAL",
                                "1h"))) {
            // target 1000 req/s, off track below 900: the allowed distance B is 100
            String id = fx.kpi("""
                    {"name": "throughput", "unit": "req/s", "target": 1000, "period": {"granularity": "day"}}""");
            fx.values(id, "{\"values\": [{\"value\": 1000}]}");
            var first = fx.scorecard.jobs().runOnce();
            assertThat(first.ran()).isTrue();
            assertThat(first.alerts().events()).isEqualTo(1);
            assertThat(first.eventsPublished()).isEqualTo(1);
            assertThat(fx.scorecard.jobs().runOnce().alerts().events())
                    .as("nothing changed: nothing announced")
                    .isZero();

            fx.clock.advance(Duration.ofMinutes(10));
            Instant drop = fx.clock.instant();
            fx.values(id, "{\"values\": [{\"value\": 500}]}"); // shortfall 500 = 5 B
            assertThat(fx.scorecard.jobs().runOnce().alerts().events())
                    .as("on track -> off track")
                    .isEqualTo(1);

            fx.clock.set(drop.plus(Duration.ofMinutes(5)));
            // 1h: 5 min at 5 B = 0.42 < 2 (5m: 5): not yet
            assertThat(fx.scorecard.jobs().runOnce().alerts().events()).isZero();

            fx.clock.set(drop.plus(Duration.ofMinutes(30)));
            // 1h: 30 min at 5 B = 2.5 >= 2, 5m: 5 >= 2: the fast alert fires; 6h: 30/360*5 = 0.42 < 1
            assertThat(fx.scorecard.jobs().runOnce().alerts().events()).isEqualTo(1);
            assertThat(fx.scorecard.jobs().runOnce().alerts().events())
                    .as("still firing: announced once")
                    .isZero();

            fx.values(id, "{\"values\": [{\"value\": 1000}]}");
            fx.clock.advance(Duration.ofMinutes(5));
            // 5m: back at the target, 0 < 2: resolved; the status is on track again
            assertThat(fx.scorecard.jobs().runOnce().alerts().events()).isEqualTo(2);

            List<JsonNode> events = bus.await(5, Duration.ofSeconds(10)).stream()
                    .map(r -> Json.parse(r.body().getBytes(StandardCharsets.UTF_8)))
                    .toList();
            assertThat(events)
                    .extracting(e -> e.get("type").asText())
                    .containsExactly(
                            "cloud.enis.scorecard.kpi.status_changed",
                            "cloud.enis.scorecard.kpi.status_changed",
                            "cloud.enis.scorecard.kpi.burn_rate",
                            "cloud.enis.scorecard.kpi.status_changed",
                            "cloud.enis.scorecard.kpi.burn_rate");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.get("source").asText()).isEqualTo("/scorecard");
                assertThat(e.get("subject").asText()).isEqualTo(id);
            });
            assertThat(bus.accepted().get(0).header("Authorization")).isEqualTo("Bearer " + BUS_KEY);
            assertThat(transition(events.get(0))).isEqualTo("no_data -> on_track");
            assertThat(transition(events.get(1))).isEqualTo("on_track -> off_track");
            assertThat(events.get(1).get("data").get("periodValue").asDouble()).isEqualTo(500);
            JsonNode firing = events.get(2).get("data");
            assertThat(firing.get("alert").asText()).isEqualTo("fast");
            assertThat(firing.get("state").asText()).isEqualTo("firing");
            assertThat(firing.get("longRate").asDouble()).isEqualTo(2.5);
            assertThat(firing.get("shortRate").asDouble()).isEqualTo(5.0);
            assertThat(firing.get("allowedDistance").asDouble()).isEqualTo(100.0);
            assertThat(firing.get("longWindow").asText()).isEqualTo("PT1H");
            assertThat(transition(events.get(3))).isEqualTo("off_track -> on_track");
            JsonNode resolved = events.get(4).get("data");
            assertThat(resolved.get("state").asText()).isEqualTo("resolved");
            assertThat(resolved.get("shortRate").asDouble()).isZero();
            assertThat(events).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();

            fx.scorecard.jobs().runOnce();
            assertThat(bus.accepted()).as("published once each").hasSize(5);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theSlowBurnRateFiresOnASustainedShortfallAndResolvesOnItsShortWindow(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver();
                var fx = new ScorecardFixture(
                        store,
                        dataDir,
                        Map.of(
                                "CLOUD_BUS_URL",
                                bus.url("/v1/events"),
                                "CLOUD_BUS_API_KEY",
                                BUS_KEY,
                                "JOBS_INTERVAL",
                                "1h"))) {
            // target 1000 req/s, off track below 900: B = 100; 850 is a shortfall of 1.5 B, too little
            // for the fast alert (factor 2) ever, enough for the slow one (factor 1) once it lasts
            String id = fx.kpi("""
                    {"name": "throughput", "unit": "req/s", "target": 1000, "period": {"granularity": "day"}}""");
            fx.values(id, "{\"values\": [{\"value\": 1000}]}");
            assertThat(fx.scorecard.jobs().runOnce().alerts().events()).isEqualTo(1);

            fx.clock.advance(Duration.ofMinutes(10));
            Instant drop = fx.clock.instant();
            fx.values(id, "{\"values\": [{\"value\": 850}]}");
            assertThat(fx.scorecard.jobs().runOnce().alerts().events())
                    .as("on track -> off track")
                    .isEqualTo(1);

            fx.clock.set(drop.plus(Duration.ofHours(2)));
            // 6h: 120 min at 1.5 B = 0.5 < 1 (30m: 1.5; 1h: 1.5 < 2): nothing
            assertThat(fx.scorecard.jobs().runOnce().alerts().events()).isZero();

            fx.clock.set(drop.plus(Duration.ofMinutes(270)));
            // 6h: 270 min at 1.5 B = 1.125 >= 1 and 30m: 1.5 >= 1: the slow alert fires
            assertThat(fx.scorecard.jobs().runOnce().alerts().events()).isEqualTo(1);
            assertThat(fx.scorecard.jobs().runOnce().alerts().events())
                    .as("still firing: announced once")
                    .isZero();

            fx.values(id, "{\"values\": [{\"value\": 1000}]}");
            fx.clock.advance(Duration.ofMinutes(30));
            // 30m: back at the target, 0 < 1: resolved, though the 6h rate is still 1.125
            assertThat(fx.scorecard.jobs().runOnce().alerts().events()).isEqualTo(2);

            List<JsonNode> events = bus.await(5, Duration.ofSeconds(10)).stream()
                    .map(r -> Json.parse(r.body().getBytes(StandardCharsets.UTF_8)))
                    .toList();
            assertThat(events)
                    .extracting(e -> e.get("type").asText())
                    .containsExactly(
                            "cloud.enis.scorecard.kpi.status_changed",
                            "cloud.enis.scorecard.kpi.status_changed",
                            "cloud.enis.scorecard.kpi.burn_rate",
                            "cloud.enis.scorecard.kpi.status_changed",
                            "cloud.enis.scorecard.kpi.burn_rate");
            assertThat(events).allSatisfy(e -> {
                assertThat(e.get("specversion").asText()).isEqualTo("1.0");
                assertThat(e.get("source").asText()).isEqualTo("/scorecard");
                assertThat(e.get("subject").asText()).isEqualTo(id);
            });
            JsonNode firing = events.get(2).get("data");
            assertThat(firing.get("alert").asText()).isEqualTo("slow");
            assertThat(firing.get("state").asText()).isEqualTo("firing");
            assertThat(firing.get("at").asText())
                    .isEqualTo(drop.plus(Duration.ofMinutes(270)).toString());
            assertThat(firing.get("factor").asDouble()).isEqualTo(1.0);
            assertThat(firing.get("longWindow").asText()).isEqualTo("PT6H");
            assertThat(firing.get("shortWindow").asText()).isEqualTo("PT30M");
            assertThat(firing.get("longRate").asDouble()).isCloseTo(1.125, within(1e-9));
            assertThat(firing.get("shortRate").asDouble()).isCloseTo(1.5, within(1e-9));
            assertThat(firing.get("allowedDistance").asDouble()).isEqualTo(100.0);
            assertThat(firing.get("latestValue").asDouble()).isEqualTo(850.0);
            assertThat(transition(events.get(3))).isEqualTo("off_track -> on_track");
            JsonNode resolved = events.get(4).get("data");
            assertThat(resolved.get("alert").asText()).isEqualTo("slow");
            assertThat(resolved.get("state").asText()).isEqualTo("resolved");
            assertThat(resolved.get("shortRate").asDouble()).isZero();
            assertThat(resolved.get("longRate").asDouble())
                    .as("the long window alone would keep it firing")
                    .isCloseTo(1.125, within(1e-9));
            assertThat(resolved.get("latestValue").asDouble()).isEqualTo(1000.0);
            assertThat(events).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();

            fx.scorecard.jobs().runOnce();
            assertThat(bus.accepted())
                    .as("published once each, the fast alert never")
                    .hasSize(5);
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void eventsWaitInTheOutboxWhileTheCloudBusIsDown(TestStores.Store store) throws Exception {
        try (var bus = new HttpReceiver().respondWith(503);
                var fx = new ScorecardFixture(
                        store, dataDir, Map.of("CLOUD_BUS_URL", bus.url("/v1/events"), "CLOUD_BUS_API_KEY", BUS_KEY))) {
            String id = fx.kpi("""
                    {"name": "latency", "unit": "ms", "target": 100, "period": {"granularity": "day"}}""");
            fx.values(id, "{\"values\": [{\"value\": 150}]}");
            var tick = fx.scorecard.jobs().runOnce();
            assertThat(tick.alerts().events()).isEqualTo(1);
            assertThat(tick.eventsPublished()).isZero();
            assertThat(bus.attempts()).isEqualTo(1);

            bus.respondWith(200);
            fx.clock.advance(Duration.ofSeconds(2)); // past the relay's first backoff
            assertThat(fx.scorecard.jobs().runOnce().eventsPublished()).isEqualTo(1);
            JsonNode event = Json.parse(bus.accepted().get(0).body().getBytes(StandardCharsets.UTF_8));
            assertThat(transition(event)).isEqualTo("no_data -> off_track");
        }
    }

    private static String transition(JsonNode event) {
        return event.get("data").get("from").asText() + " -> "
                + event.get("data").get("to").asText();
    }
}
