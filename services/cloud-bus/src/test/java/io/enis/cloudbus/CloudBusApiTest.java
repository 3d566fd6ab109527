package io.enis.cloudbus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.cloudbus.delivery.WebhookDeliverer;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.OpenApiContract;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.JedisPooled;

/** Publishing, routing, transformation, retries, dead letters and forwarding over real HTTP, on every backend. */
class CloudBusApiTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path dataDir;

    static List<Backends> backends() {
        return Backends.available();
    }

    private static JsonNode json(String s) throws Exception {
        return Json.MAPPER.readTree(s);
    }

    private static String webhookRule(String name, String pattern, HttpReceiver receiver, String extra) {
        return """
                {"name": "%s", "pattern": %s, "targets": [{"id": "hook", "type": "webhook", "url": "%s",
                 "secret": "0123456789abcdef-secret"%s}]}""".formatted(name, pattern, receiver.url("/hook"), extra);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void publishesInEveryModeAndDetectsDuplicates(Backends backend) throws Exception {
        try (var receiver = new HttpReceiver(); var fx = new BusFixture(backend, dataDir, Map.of())) {
            fx.rule("default", webhookRule("all", "{}", receiver, ""));
            var binary = fx.admin.send("POST", "/v1/events", "{\"amount\": 5}", "application/json", Map.of(
                    "ce-specversion", "1.0", "ce-id", "b-1", "ce-source", "/tests/binary", "ce-type", "com.enis.test", "ce-tenant", "acme"));
            assertThat(binary.status()).as(binary.toString()).isEqualTo(202);
            fx.publish(null, "s-1", "com.enis.test", "{\"n\": 1}");
            var batch = fx.admin.send("POST", "/v1/cloud-bus/events", "[" + BusFixture.event("k-1", "t", "1") + ","
                    + BusFixture.event("k-2", "t", "2") + "," + BusFixture.event("s-1", "t", "3") + "]", "application/cloudevents-batch+json", Map.of());
            assertThat(batch.status()).isEqualTo(202);
            assertThat(batch.json().get("accepted").asInt()).isEqualTo(2);
            assertThat(batch.json().get("duplicates").asInt()).as("(source, id) s-1 was already published").isEqualTo(1);
            assertThat(batch.json().get("events").get(2).get("status").asText()).isEqualTo("duplicate");

            var received = receiver.await(4, WAIT);
            JsonNode first = json(received.get(0).body());
            assertThat(first.get("id").asText()).isEqualTo("b-1");
            assertThat(first.get("tenant").asText()).as("ce-* extension header").isEqualTo("acme");
            assertThat(first.get("data").get("amount").asInt()).isEqualTo(5);
            assertThat(received.stream().map(r -> r.header("ce-id")).toList()).containsExactly("b-1", "s-1", "k-1", "k-2");
            fx.publish(null, "later", "com.enis.test", "{}");
            assertThat(receiver.await(5, WAIT).stream().map(r -> r.header("ce-id")).toList())
                    .as("the duplicate was not delivered before the event published after it").containsExactly("b-1", "s-1", "k-1", "k-2", "later");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void invalidEventsAreRefusedWholeAndNamed(Backends backend) throws Exception {
        try (var receiver = new HttpReceiver(); var fx = new BusFixture(backend, dataDir, Map.of("MAX_EVENT_BYTES", "2048"))) {
            fx.rule("default", webhookRule("all", "{}", receiver, ""));
            var bad = fx.admin.send("POST", "/v1/events", """
                    [{"specversion": "0.3", "id": "x", "source": "/s", "type": "t"},
                     {"specversion": "1.0", "source": "/s", "type": "t", "time": "yesterday", "Bad_Ext": 1},
                     {"specversion": "1.0", "id": "ok", "source": "/s", "type": "t"}]""", "application/cloudevents-batch+json", Map.of());
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("errors").findValuesAsText("field"))
                    .containsExactly("[0].specversion", "[1].id", "[1].time", "[1].Bad_Ext");
            var binary = fx.admin.send("POST", "/v1/events", "{}", "application/json", Map.of("ce-specversion", "1.0", "ce-id", "1"));
            assertThat(binary.json().get("errors").findValuesAsText("field")).containsExactly("ce-source", "ce-type");
            assertThat(fx.admin.send("POST", "/v1/events", "x", "text/plain", Map.of()).status()).isEqualTo(415);
            var big = fx.admin.send("POST", "/v1/events", BusFixture.event("big", "t", "\"" + "x".repeat(3000) + "\""),
                    "application/cloudevents+json", Map.of());
            assertThat(big.status()).isEqualTo(400);
            assertThat(big.body()).contains("MAX_EVENT_BYTES");
            assertThat(fx.admin.send("POST", "/v1/buses/nope/events", BusFixture.event("a", "t", "1"),
                    "application/cloudevents+json", Map.of()).status()).isEqualTo(404);

            fx.publish(null, "after", "t", "1");
            assertThat(json(receiver.await(1, WAIT).get(0).body()).get("id").asText()).as("nothing of the refused batch").isEqualTo("after");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void matchingEventsReachTheirTargetsSignedAndTransformed(Backends backend) throws Exception {
        try (var raw = new HttpReceiver(); var shaped = new HttpReceiver(); var fx = new BusFixture(backend, dataDir, Map.of())) {
            fx.rule("default", """
                    {"name": "big-eu-orders", "pattern": {"type": [{"prefix": "com.enis.order."}],
                       "data": {"amount": [{"numeric": [">=", 100]}], "region": [{"anything-but": "us"}]}},
                     "targets": [
                       {"id": "raw", "type": "webhook", "url": "%s", "secret": "raw-secret-0123456789"},
                       {"id": "shaped", "type": "webhook", "url": "%s", "secret": "shaped-secret-0123456789",
                        "transform": {"inputPaths": {"order": "$.data.order", "amount": "$.data.amount"},
                                      "template": "{\\"text\\": \\"order <order> for <amount>\\", \\"amount\\": <amount>}"}}]}"""
                    .formatted(raw.url("/raw"), shaped.url("/shaped")));
            fx.publish(null, "o-1", "com.enis.order.created", "{\"order\": \"A1\", \"amount\": 150, \"region\": \"eu\"}");
            fx.publish(null, "o-2", "com.enis.order.created", "{\"order\": \"A2\", \"amount\": 50, \"region\": \"eu\"}");
            fx.publish(null, "o-3", "com.enis.order.created", "{\"order\": \"A3\", \"amount\": 500, \"region\": \"us\"}");
            fx.publish(null, "o-4", "com.enis.order.paid", "{\"order\": \"A4\", \"amount\": 100, \"region\": \"ap\"}");
            fx.publish(null, "o-5", "com.enis.order.paid", "{\"order\": \"A5\", \"amount\": 100}");

            var delivered = raw.await(2, WAIT);
            assertThat(delivered.stream().map(r -> r.header("ce-id")).toList()).containsExactly("o-1", "o-4");
            var request = delivered.get(0);
            assertThat(request.header("Content-Type")).isEqualTo("application/cloudevents+json");
            String signature = request.header(WebhookDeliverer.SIGNATURE_HEADER);
            long t = Long.parseLong(signature.substring(2, signature.indexOf(',')));
            assertThat(t).isEqualTo(fx.clock.instant().getEpochSecond());
            assertThat(signature).endsWith(",v1=" + WebhookDeliverer.sign("raw-secret-0123456789", t, request.body()));

            var transformed = shaped.await(2, WAIT);
            assertThat(json(transformed.get(0).body()).get("text").asText()).isEqualTo("order A1 for 150");
            assertThat(json(transformed.get(0).body()).get("amount").asInt()).isEqualTo(150);
            assertThat(transformed.get(0).header("Content-Type")).isEqualTo("application/json");

            var rule = awaitDelivered(fx, "big-eu-orders", 2);
            assertThat(rule.get("targets").get(0).get("secret").asText()).isEqualTo("***");
            assertThat(rule.get("targets").get(0).get("status").get("delivered").asInt()).isEqualTo(2);
            String metrics = fx.admin.as(null).get("/metrics").body();
            assertThat(metrics).contains("cloudbus_events_published_total{bus=\"default\"", "cloudbus_events_matched_total{",
                    "cloudbus_events_delivered_total{", "cloudbus_delivery_latency_seconds_bucket{");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void failedDeliveriesAreRetriedWithBackoffThenDeadLetteredAndReplayed(Backends backend) throws Exception {
        try (var receiver = new HttpReceiver().respondWith(503).alwaysAccept(r -> r.header("ce-id").startsWith("probe"));
             var fx = new BusFixture(backend, dataDir, Map.of())) {
            fx.rule("default", webhookRule("flaky", "{}", receiver, ", \"retry\": {\"maxAttempts\": 3, \"backoff\": \"10s\"}"));
            fx.publish(null, "r-1", "t", "1");
            awaitAttempts(receiver, 1);
            awaitRetried(fx, "flaky", 1);
            var status = fx.admin.get("/v1/buses/default/rules/flaky").json().get("targets").get(0).get("status");
            assertThat(status.get("lastError").asText()).contains("HTTP 503");
            assertThat(status.get("pending").asInt()).as("a failed entry stays pending").isEqualTo(1);
            fx.publish(null, "probe-1", "t", "1");
            receiver.await(1, WAIT);
            assertThat(receiver.attempts()).as("the worker polled again (probe-1 delivered) with no retry before the backoff elapsed")
                    .isEqualTo(2);

            fx.clock.advance(Duration.ofSeconds(13));
            awaitAttempts(receiver, 3);
            awaitRetried(fx, "flaky", 2);
            fx.clock.advance(Duration.ofSeconds(25));
            awaitAttempts(receiver, 4);
            var dlq = awaitDeadLetters(fx, "flaky", 1);
            assertThat(dlq.get(0).get("attempts").asInt()).isEqualTo(3);
            assertThat(dlq.get(0).get("lastError").asText()).contains("HTTP 503", "after 3 attempts");
            assertThat(dlq.get(0).get("event").get("id").asText()).isEqualTo("r-1");
            fx.clock.advance(Duration.ofMinutes(5));
            fx.publish(null, "probe-2", "t", "1");
            receiver.await(2, WAIT);
            assertThat(receiver.attempts()).as("nothing after the dead letter (three attempts, two probes)").isEqualTo(5);

            var stillDown = fx.admin.post("/v1/dlq/default/flaky/hook/replay", "");
            assertThat(stillDown.status()).isEqualTo(502);
            assertThat(stillDown.contentType()).startsWith("application/problem+json");
            assertThat(stillDown.json().get("detail").asText()).contains("HTTP 503", "stay in the queue");
            assertThat(fx.admin.get("/v1/dlq/default/flaky/hook").json().get("deadLetters").get(0).get("attempts").asInt()).isEqualTo(4);

            receiver.respondWith(200);
            var replay = fx.admin.post("/v1/dlq/default/flaky/hook/replay", "");
            assertThat(replay.json().get("replayed").asInt()).isEqualTo(1);
            assertThat(receiver.accepted()).extracting(r -> r.header("ce-id")).containsExactly("probe-1", "probe-2", "r-1");
            assertThat(fx.admin.get("/v1/dlq/default/flaky/hook").json().get("total").asInt()).isZero();
            assertThat(receiver.attempts()).as("3 deliveries, 2 probes, a failed replay, a good one").isEqualTo(7);

            receiver.respondWith(400);
            fx.publish(null, "r-2", "t", "2");
            assertThat(awaitDeadLetters(fx, "flaky", 1).get(0).get("lastError").asText()).as("4xx is not retried").contains("not retryable");
            assertThat(fx.admin.delete("/v1/dlq/default/flaky/hook").json().get("purged").asInt()).isEqualTo(1);
            assertThat(fx.admin.get("/v1/dlq/default/nope/hook").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void eventsOlderThanMaxEventAgeGoToTheDeadLetterQueue(Backends backend) throws Exception {
        try (var receiver = new HttpReceiver().respondWith(500); var fx = new BusFixture(backend, dataDir, Map.of())) {
            fx.rule("default", webhookRule("aging", "{}", receiver, ", \"retry\": {\"maxAttempts\": 50, \"maxEventAge\": \"45s\", \"backoff\": \"20s\"}"));
            fx.publish(null, "a-1", "t", "1");
            awaitAttempts(receiver, 1);
            awaitRetried(fx, "aging", 1);
            fx.clock.advance(Duration.ofSeconds(25));
            awaitAttempts(receiver, 2);
            var dlq = awaitDeadLetters(fx, "aging", 1);
            assertThat(dlq.get(0).get("lastError").asText()).contains("event older than");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void busTargetsForwardAndRedisStreamsBridge(Backends backend) throws Exception {
        try (var receiver = new HttpReceiver(); var fx = new BusFixture(backend, dataDir, Map.of())) {
            assertThat(fx.admin.post("/v1/buses", "{\"name\": \"audit\", \"description\": \"everything, for auditors\"}").status()).isEqualTo(201);
            assertThat(fx.admin.post("/v1/buses", "{\"name\": \"audit\"}").status()).isEqualTo(409);
            String bridge = backend == Backends.REDIS ? ", {\"id\": \"stream\", \"type\": \"redis-stream\", \"stream\": \"enis-test:orders\"}" : "";
            fx.rule("default", "{\"name\": \"to-audit\", \"pattern\": {}, \"targets\": [{\"id\": \"audit\", \"type\": \"bus\", \"bus\": \"audit\"}" + bridge + "]}");
            fx.rule("audit", webhookRule("auditors", "{}", receiver, ""));
            fx.publish(null, "f-1", "com.enis.order.created", "{\"n\": 1}");
            JsonNode forwarded = json(receiver.await(1, WAIT).get(0).body());
            assertThat(forwarded.get("id").asText()).isEqualTo("f-1");
            assertThat(forwarded.get("enishops").asInt()).isEqualTo(1);
            if (backend == Backends.REDIS) {
                try (JedisPooled redis = new JedisPooled(URI.create(System.getenv("ENIS_TEST_REDIS_URL")))) {
                    long deadline = System.nanoTime() + WAIT.toNanos();
                    while (redis.xlen("enis-test:orders") == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    var entries = redis.xrange("enis-test:orders", "-", "+");
                    assertThat(entries).hasSize(1);
                    assertThat(entries.get(0).getFields().get("id")).isEqualTo("f-1");
                    assertThat(json(entries.get(0).getFields().get("event")).get("type").asText()).isEqualTo("com.enis.order.created");
                }
            }
            assertThat(fx.admin.delete("/v1/buses/audit").status()).as("a bus with rules stays").isEqualTo(409);
            assertThat(fx.admin.delete("/v1/buses/audit/rules/auditors").status()).isEqualTo(204);
            assertThat(fx.admin.delete("/v1/buses/audit").status()).isEqualTo(204);
            assertThat(fx.admin.delete("/v1/buses/default").status()).isEqualTo(409);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aTargetWithConcurrencyHasSeveralDeliveriesInFlightTheDefaultOneInOrder(Backends backend) throws Exception {
        try (var ordered = new HttpReceiver().delay(Duration.ofMillis(40)); var parallel = new HttpReceiver().delay(Duration.ofMillis(40));
             var fx = new BusFixture(backend, dataDir, Map.of())) {
            fx.rule("default", webhookRule("ordered", "{}", ordered, ""));
            fx.rule("default", webhookRule("parallel", "{}", parallel, ", \"concurrency\": 8"));
            List<String> ids = new ArrayList<>();
            StringBuilder batch = new StringBuilder("[");
            for (int i = 0; i < 24; i++) {
                ids.add("c-" + i);
                batch.append(i == 0 ? "" : ",").append(BusFixture.event("c-" + i, "t", String.valueOf(i)));
            }
            var published = fx.admin.send("POST", "/v1/events", batch + "]", "application/cloudevents-batch+json", Map.of());
            assertThat(published.status()).isEqualTo(202);

            assertThat(ordered.await(24, WAIT).stream().map(r -> r.header("ce-id")).toList()).containsExactlyElementsOf(ids);
            assertThat(ordered.maxConcurrent()).as("one at a time by default").isEqualTo(1);
            assertThat(parallel.await(24, WAIT).stream().map(r -> r.header("ce-id")).toList()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(parallel.maxConcurrent()).as("several in flight with concurrency 8").isGreaterThan(1);

            var tooMany = fx.admin.post("/v1/buses/default/rules", webhookRule("wide", "{}", parallel, ", \"concurrency\": 33"));
            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.json().get("errors").get(0).get("field").asText()).isEqualTo("targets[0].concurrency");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void malformedRulesAreRefusedWithPathsAndNothingIsHalfCreated(Backends backend) throws Exception {
        try (var fx = new BusFixture(backend, dataDir, Map.of())) {
            var r = fx.admin.post("/v1/buses/default/rules", """
                    {"name": "broken", "pattern": {"type": [{"wildcard": "x"}]},
                     "targets": [{"id": "a", "type": "webhook", "url": "ftp://x", "secret": "short"},
                                 {"id": "a", "type": "bus", "bus": "Bad Name"},
                                 {"id": "t", "type": "smtp"},
                                 {"id": "x", "type": "webhook", "url": "http://h/x", "secret": "0123456789abcdef",
                                  "transform": {"inputPaths": {"o": "data.order"}, "template": "<o>"}, "retry": {"maxAttempts": 0, "backoff": "2h"}},
                                 {"id": "imds", "type": "webhook", "url": "http://169.254.169.254/latest/meta-data/", "secret": "0123456789abcdef"}]}""");
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.json().get("errors").findValuesAsText("field")).contains("pattern.type[0].wildcard", "targets[0].url",
                    "targets[0].secret", "targets[1].bus", "targets[2].type", "targets[3].transform.inputPaths.o",
                    "targets[3].retry.maxAttempts", "targets[3].retry.backoff", "targets[4].url");
            assertThat(r.body()).contains("destination 169.254.169.254 is in the denied network 169.254.0.0/16");
            assertThat(fx.admin.post("/v1/buses/default/rules", "{\"name\": \"Bad Name\", \"pattern\": {}, \"targets\": []}").json()
                    .get("errors").get(0).get("field").asText()).isEqualTo("name");
            var six = new StringBuilder("{\"name\": \"six\", \"pattern\": {}, \"targets\": [");
            for (int i = 0; i < 6; i++) {
                six.append(i == 0 ? "" : ",").append("{\"id\": \"b").append(i).append("\", \"type\": \"bus\", \"bus\": \"default\"}");
            }
            assertThat(fx.admin.post("/v1/buses/default/rules", six + "]}").json().get("errors").get(0).get("field").asText()).isEqualTo("targets");
            if (backend != Backends.REDIS) {
                var noRedis = fx.admin.post("/v1/buses/default/rules", "{\"name\": \"s\", \"pattern\": {}, \"targets\": [{\"id\": \"s\", \"type\": \"redis-stream\", \"stream\": \"x\"}]}");
                assertThat(noRedis.json().get("errors").get(0).get("message").asText()).contains("REDIS_URL");
            }
            assertThat(fx.admin.get("/v1/buses/default/rules").json().get("rules")).isEmpty();
        }
    }

    @Test
    void thePublisherKeyOfTheDeploymentMayOnlyPublish() throws Exception {
        String deployed = "publisher-key-from-the-stacks-0123456789";
        try (var fx = new BusFixture(Backends.EMBEDDED, dataDir, Map.of(CloudBusService.PUBLISHER_KEY, deployed))) {
            var publisher = fx.admin.as(deployed);
            assertThat(publisher.send("POST", "/v1/events", BusFixture.event("d-1", "t", "1"), "application/cloudevents+json", Map.of())
                    .status()).isEqualTo(202);
            assertThat(publisher.get("/v1/buses").status()).isEqualTo(403);
            assertThat(publisher.get("/v1/dlq/default/x/y").status()).isEqualTo(403);
        }
    }

    @Test
    void theDocumentMatchesTheRoutes() throws Exception {
        try (var fx = new BusFixture(Backends.EMBEDDED, dataDir, Map.of())) {
            OpenApiContract.assertMatches(fx.service);
            var publisherKey = fx.admin.post("/v1/admin/keys", "{\"name\": \"svc\", \"scopes\": [\"events:publish\"]}").json().get("key").asText();
            assertThat(fx.admin.as(publisherKey).get("/v1/buses").status()).isEqualTo(403);
            assertThat(fx.admin.as(publisherKey).send("POST", "/v1/events", BusFixture.event("p", "t", "1"),
                    "application/cloudevents+json", Map.of()).status()).isEqualTo(202);
        }
    }

    private static void awaitAttempts(HttpReceiver receiver, int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (receiver.attempts() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(receiver.attempts()).isEqualTo(n);
    }

    /** Waits until the worker has scheduled {@code n} retries (so moving the clock cannot race it). */
    private static void awaitRetried(BusFixture fx, String rule, int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var status = fx.admin.get("/v1/buses/default/rules/" + rule).json().get("targets").get(0).get("status");
            if (status.get("retried").asInt() + status.get("deadLettered").asInt() >= n) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the worker did not schedule " + n + " retries");
    }

    /** The rule once its first target counts {@code n} deliveries (counted after the receiver answered, so it may lag). */
    private static JsonNode awaitDelivered(BusFixture fx, String rule, int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode view;
        do {
            view = fx.admin.get("/v1/buses/default/rules/" + rule).json();
            if (view.get("targets").get(0).get("status").get("delivered").asInt() >= n) {
                return view;
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return view;
    }

    private static JsonNode awaitDeadLetters(BusFixture fx, String rule, int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode list;
        do {
            list = fx.admin.get("/v1/dlq/default/" + rule + "/hook").json().get("deadLetters");
            if (list.size() >= n) {
                return list;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + n + " dead letters, got " + list);
    }
}
