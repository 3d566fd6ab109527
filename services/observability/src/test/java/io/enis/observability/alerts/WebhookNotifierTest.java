package io.enis.observability.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.testing.HttpReceiver;
import io.enis.observability.tsdb.Labels;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static AlertRule rule(String webhook) {
        return new AlertRule("rule_1", "default", "QueueDeep", "queue_depth", AlertRule.Comparison.of(">"), 10,
                Duration.ZERO, Duration.ZERO, Map.of(), Map.of(), webhook, NOW, NOW);
    }

    private static Alert firing() {
        return new Alert("rule_1", "QueueDeep", Labels.of(Map.of("alertname", "QueueDeep")), Map.of(), Alert.State.FIRING,
                12, NOW, NOW, null, NOW);
    }

    private static double count(SimpleMeterRegistry registry, String result) {
        return registry.get("observability.alert.notifications").tag("result", result).counter().count();
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
             var notifier = new WebhookNotifier(3, Duration.ofMillis(10), null, OutboundPolicy.of("169.254.0.0/16"), registry)) {
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
             var notifier = new WebhookNotifier(3, Duration.ofMillis(10), null, OutboundPolicy.of(OutboundPolicy.DEFAULT), registry)) {
            notifier.notify(rule(hook.url("/hook")), firing());
            awaitCount(registry, "failed");
            assertThat(count(registry, "failed")).isEqualTo(1);
            assertThat(hook.attempts()).isZero();
        }
    }
}
