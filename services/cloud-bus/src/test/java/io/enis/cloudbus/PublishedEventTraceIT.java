package io.enis.cloudbus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.observability.ObservabilityService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform observing itself: the packaged cloud-bus, configured as the stacks configure it
 * ({@code OTEL_EXPORTER_OTLP_ENDPOINT} and a key with {@code traces:write} in
 * {@code OTEL_EXPORTER_OTLP_HEADERS}), exports its spans to an observability service; an event published
 * with a client's {@code traceparent} reaches a webhook in the same trace, and {@code GET /v1/traces/{id}}
 * shows the publish and the delivery, each the child of the one before.
 */
class PublishedEventTraceIT {
    private static final String JAR = System.getProperty("service.jar", "target/enis-cloud-bus.jar");
    private static final String ADMIN = "it-admin-key-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String TRACE_ID = "5b8efff798038103d269b633813fc60c";
    private static final String PUBLISHER_SPAN = "eee19b7ec3c1b174";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void aPublishedEventIsFollowedFromThePublisherThroughTheBusToTheReceiver() throws Exception {
        Map<String, String> observabilityEnv = new HashMap<>(
                TestStores.env(TestStores.Store.EMBEDDED, Files.createDirectories(work.resolve("observability"))));
        List<Process> processes = new ArrayList<>();
        try (RunningService observability =
                        KitServer.start(new ObservabilityService(), observabilityEnv, Clock.systemUTC());
                var receiver = new HttpReceiver()) {
            var traces = new TestClient(observability.baseUrl(), TestStores.ADMIN_KEY);
            var key = traces.post("/v1/admin/keys", "{\"name\": \"cloud-bus-spans\", \"scopes\": [\"traces:write\"]}");
            assertThat(key.status()).as(key.toString()).isEqualTo(201);

            Path dir = Files.createDirectories(work.resolve("cloud-bus"));
            Map<String, String> env = new HashMap<>(Map.of(
                    "ENIS_ADMIN_API_KEY",
                    ADMIN,
                    "DATA_DIR",
                    dir.resolve("data").toString(),
                    "OUTBOUND_DENIED_NETWORKS",
                    "169.254.0.0/16",
                    "POLL_INTERVAL",
                    "10ms"));
            // the exporter's default protocol, http/protobuf (SelfTracingTest covers http/json)
            env.putAll(Map.of(
                    "OTEL_EXPORTER_OTLP_ENDPOINT",
                    observability.baseUrl(),
                    "OTEL_EXPORTER_OTLP_HEADERS",
                    "Authorization=Bearer%20" + key.json().get("key").asText(),
                    "OTEL_BSP_SCHEDULE_DELAY",
                    "100"));
            // on a port it picks (LOG_LEVEL=INFO lets its "listening on" line through)
            var started = ServiceProcess.start(JAR, dir, "stdout.log", env);
            Process bus = started.process();
            processes.add(bus);
            var client = started.client(ADMIN);
            ServiceProcess.awaitReady(client, bus);

            var rule = client.post("/v1/buses/default/rules", """
                    {"name": "orders", "pattern": {"type": ["order.created"]},
                     "targets": [{"id": "shop", "type": "webhook", "url": "%s", "secret": "shop-webhook-secret-0123"}]}""".formatted(receiver.url("/orders")));
            assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
            var published = client.send(
                    "POST",
                    "/v1/events",
                    "{\"n\": 1}",
                    "application/json",
                    Map.of(
                            "ce-specversion",
                            "1.0",
                            "ce-id",
                            "order-1",
                            "ce-source",
                            "/shop",
                            "ce-type",
                            "order.created",
                            "traceparent",
                            "00-" + TRACE_ID + "-" + PUBLISHER_SPAN + "-01"));
            assertThat(published.status()).as(published.toString()).isEqualTo(202);

            var delivered = receiver.await(1, WAIT).get(0);
            String traceparent = delivered.header("traceparent");
            assertThat(traceparent)
                    .as("the receiver continues the publisher's trace")
                    .startsWith("00-" + TRACE_ID + "-");
            String deliverySpan = traceparent.substring(36, 52);
            assertThat(delivered.body())
                    .as("pass-through events carry the Distributed Tracing extension")
                    .contains("\"traceparent\":\"00-" + TRACE_ID + "-");

            JsonNode spans = awaitSpans(traces, 2);
            JsonNode publish = only(spans, "server");
            assertThat(publish.get("service").asText()).isEqualTo("cloud-bus");
            assertThat(publish.get("operation").asText()).isEqualTo("POST /v1/events");
            assertThat(publish.get("parentSpanId").asText()).isEqualTo(PUBLISHER_SPAN);
            assertThat(publish.get("attributes")
                            .get("http.response.status_code")
                            .asText())
                    .isEqualTo("202");
            JsonNode delivery = only(spans, "client");
            assertThat(delivery.get("spanId").asText()).isEqualTo(deliverySpan);
            assertThat(delivery.get("parentSpanId").asText())
                    .as("a child of the publish, not a link")
                    .isEqualTo(publish.get("spanId").asText());
            assertThat(delivery.get("attributes").get("cloudevents.event_id").asText())
                    .isEqualTo("order-1");
            assertThat(delivery.get("attributes").get("enis.cloudbus.target").asText())
                    .isEqualTo("shop");
            assertThat(delivery.get("status").asText()).isEqualTo("ok");
        } finally {
            for (Process p : processes) {
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Waits until observability has at least {@code n} spans of the trace (exports are batched). */
    private static JsonNode awaitSpans(TestClient traces, int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        TestClient.Response last = null;
        while (System.nanoTime() < deadline) {
            last = traces.get("/v1/traces/" + TRACE_ID);
            if (last.status() == 200 && last.json().get("spans").size() >= n) {
                return last.json().get("spans");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("trace " + TRACE_ID + " did not reach " + n + " spans: " + last);
    }

    private static JsonNode only(JsonNode spans, String kind) {
        List<JsonNode> found = new ArrayList<>();
        spans.forEach(s -> {
            if (s.get("kind").asText().equals(kind)) {
                found.add(s);
            }
        });
        assertThat(found).as(kind + " spans in " + spans).hasSize(1);
        return found.get(0);
    }
}
