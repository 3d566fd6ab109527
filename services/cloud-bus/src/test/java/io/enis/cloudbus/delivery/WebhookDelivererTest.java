package io.enis.cloudbus.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.Target;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.testing.HttpReceiver;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookDelivererTest {
    private static final CloudEvent EVENT = CloudEvent.fromJson(
            "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/t\",\"type\":\"t\",\"data\":{\"n\":1}}");

    private static Target hook(HttpReceiver receiver) {
        return new Target("hook", Target.Type.WEBHOOK, receiver.url("/hook"), "0123456789abcdef-secret", null,
                new Target.RetryPolicy(5, Duration.ofHours(1), Duration.ofSeconds(1)), 1, Map.of());
    }

    @Test
    void signsTheTimestampAndBody() throws Exception {
        try (var receiver = new HttpReceiver()) {
            var deliverer = new WebhookDeliverer(Duration.ofSeconds(5), OutboundPolicy.of("169.254.0.0/16"), Clock.systemUTC());
            deliverer.deliver(hook(receiver), EVENT, EVENT.json().toString(), 1);
            var request = receiver.accepted().get(0);
            String t = request.header("Enis-Signature").replaceAll("t=(\\d+),v1=.*", "$1");
            assertThat(request.header("Enis-Signature"))
                    .isEqualTo("t=" + t + ",v1=" + WebhookDeliverer.sign("0123456789abcdef-secret", Long.parseLong(t), request.body()));
            assertThat(request.header("Enis-Delivery-Attempt")).isEqualTo("1");
        }
    }

    @Test
    void aDestinationInADeniedNetworkIsRefusedBeforeAnyRequestAndNotRetried() throws Exception {
        try (var receiver = new HttpReceiver()) {
            var deliverer = new WebhookDeliverer(Duration.ofSeconds(5), OutboundPolicy.of(OutboundPolicy.DEFAULT), Clock.systemUTC());
            assertThatThrownBy(() -> deliverer.deliver(hook(receiver), EVENT, EVENT.json().toString(), 1))
                    .isInstanceOf(Deliverer.DeliveryException.class)
                    .hasMessageContaining("refused: destination 127.0.0.1 is in the denied network 127.0.0.0/8")
                    .satisfies(e -> assertThat(((Deliverer.DeliveryException) e).retryable()).isFalse());
            assertThat(receiver.attempts()).isZero();
        }
    }
}
