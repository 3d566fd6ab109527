package io.enis.kit.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.testing.HttpReceiver;
import io.enis.kit.testing.OtlpExports;
import io.enis.kit.testing.OtlpExports.ExportedSpan;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Outbound calls as CLIENT spans whose context the receiver gets in {@code traceparent}. */
class ClientSpansTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Tracing exportingTo(HttpReceiver collector) {
        return Tracing.start(
                new TracingSettings(
                        Optional.of(URI.create(collector.url(""))),
                        TracingSettings.Protocol.HTTP_PROTOBUF,
                        Map.of(),
                        "caller",
                        1.0,
                        Duration.ofMinutes(1),
                        Duration.ofSeconds(5)),
                "test");
    }

    private static HttpRequest post(HttpReceiver receiver) {
        return HttpRequest.newBuilder(URI.create(receiver.url("/hook/s3cr3t-token")))
                .header("traceparent", "stale")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    @Test
    void theReceiverGetsTheClientSpansContextAndTheSpanIsAChildOfTheGivenParent() throws Exception {
        try (var collector = new HttpReceiver();
                var receiver = new HttpReceiver().failFirst(1, 503)) {
            Tracing tracing = exportingTo(collector);
            Span parent = tracing.tracer().spanBuilder("publish").startSpan();
            Context context = Context.root().with(parent);
            var spans = new ClientSpans(tracing);

            HttpResponse<Void> first = spans.send(
                    HTTP,
                    post(receiver),
                    HttpResponse.BodyHandlers.discarding(),
                    context,
                    1,
                    Attributes.of(AttributeKey.stringKey("cloudevents.event_id"), "e-1"));
            HttpResponse<Void> second = spans.send(
                    HTTP, post(receiver), HttpResponse.BodyHandlers.discarding(), context, 2, Attributes.empty());
            parent.end();
            tracing.close();
            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(second.statusCode()).isEqualTo(200);

            String traceparent = receiver.accepted().get(0).header("traceparent");
            String traceId = parent.getSpanContext().getTraceId();
            assertThat(traceparent)
                    .matches("00-" + traceId
                            + "-[0-9a-f]{16}-0[13]"); // sampled (and, from SDK 1.6x, the random-trace-id flag)
            String delivered = traceparent.substring(36, 52);

            var exported = OtlpExports.spans(collector.accepted());
            ExportedSpan ok = exported.stream()
                    .filter(s -> s.spanId().equals(delivered))
                    .findFirst()
                    .orElseThrow();
            assertThat(ok.kind()).isEqualTo("client");
            assertThat(ok.name()).isEqualTo("POST");
            assertThat(ok.traceId()).isEqualTo(traceId);
            assertThat(ok.parentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
            assertThat(ok.error()).isFalse();
            assertThat(ok.attributes())
                    .containsEntry("http.request.method", "POST")
                    .containsEntry("server.address", "127.0.0.1")
                    .containsEntry("http.response.status_code", "200")
                    .containsEntry("http.request.resend_count", "1")
                    .containsEntry("url.scheme", "http");
            assertThat(ok.attributes().values())
                    .as("a webhook's path is its secret")
                    .noneMatch(v -> v.contains("s3cr3t"));

            ExportedSpan failed = exported.stream()
                    .filter(s -> "503".equals(s.attribute("http.response.status_code")))
                    .findFirst()
                    .orElseThrow();
            assertThat(failed.error()).isTrue();
            assertThat(failed.attributes())
                    .containsEntry("error.type", "503")
                    .containsEntry("cloudevents.event_id", "e-1")
                    .doesNotContainKey("http.request.resend_count");
        }
    }

    @Test
    void anUnreachableReceiverIsRecordedAsAnErrorOfItsExceptionClass() throws Exception {
        try (var collector = new HttpReceiver()) {
            Tracing tracing = exportingTo(collector);
            var closed = new HttpReceiver();
            HttpRequest request = post(closed);
            closed.close();
            try {
                new ClientSpans(tracing).send(HTTP, request, HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException expected) {
                // recorded on the span
            }
            tracing.close();
            assertThat(OtlpExports.spans(collector.accepted())).singleElement().satisfies(s -> {
                assertThat(s.error()).isTrue();
                assertThat(s.attribute("error.type")).startsWith("java.");
                assertThat(s.parentSpanId()).as("no current span: a new trace").isNull();
            });
        }
    }

    @Test
    void withTracingOffTheRequestIsSentUnchanged() throws Exception {
        try (var receiver = new HttpReceiver()) {
            var response =
                    new ClientSpans(Tracing.off()).send(HTTP, post(receiver), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(receiver.accepted().get(0).header("traceparent")).isEqualTo("stale");
        }
    }
}
