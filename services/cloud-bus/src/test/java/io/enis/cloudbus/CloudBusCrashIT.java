package io.enis.cloudbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The crash test: publish N events, kill the service process with SIGKILL while it is delivering,
 * start it again, and check every event reached the webhook at least once.
 */
class CloudBusCrashIT {
    private static final String JAR = System.getProperty("service.jar", "target/enis-cloud-bus.jar");
    private static final int EVENTS = 300;

    @TempDir
    Path work;

    static List<Backends> backends() {
        return Backends.available().stream().filter(b -> b != Backends.POSTGRES).toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyEventIsDeliveredAtLeastOnceAcrossAKill(Backends backend) throws Exception {
        Map<String, String> env = new HashMap<>(backend.env(work.resolve("data")));
        env.keySet().removeIf(k -> k.startsWith("DATABASE_"));
        // INFO (not the tests' WARN): the port the jar picks is read from its "listening on" line
        env.putAll(Map.of("CONSUMER_NAME", "crash-test", "POLL_INTERVAL", "10ms", "LOG_LEVEL", "INFO"));
        try (var receiver = new HttpReceiver().delay(Duration.ofMillis(5))) {
            var firstRun = ServiceProcess.startReady(JAR, work, "first.log", env);
            Process first = firstRun.process();
            var client = firstRun.client(TestStores.ADMIN_KEY);
            var rule = client.post("/v1/buses/default/rules", """
                    {"name": "all", "pattern": {}, "targets": [{"id": "hook", "type": "webhook", "url": "%s",
                     "secret": "crash-test-secret-0123"}]}""".formatted(receiver.url("/hook")));
            assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
            Set<String> published = new HashSet<>();
            for (int batch = 0; batch < EVENTS / 50; batch++) {
                List<String> events = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    String id = "evt-" + (batch * 50 + i);
                    events.add("{\"specversion\": \"1.0\", \"id\": \"" + id
                            + "\", \"source\": \"/crash\", \"type\": \"t\", \"data\": {}}");
                    published.add(id);
                }
                var r = client.send(
                        "POST",
                        "/v1/events",
                        "[" + String.join(",", events) + "]",
                        "application/cloudevents-batch+json",
                        Map.of());
                assertThat(r.status()).isEqualTo(202);
            }
            receiver.await(30, Duration.ofSeconds(20));
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int beforeRestart = receiver.accepted().size();
            assertThat(beforeRestart).as("killed mid-delivery").isLessThan(EVENTS);

            Process second =
                    ServiceProcess.startReady(JAR, work, "second.log", env).process();
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                Set<String> seen = new HashSet<>();
                while (System.nanoTime() < deadline) {
                    seen.clear();
                    for (var req : receiver.accepted()) {
                        seen.add(Json.MAPPER.readTree(req.body()).get("id").asText());
                    }
                    if (seen.containsAll(published)) {
                        break;
                    }
                    Thread.sleep(50);
                }
                Set<String> missing = new HashSet<>(published);
                missing.removeAll(seen);
                assertThat(missing)
                        .as("events never delivered (of %d; %d before the kill)", EVENTS, beforeRestart)
                        .isEmpty();
                System.out.printf(
                        "crash test (%s): %d events, %d delivered before SIGKILL, %d deliveries in all (%d redelivered)%n",
                        backend,
                        EVENTS,
                        beforeRestart,
                        receiver.accepted().size(),
                        receiver.accepted().size() - EVENTS);
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
