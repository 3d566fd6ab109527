package io.enis.cloudbus.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.events.EventTraceContext;
import io.enis.cloudbus.rules.Target;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.OtlpExports;
import io.enis.kit.tracing.ClientSpans;
import io.enis.kit.tracing.Tracing;
import io.enis.kit.tracing.TracingSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookDelivererTest {
    private static final CloudEvent EVENT = CloudEvent.fromJson(
            "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/t\",\"type\":\"t\",\"data\":{\"n\":1}}");

    private static WebhookDeliverer deliverer(OutboundPolicy outbound, Tracing tracing) {
        return new WebhookDeliverer(Duration.ofSeconds(5), outbound, Clock.systemUTC(), new ClientSpans(tracing),
                new EventTraceContext(tracing.propagator()));
    }

    private static Target hook(HttpReceiver receiver) {
        return new Target("hook", Target.Type.WEBHOOK, receiver.url("/hook"), "0123456789abcdef-secret", null,
                new Target.RetryPolicy(5, Duration.ofHours(1), Duration.ofSeconds(1)), 1);
    }

    @Test
    void signsTheTimestampAndBody() throws Exception {
        try (var receiver = new HttpReceiver()) {
            var deliverer = deliverer(OutboundPolicy.of("169.254.0.0/16"), Tracing.off());
            deliverer.deliver(hook(receiver), EVENT, EVENT.json().toString(), 1);
            var request = receiver.accepted().get(0);
            String t = request.header("Enis-Signature").replaceAll("t=(\\d+),v1=.*", "$1");
            assertThat(request.header("Enis-Signature"))
                    .isEqualTo("t=" + t + ",v1=" + WebhookDeliverer.sign("0123456789abcdef-secret", Long.parseLong(t), request.body()));
            assertThat(request.header("Enis-Delivery-Attempt")).isEqualTo("1");
            assertThat(request.header("traceparent")).as("tracing off").isNull();
        }
    }

    @Test
    void withTracingOnTheDeliveryIsAClientSpanInTheTraceStoredWithTheEvent() throws Exception {
        String published = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        CloudEvent event = CloudEvent.fromJson("{\"specversion\":\"1.0\",\"id\":\"e-2\",\"source\":\"/t\",\"type\":\"t\","
                + "\"traceparent\":\"" + published + "\"}");
        try (var collector = new HttpReceiver(); var receiver = new HttpReceiver()) {
            Tracing tracing = Tracing.start(new TracingSettings(Optional.of(URI.create(collector.url(""))),
                    TracingSettings.Protocol.HTTP_PROTOBUF, Map.of(), "cloud-bus", 1.0, Duration.ofMinutes(1), Duration.ofSeconds(5)), "test");
            deliverer(OutboundPolicy.of("169.254.0.0/16"), tracing).deliver(hook(receiver), event, event.toJson(), 3);
            tracing.close();

            String traceparent = receiver.accepted().get(0).header("traceparent");
            assertThat(traceparent).startsWith("00-0af7651916cd43dd8448eb211c80319c-").doesNotContain("b7ad6b7169203331");
            assertThat(OtlpExports.spans(collector.accepted())).singleElement().satisfies(span -> {
                assertThat(span.kind()).isEqualTo("client");
                assertThat(span.parentSpanId()).isEqualTo("b7ad6b7169203331");
                assertThat(span.spanId()).isEqualTo(traceparent.substring(36, 52));
                assertThat(span.attributes()).containsEntry("cloudevents.event_id", "e-2").containsEntry("enis.cloudbus.target", "hook")
                        .containsEntry("http.request.resend_count", "2");
            });
        }
    }

    @Test
    void aDestinationInADeniedNetworkIsRefusedBeforeAnyRequestAndNotRetried() throws Exception {
        try (var receiver = new HttpReceiver()) {
            var deliverer = deliverer(OutboundPolicy.of(OutboundPolicy.DEFAULT), Tracing.off());
            assertThatThrownBy(() -> deliverer.deliver(hook(receiver), EVENT, EVENT.json().toString(), 1))
                    .isInstanceOf(Deliverer.DeliveryException.class)
                    .hasMessageContaining("refused: destination 127.0.0.1 is in the denied network 127.0.0.0/8")
                    .satisfies(e -> assertThat(((Deliverer.DeliveryException) e).retryable()).isFalse());
            assertThat(receiver.attempts()).isZero();
        }
    }
}
