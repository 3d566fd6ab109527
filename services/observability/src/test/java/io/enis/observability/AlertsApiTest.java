package io.enis.observability;

import static io.enis.observability.ObservabilityFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.TestStores;
import io.enis.kit.testing.TestStores.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Alert rules (stored in the embedded database and in PostgreSQL) and their state machine on a controlled clock. */
class AlertsApiTest {
    @TempDir
    Path dataDir;

    static List<Store> stores() {
        return TestStores.available();
    }

    private static String rule(String name, String query, String extra) {
        return """
                {"name": "%s", "query": "%s", "comparison": ">", "threshold": 10, %s}""".formatted(name, query, extra);
    }

    private static void gauge(ObservabilityFixture fx, String queue, double value) {
        fx.collect("{\"name\":\"queue_depth\",\"labels\":{\"queue\":\"" + queue + "\"},\"value\":" + value
                + ",\"timestamp\":\"" + fx.clock.instant() + "\"}");
    }

    private static JsonNode alerts(ObservabilityFixture fx) {
        return fx.admin.get("/v1/alerts").json().get("alerts");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void pendingFiringKeptFiringResolvedWithWebhookRetries(Store store) throws Exception {
        try (var hook = new HttpReceiver().failFirst(1, 503);
                var fx = new ObservabilityFixture(store, dataDir, Map.of("ALERT_WEBHOOK_BACKOFF", "20ms"))) {
            var created = fx.admin.post(
                    "/v1/alerts/rules", rule("QueueBacklog", "queue_depth", """
                    "for": "1m", "keepFiringFor": "2m", "labels": {"severity": "page"},
                    "annotations": {"summary": "Queue {{ $labels.queue }} holds {{ $value }} jobs"},
                    "webhookUrl": "%s\"""".formatted(hook.url("/hook"))));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);

            gauge(fx, "mail", 50);
            fx.definition.alerts().evaluate();
            JsonNode pending = alerts(fx).get(0);
            assertThat(pending.get("state").asText()).isEqualTo("pending");
            assertThat(pending.get("labels").get("alertname").asText()).isEqualTo("QueueBacklog");
            assertThat(pending.get("labels").get("severity").asText()).isEqualTo("page");
            assertThat(pending.get("annotations").get("summary").asText()).isEqualTo("Queue mail holds 50 jobs");

            fx.clock.advance(Duration.ofSeconds(30));
            gauge(fx, "mail", 60);
            fx.definition.alerts().evaluate();
            assertThat(alerts(fx).get(0).get("state").asText())
                    .as("for 1m not yet elapsed")
                    .isEqualTo("pending");

            fx.clock.advance(Duration.ofSeconds(31));
            gauge(fx, "mail", 70);
            fx.definition.alerts().evaluate();
            JsonNode firing = alerts(fx).get(0);
            assertThat(firing.get("state").asText()).isEqualTo("firing");
            assertThat(firing.get("activeAt").asText()).isEqualTo(T0.toString());

            JsonNode notice = Json.MAPPER.readTree(
                    hook.await(1, java.time.Duration.ofSeconds(10)).get(0).body());
            assertThat(hook.attempts())
                    .as("the first delivery got a 503 and was retried")
                    .isEqualTo(2);
            assertThat(notice.get("status").asText()).isEqualTo("firing");
            assertThat(notice.get("alerts")
                            .get(0)
                            .get("annotations")
                            .get("summary")
                            .asText())
                    .isEqualTo("Queue mail holds 70 jobs");

            fx.clock.advance(Duration.ofSeconds(10));
            gauge(fx, "mail", 3);
            fx.definition.alerts().evaluate();
            assertThat(alerts(fx).get(0).get("state").asText())
                    .as("keepFiringFor 2m")
                    .isEqualTo("firing");

            fx.clock.advance(Duration.ofMinutes(2));
            gauge(fx, "mail", 3);
            fx.definition.alerts().evaluate();
            JsonNode resolved = alerts(fx).get(0);
            assertThat(resolved.get("state").asText()).isEqualTo("resolved");
            assertThat(Json.MAPPER
                            .readTree(hook.await(2, java.time.Duration.ofSeconds(10))
                                    .get(1)
                                    .body())
                            .get("status")
                            .asText())
                    .isEqualTo("resolved");

            fx.clock.advance(Duration.ofMinutes(16));
            fx.definition.alerts().evaluate();
            assertThat(alerts(fx))
                    .as("resolved alerts leave the list after 15 minutes")
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void pendingAlertWhoseConditionStopsGoesBackToInactive(Store store) throws Exception {
        try (var fx = new ObservabilityFixture(store, dataDir, Map.of())) {
            fx.admin.post("/v1/alerts/rules", rule("Slow", "queue_depth{queue=\\\"sms\\\"}", "\"for\": \"10m\""));
            gauge(fx, "sms", 20);
            fx.definition.alerts().evaluate();
            assertThat(alerts(fx).get(0).get("state").asText()).isEqualTo("pending");
            fx.clock.advance(Duration.ofSeconds(15));
            gauge(fx, "sms", 1);
            fx.definition.alerts().evaluate();
            assertThat(alerts(fx)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void rulesCrudWithValidationConflictsAndIdempotency(Store store) throws Exception {
        try (var fx = new ObservabilityFixture(store, dataDir, Map.of())) {
            String body =
                    rule("HighErrors", "sum(rate(http_requests_total{code=~\\\"5..\\\"}[5m]))", "\"for\": \"5m\"");
            var first = fx.admin.send(
                    "POST", "/v1/alerts/rules", body, "application/json", Map.of("Idempotency-Key", "create-1"));
            var replay = fx.admin.send(
                    "POST", "/v1/alerts/rules", body, "application/json", Map.of("Idempotency-Key", "create-1"));
            assertThat(first.status()).isEqualTo(201);
            assertThat(replay.body()).isEqualTo(first.body());
            assertThat(fx.admin.post("/v1/alerts/rules", body).status())
                    .as("same name")
                    .isEqualTo(409);
            String id = first.json().get("id").asText();
            assertThat(first.json().get("for").asText()).isEqualTo("5m");

            var listed = fx.admin.get("/v1/alerts/rules").json().get("rules");
            assertThat(listed).hasSize(1);
            var updated = fx.admin.put("/v1/alerts/rules/" + id, rule("HigherErrors", "up", "\"for\": \"90s\""));
            assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
            assertThat(fx.admin.get("/v1/alerts/rules/" + id).json().get("for").asText())
                    .isEqualTo("1m30s");
            assertThat(fx.admin.get("/v1/alerts/rules/" + id).json().get("name").asText())
                    .isEqualTo("HigherErrors");

            var other = fx.admin.send("GET", "/v1/alerts/rules/" + id, null, null, Map.of("X-Scope-OrgID", "other"));
            assertThat(other.status()).as("rules belong to their tenant").isEqualTo(404);

            var bad = fx.admin.post("/v1/alerts/rules", """
                    {"name": "9bad", "query": "nope(", "comparison": "=>", "threshold": "high", "for": "2d",
                     "labels": {"__x": "y"}, "webhookUrl": "ftp://example.com"}""");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("errors").findValuesAsText("field"))
                    .containsExactlyInAnyOrder(
                            "name", "query", "comparison", "threshold", "for", "labels.__x", "webhookUrl");
            assertThat(fx.admin.get("/v1/alerts/rules").json().get("rules"))
                    .as("nothing half-created")
                    .hasSize(1);
            var metadata = fx.admin.post(
                    "/v1/alerts/rules", rule("Steal", "up", "\"webhookUrl\": \"http://169.254.169.254/latest/\""));
            assertThat(metadata.status()).isEqualTo(400);
            assertThat(metadata.json().get("errors").get(0).get("field").asText())
                    .isEqualTo("webhookUrl");
            assertThat(metadata.json().get("errors").get(0).get("message").asText())
                    .contains("is not allowed: destination 169.254.169.254 is in the denied network 169.254.0.0/16");

            assertThat(fx.admin.delete("/v1/alerts/rules/" + id).status()).isEqualTo(204);
            assertThat(fx.admin.get("/v1/alerts/rules/" + id).status()).isEqualTo(404);
            assertThat(fx.admin.delete("/v1/alerts/rules/" + id).status()).isEqualTo(404);
        }
    }

    @org.junit.jupiter.api.Test
    void alertTransitionsArePublishedToTheCloudBusAsCloudEvents() throws Exception {
        try (var bus = new HttpReceiver();
                var fx = new ObservabilityFixture(
                        Store.EMBEDDED,
                        dataDir,
                        Map.of(
                                "ALERT_CLOUD_BUS_URL",
                                bus.url("/v1/events"),
                                "ALERT_CLOUD_BUS_API_KEY",
                                "bus-key-123"))) {
            var created = fx.admin.post("/v1/alerts/rules", rule("DiskFull", "queue_depth", "\"for\": \"0s\""));
            String ruleId = created.json().get("id").asText();
            gauge(fx, "mail", 99);
            fx.definition.alerts().evaluate();
            var event = bus.await(1, java.time.Duration.ofSeconds(10)).get(0);
            assertThat(event.header("Authorization")).isEqualTo("Bearer bus-key-123");
            assertThat(event.header("ce-specversion")).isEqualTo("1.0");
            assertThat(event.header("ce-type")).isEqualTo("cloud.enis.observability.alert.firing");
            assertThat(event.header("ce-source")).isEqualTo("/observability/alerts/" + ruleId);
            assertThat(event.header("ce-subject")).isEqualTo("DiskFull");
            assertThat(event.header("Content-Type")).isEqualTo("application/json");
            assertThat(Json.MAPPER
                            .readTree(event.body())
                            .get("alerts")
                            .get(0)
                            .get("labels")
                            .get("queue")
                            .asText())
                    .isEqualTo("mail");

            fx.clock.advance(Duration.ofMinutes(1));
            gauge(fx, "mail", 1);
            fx.definition.alerts().evaluate();
            assertThat(bus.await(2, java.time.Duration.ofSeconds(10)).get(1).header("ce-type"))
                    .isEqualTo("cloud.enis.observability.alert.resolved");
        }
    }
}
