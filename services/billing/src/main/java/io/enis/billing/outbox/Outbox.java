package io.enis.billing.outbox;

import io.enis.kit.json.Json;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Appends events to {@code billing_outbox} inside the caller's transaction: the event commits with
 * the change it announces or not at all. {@link OutboxRelay} publishes them. Event types are
 * {@code cloud.enis.billing.} plus {@code invoice.finalized}, {@code invoice.paid},
 * {@code invoice.voided}, {@code invoice.uncollectible}, {@code credit_note.created},
 * {@code payment.succeeded}, {@code payment.failed}.
 */
public final class Outbox {
    /** The CloudEvents type prefix of every billing event. */
    public static final String TYPE_PREFIX = "cloud.enis.billing.";

    private final Clock clock;
    private final boolean enabled;

    private Outbox(Clock clock, boolean enabled) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.enabled = enabled;
    }

    /** An outbox that records every event. */
    public static Outbox of(Clock clock) {
        return new Outbox(clock, true);
    }

    /** An outbox that records nothing: no cloud-bus is configured. */
    public static Outbox disabled() {
        return new Outbox(Clock.systemUTC(), false);
    }

    /**
     * @param type    without the prefix, e.g. {@code invoice.finalized}
     * @param subject what the event is about, e.g. the invoice id
     * @param data    the event's JSON data
     */
    public void append(Handle h, String type, String subject, Map<String, Object> data) {
        if (!enabled) {
            return;
        }
        long now = clock.millis();
        h.createUpdate("""
                        insert into billing_outbox (event_id, type, subject, occurred_at, data, published_at, attempts, next_attempt_at)
                        values (:id, :type, :subject, :at, :data, null, 0, :at)""")
                .bind("id", UUID.randomUUID().toString())
                .bind("type", TYPE_PREFIX + type)
                .bind("subject", subject)
                .bind("at", now)
                .bind("data", Json.write(data))
                .execute();
    }
}
