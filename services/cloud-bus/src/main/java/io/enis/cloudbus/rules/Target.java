package io.enis.cloudbus.rules;

import java.time.Duration;
import java.util.Locale;

/**
 * Where a rule sends matching events.
 *
 * @param id        unique within the rule; names the consumer group and the dead-letter queue
 * @param type      webhook, bus or redis-stream
 * @param address   the URL (webhook), the bus name (bus) or the stream key (redis-stream)
 * @param secret    webhook signing secret (HMAC-SHA256); {@code null} for other types
 * @param transform {@code null}: the event is sent as it is (structured CloudEvent JSON)
 * @param retry       attempts, event age and backoff before the dead-letter queue
 * @param concurrency deliveries in flight at once: 1 (the default) delivers in publication order;
 *                    more trades that order for throughput (up to {@link #MAX_CONCURRENCY})
 */
public record Target(String id, Type type, String address, String secret, InputTransformer transform,
                     RetryPolicy retry, int concurrency) {
    public static final int MAX_CONCURRENCY = 32;

    /** The kinds of target, named in JSON as {@code webhook}, {@code bus}, {@code redis-stream}. */
    public enum Type {
        WEBHOOK, BUS, REDIS_STREAM;

        /** The JSON name ({@code redis-stream}). */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** @throws IllegalArgumentException for a name that is none of the types */
        public static Type fromWireName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * @param maxAttempts  deliveries tried (default 5, at most 100)
     * @param maxEventAge  no attempt after this age (default 24h)
     * @param firstBackoff delay before the first retry, doubled each time with ±20 % jitter, capped at 15 minutes (default 1s)
     */
    public record RetryPolicy(int maxAttempts, Duration maxEventAge, Duration firstBackoff) {
        public static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
        /** 5 attempts, 24h, 1s. */
        public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofHours(24), Duration.ofSeconds(1));

        /** Delay before attempt {@code attempt + 1}, after {@code attempt} failures. */
        public long backoffMillis(int attempt, double jitter) {
            double base = firstBackoff.toMillis() * Math.pow(2, Math.max(0, attempt - 1));
            return (long) Math.min(MAX_BACKOFF.toMillis(), base * (1 + jitter));
        }
    }
}
