package io.enis.observability.alerts;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.enis.kit.app.DaemonThreads;
import io.enis.kit.json.Json;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.tracing.ClientSpans;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.context.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alert state changes to a rule's webhook in Alertmanager's webhook format (version 4), so
 * receivers written for Alertmanager work unchanged, and, when configured, to the cloud-bus as
 * CloudEvents so its rules can route them. Delivery is asynchronous and retried with
 * exponential backoff and jitter (Failsafe) on connection errors, 429 and 5xx, up to
 * {@code maxAttempts}; then it is dropped, logged and counted in
 * {@code observability_alert_notifications_total{result="failed"}}. With tracing on, every attempt is a
 * CLIENT span (in the context {@link #notify} was called in; from the evaluator, a new trace) whose
 * {@code traceparent} the webhook or the cloud-bus receives, so the bus' deliveries of an alert's event
 * join the alert's trace.
 */
public final class WebhookNotifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService executor =
            Executors.newScheduledThreadPool(2, DaemonThreads.named("alert-webhooks"));
    private final RetryPolicy<HttpResponse<Void>> retry;
    private final Counter delivered;
    private final Counter failed;

    private static final AttributeKey<String> ALERT_RULE = AttributeKey.stringKey("enis.alert.rule");
    private final CloudBusTarget cloudBus;
    private final OutboundPolicy outbound;
    private final ClientSpans spans;

    /**
     * Where every alert transition is also published as a CloudEvent (binary mode): the cloud-bus
     * publish URL and an API key with {@code events:publish}.
     */
    public record CloudBusTarget(String url, String apiKey) {}

    /**
     * @param firstBackoff delay before the first retry; doubles up to 30 times that, with 20% jitter
     * @param cloudBus     {@code null}: alerts go to the rules' webhooks only
     * @param outbound     rules' webhooks in these networks are not called (checked before each send;
     *                     the operator-configured cloud-bus URL is not subject to it)
     * @param spans        the service's outbound spans (requests unchanged when tracing is off)
     */
    public WebhookNotifier(
            int maxAttempts,
            Duration firstBackoff,
            CloudBusTarget cloudBus,
            OutboundPolicy outbound,
            MeterRegistry registry,
            ClientSpans spans) {
        this.cloudBus = cloudBus;
        this.outbound = outbound;
        this.spans = spans;
        this.retry = RetryPolicy.<HttpResponse<Void>>builder()
                .handle(IOException.class)
                .handleResultIf(r -> r.statusCode() == 429 || r.statusCode() >= 500)
                .withBackoff(firstBackoff, firstBackoff.multipliedBy(30))
                .withJitter(0.2)
                .withMaxAttempts(maxAttempts)
                .build();
        this.delivered = Counter.builder("observability.alert.notifications")
                .tag("result", "delivered")
                .register(registry);
        this.failed = Counter.builder("observability.alert.notifications")
                .tag("result", "failed")
                .register(registry);
    }

    /**
     * Queues the notification of {@code alert}'s new state to the rule's webhook, if it has one, and
     * to the cloud-bus, if configured: a CloudEvent of type
     * {@code cloud.enis.observability.alert.firing|resolved}, source
     * {@code /observability/alerts/<rule id>}, subject the rule name, the same JSON as data.
     */
    public void notify(AlertRule rule, Alert alert) {
        String body = Json.write(payload(alert));
        if (rule.webhookUrl() != null) {
            send(rule, alert, base(rule.webhookUrl(), body).build(), outbound);
        }
        if (cloudBus != null) {
            String status = alert.state() == Alert.State.RESOLVED ? "resolved" : "firing";
            Instant at = alert.resolvedAt() != null
                    ? alert.resolvedAt()
                    : alert.firedAt() != null ? alert.firedAt() : alert.activeAt();
            send(
                    rule,
                    alert,
                    base(cloudBus.url(), body)
                            .header("Authorization", "Bearer " + cloudBus.apiKey())
                            .header("ce-specversion", "1.0")
                            .header(
                                    "ce-id",
                                    rule.id() + "-"
                                            + Integer.toHexString(alert.labels().hashCode()) + "-" + status + "-"
                                            + at.toEpochMilli())
                            .header("ce-source", "/observability/alerts/" + rule.id())
                            .header("ce-type", "cloud.enis.observability.alert." + status)
                            .header("ce-subject", rule.name())
                            .header("ce-time", at.toString())
                            .build(),
                    OutboundPolicy.NONE);
        }
    }

    private static HttpRequest.Builder base(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "enis-observability")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private void send(AlertRule rule, Alert alert, HttpRequest request, OutboundPolicy destinations) {
        Context caller = Context.current();
        Attributes attributes = Attributes.of(ALERT_RULE, rule.name());
        Failsafe.with(retry)
                .with(executor)
                .getAsync(attempt -> {
                    var refusal = destinations.refusal(request.uri());
                    if (refusal.isPresent()) {
                        throw new IllegalArgumentException("refused: " + refusal.get());
                    }
                    return spans.send(
                            http,
                            request,
                            HttpResponse.BodyHandlers.discarding(),
                            caller,
                            attempt.getAttemptCount() + 1,
                            attributes);
                })
                .whenComplete((response, error) -> {
                    if (error == null && response.statusCode() < 300) {
                        delivered.increment();
                    } else {
                        failed.increment();
                        LOG.warn(
                                "alert {} ({}): notification to {} failed after retries: {}",
                                rule.name(),
                                alert.state(),
                                request.uri(),
                                error == null
                                        ? "HTTP " + response.statusCode()
                                        : error.getMessage() != null ? error.getMessage() : error.toString());
                    }
                });
    }

    static Map<String, Object> payload(Alert alert) {
        String status = alert.state() == Alert.State.RESOLVED ? "resolved" : "firing";
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("status", status);
        a.put("labels", alert.labels().toMap());
        a.put("annotations", alert.annotations());
        a.put("startsAt", String.valueOf(alert.firedAt() != null ? alert.firedAt() : alert.activeAt()));
        a.put(
                "endsAt",
                alert.resolvedAt() == null
                        ? "0001-01-01T00:00:00Z"
                        : alert.resolvedAt().toString());
        a.put("fingerprint", Integer.toHexString(alert.labels().hashCode()));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("version", "4");
        p.put("status", status);
        p.put("receiver", "enis-observability");
        p.put("groupLabels", Map.of("alertname", alert.ruleName()));
        p.put("commonLabels", alert.labels().toMap());
        p.put("commonAnnotations", alert.annotations());
        p.put("alerts", List.of(a));
        return p;
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
