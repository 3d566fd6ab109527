package io.enis.kit.events;

import io.enis.kit.json.Json;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Appends events to the kit's {@code kit_outbox} table inside the caller's transaction: the event
 * commits with the change it announces or not at all. {@link OutboxRelay} publishes them to the
 * cloud-bus. Every event's CloudEvents type is {@code cloud.enis.<service>.} plus the type given,
 * e.g. {@code cloud.enis.billing.invoice.paid}; a disabled outbox (no cloud-bus configured)
 * records nothing.
 */
public final class EventOutbox {
    private final Clock clock;
    private final String typePrefix;
    private final boolean enabled;

    private EventOutbox(Clock clock, String service, boolean enabled) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.typePrefix = "cloud.enis." + Objects.requireNonNull(service, "service") + ".";
        this.enabled = enabled;
    }

    /** An outbox that records every event of {@code service} (e.g. {@code billing}). */
    public static EventOutbox of(Clock clock, String service) {
        return new EventOutbox(clock, service, true);
    }

    /** An outbox that records nothing: no cloud-bus is configured. */
    public static EventOutbox disabled() {
        return new EventOutbox(Clock.systemUTC(), "disabled", false);
    }

    /** The CloudEvents type prefix of this service's events, e.g. {@code cloud.enis.billing.}. */
    public String typePrefix() {
        return typePrefix;
    }

    /** Whether events are recorded at all. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Records one event in {@code h}'s transaction.
     *
     * @param type    without the prefix, e.g. {@code invoice.finalized}
     * @param subject what the event is about, e.g. the invoice id (at most 200 characters)
     * @param data    the event's JSON data
     */
    public void append(Handle h, String type, String subject, Map<String, Object> data) {
        if (!enabled) {
            return;
        }
        long now = clock.millis();
        h.createUpdate("""
                        insert into kit_outbox (event_id, type, subject, occurred_at, data, published_at, attempts, next_attempt_at)
                        values (:id, :type, :subject, :at, :data, null, 0, :at)""")
                .bind("id", UUID.randomUUID().toString())
                .bind("type", typePrefix + type)
                .bind("subject", subject)
                .bind("at", now)
                .bind("data", Json.write(data))
                .execute();
    }
}
