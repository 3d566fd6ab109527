package io.enis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Json;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.ServiceProcess;
import io.enis.kit.testing.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two services as an operator runs them, from their jars: an observability alert fires and resolves,
 * each transition is published to the cloud-bus as a CloudEvent, a cloud-bus rule routes it, and a
 * webhook receives it signed. Checks the contract between the services (event types, the publish
 * scope, the signature) rather than each one alone.
 */
class AlertsToCloudBusIT {
    private static final Path HOME =
            Path.of(System.getProperty("enis.home", "..")).toAbsolutePath().normalize();
    private static final String ADMIN = "e2e-admin-key-0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String SECRET = "pager-webhook-secret-0123";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path work;

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts {@code service}'s jar on a port it picks itself and waits until it is ready. */
    private ServiceProcess.Bound start(String service, Map<String, String> extra) throws Exception {
        Path jar = HOME.resolve("services/" + service + "/target/enis-" + service + ".jar");
        assertThat(jar).as("build the services first (mvn install)").exists();
        Path dir = Files.createDirectories(work.resolve(service));
        Map<String, String> env = new HashMap<>(Map.of(
                "ENIS_ADMIN_API_KEY", ADMIN, "DATA_DIR", dir.resolve("data").toString()));
        env.putAll(extra);
        var bound = ServiceProcess.startReady(jar.toString(), dir, "stdout.log", env);
        processes.add(bound.process());
        return bound;
    }

    @Test
    void alertTransitionsReachAWebhookThroughACloudBusRule() throws Exception {
        try (var pager = new HttpReceiver()) {
            // the receiver listens on loopback, which the default outbound policy denies
            var busProcess =
                    start("cloud-bus", Map.of("OUTBOUND_DENIED_NETWORKS", "169.254.0.0/16", "POLL_INTERVAL", "10ms"));
            var bus = busProcess.client(ADMIN);
            var rule = bus.post("/v1/buses/default/rules", """
                    {"name": "page-on-call", "pattern": {"type": [{"prefix": "cloud.enis.observability.alert."}],
                      "data": {"commonLabels": {"severity": ["page"]}}},
                     "targets": [{"id": "pager", "type": "webhook", "url": "%s", "secret": "%s"}]}""".formatted(pager.url("/page"), SECRET));
            assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
            var key = bus.post(
                    "/v1/admin/keys", "{\"name\": \"observability-alerts\", \"scopes\": [\"events:publish\"]}");
            assertThat(key.status()).as(key.toString()).isEqualTo(201);

            var observability = start(
                            "observability",
                            Map.of(
                                    "ALERT_EVALUATION_INTERVAL",
                                    "1s",
                                    "ALERT_CLOUD_BUS_URL",
                                    busProcess.baseUrl() + "/v1/events",
                                    "ALERT_CLOUD_BUS_API_KEY",
                                    key.json().get("key").asText()))
                    .client(ADMIN);
            var alert = observability.post("/v1/alerts/rules", """
                    {"name": "QueueBacklog", "query": "queue_depth", "comparison": ">", "threshold": 10,
                     "labels": {"severity": "page"}, "annotations": {"summary": "{{ $labels.queue }} holds {{ $value }}"}}""");
            assertThat(alert.status()).as(alert.toString()).isEqualTo(201);

            gauge(observability, 50);
            var firing = pager.await(1, WAIT).get(0);
            assertSigned(firing);
            assertThat(firing.header("ce-type")).isNull(); // structured mode: the attributes are in the body
            JsonNode event = Json.MAPPER.readTree(firing.body());
            assertThat(event.get("type").asText()).isEqualTo("cloud.enis.observability.alert.firing");
            assertThat(event.get("source").asText()).startsWith("/observability/alerts/rule_");
            assertThat(event.get("subject").asText()).isEqualTo("QueueBacklog");
            assertThat(event.at("/data/alerts/0/annotations/summary").asText()).isEqualTo("mail holds 50");

            gauge(observability, 1);
            var resolved = pager.await(2, WAIT).get(1);
            assertSigned(resolved);
            assertThat(Json.MAPPER.readTree(resolved.body()).get("type").asText())
                    .isEqualTo("cloud.enis.observability.alert.resolved");
        }
    }

    private static void gauge(TestClient observability, double value) {
        var r = observability.post(
                "/v1/metrics/collect",
                "{\"name\":\"queue_depth\",\"labels\":{\"queue\":\"mail\"},\"value\":" + value + ",\"timestamp\":\""
                        + Instant.now() + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Verifies {@code Enis-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">} as a receiver would. */
    private static void assertSigned(HttpReceiver.Request request) throws Exception {
        String header = request.header("Enis-Signature");
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = header.substring(2, header.indexOf(','));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(mac.doFinal((t + "." + request.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(header).endsWith("v1=" + expected);
    }
}
