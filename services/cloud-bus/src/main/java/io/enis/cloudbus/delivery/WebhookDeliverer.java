package io.enis.cloudbus.delivery;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.events.EventTraceContext;
import io.enis.cloudbus.rules.Target;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.tracing.ClientSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs to a webhook. Pass-through bodies are {@code application/cloudevents+json}, transformed ones
 * {@code application/json}. Every request is signed so the receiver can check it came from this bus
 * and was not replayed long after:
 * <pre>
 * Enis-Signature: t=1737453600,v1=&lt;hex HMAC-SHA256(secret, "1737453600" + "." + body)&gt;
 * </pre>
 * Receivers recompute the HMAC over the timestamp, a dot and the raw body, compare in constant time
 * and reject timestamps older than a few minutes. {@code Enis-Delivery-Attempt} carries the attempt
 * number and {@code ce-id} the event id (for de-duplication on the receiver's side). 2xx is success;
 * 4xx other than 408 and 429 is not retried (the request itself is wrong); everything else is.
 *
 * <p>With tracing on, each attempt is a CLIENT span whose parent is the context the event was
 * published in ({@link EventTraceContext}) — a child of the publisher's trace rather than a link to it,
 * so {@code GET /v1/traces/{id}} shows publish, delivery and receiver together — and the request carries
 * that span's {@code traceparent}. Its attributes name the event ({@code cloudevents.event_id},
 * {@code cloudevents.event_type}, {@code cloudevents.event_source}) and the target ({@code enis.cloudbus.target}).
 */
public final class WebhookDeliverer implements Deliverer {
    public static final String SIGNATURE_HEADER = "Enis-Signature";
    private static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    private static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    private static final AttributeKey<String> EVENT_SOURCE = AttributeKey.stringKey("cloudevents.event_source");
    private static final AttributeKey<String> TARGET = AttributeKey.stringKey("enis.cloudbus.target");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration timeout;
    private final OutboundPolicy outbound;
    private final Clock clock;
    private final ClientSpans spans;
    private final EventTraceContext traces;

    /**
     * @param timeout  time limit of one call
     * @param outbound destinations refused (not retried) before any request is sent
     * @param spans    the service's outbound spans (sends unchanged when tracing is off)
     * @param traces   reads the trace context stored with each event
     */
    public WebhookDeliverer(
            Duration timeout, OutboundPolicy outbound, Clock clock, ClientSpans spans, EventTraceContext traces) {
        this.timeout = timeout;
        this.outbound = outbound;
        this.clock = clock;
        this.spans = spans;
        this.traces = traces;
    }

    @Override
    public void deliver(Target target, CloudEvent event, String body, int attempt) throws DeliveryException {
        URI url = URI.create(target.address());
        var refusal = outbound.refusal(url);
        if (refusal.isPresent()) {
            throw new DeliveryException("webhook " + target.address() + " refused: " + refusal.get(), false);
        }
        long t = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header(
                        "Content-Type",
                        target.transform() == null ? "application/cloudevents+json" : "application/json")
                .header("User-Agent", "enis-cloud-bus")
                .header(SIGNATURE_HEADER, "t=" + t + ",v1=" + sign(target.secret(), t, body))
                .header("Enis-Delivery-Attempt", String.valueOf(attempt))
                .header("ce-id", event.id())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = spans.send(
                    http,
                    request,
                    HttpResponse.BodyHandlers.ofString(),
                    traces.parentOf(event),
                    attempt,
                    Attributes.of(
                            EVENT_ID,
                            event.id(),
                            EVENT_TYPE,
                            event.type(),
                            EVENT_SOURCE,
                            event.source(),
                            TARGET,
                            target.id()));
        } catch (IOException e) {
            throw new DeliveryException("webhook " + target.address() + " unreachable: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", true);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String answer = response.body() == null ? "" : response.body();
        boolean retryable = status >= 500 || status == 408 || status == 429;
        throw new DeliveryException(
                "webhook answered HTTP " + status
                        + (answer.isEmpty() ? "" : ": " + answer.substring(0, Math.min(200, answer.length()))),
                retryable);
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body} with {@code secret}. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
