package io.enis.cloudbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.PrivatePostgres;
import io.enis.kit.testing.PrivateRedis;
import io.enis.kit.testing.TestClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.JedisPooled;

/**
 * A store stopped under a running bus, as an operator would see it: publishing answers 503
 * problem+json with {@code Retry-After}, {@code /health/ready} names the failing check, and once the
 * store is back the bus recovers by itself with every acknowledged event delivered and still stored.
 */
class CloudBusOutageTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path dataDir;

    @Test
    void aStoppedRedisIsA503AndNothingAcknowledgedIsLost() throws Exception {
        try (var redis = PrivateRedis.start(); var receiver = new HttpReceiver();
             var fx = new BusFixture(Backends.EMBEDDED, dataDir, Map.of("REDIS_URL", redis.url()))) {
            publishThroughAnOutage(fx, receiver, "event-log", redis::stop, redis::startAgain);
            try (JedisPooled client = new JedisPooled(URI.create(redis.url()))) {
                assertThat(client.xlen("enis:bus:default")).as("every acknowledged event is in the stream").isEqualTo(4);
            }
        }
    }

    @Test
    void aStoppedPostgresIsA503AndNothingAcknowledgedIsLost() throws Exception {
        try (var pg = PrivatePostgres.start(); var receiver = new HttpReceiver();
             var fx = new BusFixture(Backends.EMBEDDED, dataDir, pg.env())) {
            publishThroughAnOutage(fx, receiver, "database", pg::stop, pg::startAgain);
        }
    }

    /** Something that stops or starts a server. */
    interface ServerStep {
        void run() throws Exception;
    }

    private static void publishThroughAnOutage(BusFixture fx, HttpReceiver receiver, String check, ServerStep stop,
                                               ServerStep start) throws Exception {
        fx.rule("default", """
                {"name": "all", "pattern": {}, "targets": [{"id": "hook", "type": "webhook", "url": "%s",
                 "secret": "0123456789abcdef-secret"}]}""".formatted(receiver.url("/hook")));
        for (String id : List.of("a-1", "a-2", "a-3")) {
            fx.publish(null, id, "t", "1");
        }
        receiver.await(3, WAIT);

        stop.run();
        var refused = publish(fx.admin, "during-1");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.body()).doesNotContain("Exception");
        var ready = fx.admin.get("/health/ready");
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().get("checks").get(check).asText()).startsWith("DOWN");

        start.run();
        awaitReady(fx.admin);
        var retried = publish(fx.admin, "during-1");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(retried.json().get("events").get(0).get("status").asText()).as("the refused event was not half-stored").isEqualTo("stored");
        assertThat(receiver.await(4, WAIT).stream().map(r -> r.header("ce-id")).toList())
                .as("every acknowledged event delivered, after the outage too").containsExactly("a-1", "a-2", "a-3", "during-1");
    }

    private static TestClient.Response publish(TestClient admin, String id) {
        return admin.send("POST", "/v1/events", BusFixture.event(id, "t", "1"), "application/cloudevents+json", Map.of());
    }

    private static void awaitReady(TestClient admin) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (admin.get("/health/ready").status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not ready again after the store returned: " + admin.get("/health/ready"));
            }
            Thread.sleep(100);
        }
    }
}
