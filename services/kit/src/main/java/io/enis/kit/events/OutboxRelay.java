package io.enis.kit.events;

import io.enis.kit.json.Json;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Publishes {@link EventOutbox} events ({@code kit_outbox}) to the cloud-bus ({@link CloudBusTarget}:
 * {@code CLOUD_BUS_URL}, e.g. {@code http://cloud-bus.cloud-bus.svc/v1/events}, with a key holding
 * {@code events:publish}) as structured-mode CloudEvents 1.0 ({@code application/cloudevents+json},
 * source {@code /<service>},
 * the event id also as {@code Idempotency-Key}), in the order they were written. At least once: an
 * event is marked published only after a 2xx, so a crash in between sends it again under the same
 * id; a failure is retried after 1, 2, 4 … seconds, at most 5 minutes apart, and holds back the
 * later events until it passes (consumers see invoice.finalized before invoice.paid). Run it on the
 * {@link io.enis.kit.jobs.LeaderLease lease} holder only.
 */
public final class OutboxRelay {
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final Jdbi jdbi;
    private final Clock clock;
    private final String service;
    private final CloudBusTarget target;
    private final HttpClient http;

    /**
     * @param service the publishing service, e.g. {@code billing}: the events' source {@code /billing}
     * @param target  where events go and the key they are sent with
     */
    public OutboxRelay(Jdbi jdbi, Clock clock, String service, CloudBusTarget target, HttpClient http) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.service = Objects.requireNonNull(service, "service");
        this.target = Objects.requireNonNull(target, "target");
        this.http = Objects.requireNonNull(http, "http");
    }

    /** A relay with its own HTTP client (5 s connect timeout, 10 s per request). */
    public static OutboxRelay to(CloudBusTarget target, Jdbi jdbi, Clock clock, String service) {
        return new OutboxRelay(
                jdbi,
                clock,
                service,
                target,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private record Pending(
            long id,
            String eventId,
            String type,
            String subject,
            long occurredAt,
            String data,
            int attempts,
            long nextAttemptAt) {}

    /**
     * Sends up to {@code max} due events; stops at the first failure (it is rescheduled).
     *
     * @return how many were published
     */
    public int publishDue(int max) {
        long now = clock.millis();
        List<Pending> due = jdbi.withHandle(h -> h.createQuery("""
                        select id, event_id, type, subject, occurred_at, data, attempts, next_attempt_at from kit_outbox
                        where published_at is null order by id limit :max""")
                .bind("max", max)
                .map((rs, c) -> new Pending(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getLong(8)))
                .list());
        int published = 0;
        for (Pending p : due) {
            if (p.nextAttemptAt() > now) {
                break; // in order: a failed event holds back the later ones until its retry
            }
            String error = send(p);
            if (error == null) {
                jdbi.useHandle(h -> h.createUpdate(
                                "update kit_outbox set published_at = :now, attempts = attempts + 1 where id = :id")
                        .bind("now", clock.millis())
                        .bind("id", p.id())
                        .execute());
                published++;
            } else {
                long backoff = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(p.attempts(), 20));
                jdbi.useHandle(h -> h.createUpdate("""
                                update kit_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :error where id = :id""")
                        .bind("next", clock.millis() + backoff)
                        .bind("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                        .bind("id", p.id())
                        .execute());
                break;
            }
        }
        return published;
    }

    /** Events not yet published. */
    public long backlog() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from kit_outbox where published_at is null")
                .mapTo(Long.class)
                .one());
    }

    /** @return null when the cloud-bus accepted the event, else why not */
    private String send(Pending p) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", p.eventId());
        event.put("source", "/" + service);
        event.put("type", p.type());
        event.put("subject", p.subject());
        event.put("time", Instant.ofEpochMilli(p.occurredAt()).toString());
        event.put("datacontenttype", "application/json");
        event.put("data", Json.parse(p.data().getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(target.url())
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/cloudevents+json")
                .header("Authorization", "Bearer " + target.apiKey())
                .header("Idempotency-Key", p.eventId())
                .header("User-Agent", "enis-" + service)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.writeBytes(event)))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "cloud-bus answered " + response.statusCode();
        } catch (IOException e) {
            return "cloud-bus unreachable: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
