package io.enis.observability.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.OtlpExports;
import io.enis.kit.tracing.ClientSpans;
import io.enis.kit.tracing.Tracing;
import io.enis.kit.tracing.TracingSettings;
import io.enis.observability.tsdb.Labels;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static AlertRule rule(String webhook) {
        return new AlertRule(
                "rule_1",
                "default",
                "QueueDeep",
                "queue_depth",
                AlertRule.Comparison.of(">"),
                10,
                Duration.ZERO,
                Duration.ZERO,
                Map.of(),
                Map.of(),
                webhook,
                NOW,
                NOW);
    }

    private static Alert firing() {
        return new Alert(
                "rule_1",
                "QueueDeep",
                Labels.of(Map.of("alertname", "QueueDeep")),
                Map.of(),
                Alert.State.FIRING,
                12,
                NOW,
                NOW,
                null,
                NOW);
    }

    private static double count(SimpleMeterRegistry registry, String result) {
        return registry.get("observability.alert.notifications")
                .tag("result", result)
                .counter()
                .count();
    }

    private static void awaitCount(SimpleMeterRegistry registry, String result) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (count(registry, result) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void aWebhookInAnAllowedNetworkGetsTheAlert() throws Exception {
        var registry = new SimpleMeterRegistry();
        try (var hook = new HttpReceiver();
                var notifier = new WebhookNotifier(
                        3,
                        Duration.ofMillis(10),
                        null,
                        OutboundPolicy.of("169.254.0.0/16"),
                        registry,
                        new ClientSpans(Tracing.off()))) {
            notifier.notify(rule(hook.url("/hook")), firing());
            awaitCount(registry, "delivered");
            assertThat(count(registry, "delivered")).isEqualTo(1);
            assertThat(hook.accepted().get(0).body()).contains("\"status\":\"firing\"");
        }
    }

    @Test
    void aWebhookThatNowResolvesIntoADeniedNetworkIsNotCalledNorRetried() throws Exception {
        var registry = new SimpleMeterRegistry();
        try (var hook = new HttpReceiver();
                var notifier = new WebhookNotifier(
                        3,
                        Duration.ofMillis(10),
                        null,
                        OutboundPolicy.of(OutboundPolicy.DEFAULT),
                        registry,
                        new ClientSpans(Tracing.off()))) {
            notifier.notify(rule(hook.url("/hook")), firing());
            awaitCount(registry, "failed");
            assertThat(count(registry, "failed")).isEqualTo(1);
            assertThat(hook.attempts()).isZero();
        }
    }

    @Test
    void withTracingOnTheWebhookAndTheCloudBusGetTheTraceparentOfTheirClientSpans() throws Exception {
        var registry = new SimpleMeterRegistry();
        try (var collector = new HttpReceiver();
                var hook = new HttpReceiver();
                var bus = new HttpReceiver().failFirst(1, 503)) {
            Tracing tracing = Tracing.start(
                    new TracingSettings(
                            Optional.of(URI.create(collector.url(""))),
                            TracingSettings.Protocol.HTTP_PROTOBUF,
                            Map.of(),
                            "observability",
                            1.0,
                            Duration.ofMinutes(1),
                            Duration.ofSeconds(5)),
                    "test");
            try (var notifier = new WebhookNotifier(
                    3,
                    Duration.ofMillis(10),
                    new WebhookNotifier.CloudBusTarget(bus.url("/v1/events"), "k"),
                    OutboundPolicy.of("169.254.0.0/16"),
                    registry,
                    new ClientSpans(tracing))) {
                notifier.notify(rule(hook.url("/hook")), firing());
                hook.await(1, Duration.ofSeconds(20));
                bus.await(1, Duration.ofSeconds(20));
            }
            tracing.close();
            String toHook = hook.accepted().get(0).header("traceparent");
            String toBus = bus.accepted().get(0).header("traceparent");
            assertThat(toHook).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[13]");
            assertThat(toBus).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[13]");
            var spans = OtlpExports.spans(collector.accepted());
            assertThat(spans)
                    .as("one span per attempt: the hook's, the bus' 503 and its retry")
                    .hasSize(3)
                    .allSatisfy(s -> assertThat(s.kind()).isEqualTo("client"))
                    .allSatisfy(s -> assertThat(s.attribute("enis.alert.rule")).isEqualTo("QueueDeep"))
                    .anySatisfy(s -> assertThat(s.spanId()).isEqualTo(toHook.substring(36, 52)))
                    .anySatisfy(s -> {
                        assertThat(s.spanId()).isEqualTo(toBus.substring(36, 52));
                        assertThat(s.attribute("http.request.resend_count")).isEqualTo("1");
                    });
        }
    }
}
