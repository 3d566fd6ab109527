package io.enis.cloudbus;

import io.enis.kit.config.Settings;
import io.enis.kit.outbound.OutboundPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of the cloud-bus service (beyond the kit's common ones).
 *
 * @param redisUrl           {@code REDIS_URL} (with {@code REDIS_PASSWORD} added); absent: the event log lives in the service database
 * @param consumerName       {@code CONSUMER_NAME}: this instance's consumer name, default the host name
 * @param dedupWindow        {@code DEDUP_WINDOW}, default 1h
 * @param retention          {@code STREAM_RETENTION}: events kept in the stream, default 24h
 * @param maxEventBytes      {@code MAX_EVENT_BYTES}, default 262144 (256 KiB, as EventBridge)
 * @param maxEventsPerRequest {@code MAX_EVENTS_PER_REQUEST}, default 100
 * @param claimTimeout       {@code CLAIM_TIMEOUT}: pending longer than this on a consumer → taken over, default 60s
 * @param pollInterval       {@code POLL_INTERVAL}, default 50ms
 * @param deliveryThreads    {@code DELIVERY_THREADS}, default 4
 * @param webhookTimeout     {@code WEBHOOK_TIMEOUT}, default 10s
 * @param outbound           {@code OUTBOUND_DENIED_NETWORKS}: networks webhook targets may not reach (see {@link OutboundPolicy})
 */
public record CloudBusConfig(
        Optional<String> redisUrl,
        String consumerName,
        Duration dedupWindow,
        Duration retention,
        int maxEventBytes,
        int maxEventsPerRequest,
        Duration claimTimeout,
        Duration pollInterval,
        int deliveryThreads,
        Duration webhookTimeout,
        OutboundPolicy outbound) {

    /** {@code url} with {@code password} as its userinfo, unless the URL already carries credentials. */
    static String withPassword(String url, Optional<String> password) {
        if (password.isEmpty()) {
            return url;
        }
        int scheme = url.indexOf("://") + 3;
        int slash = url.indexOf('/', scheme);
        String authority = slash < 0 ? url.substring(scheme) : url.substring(scheme, slash);
        if (authority.contains("@")) {
            return url;
        }
        String encoded = URLEncoder.encode(password.get(), StandardCharsets.UTF_8);
        return url.substring(0, scheme) + ":" + encoded + "@" + url.substring(scheme);
    }

    static CloudBusConfig read(Settings s) {
        Optional<String> redis = s.optional(
                "REDIS_URL",
                "Redis URL (redis://[user:password@]host:6379 or rediss:// for TLS); "
                        + "absent: the event log is kept in the service database (one replica only)");
        redis.filter(u -> !u.startsWith("redis://") && !u.startsWith("rediss://"))
                .ifPresent(u -> s.reject("REDIS_URL: must start with redis:// or rediss://"));
        Optional<String> password = s.optional(
                "REDIS_PASSWORD",
                "Redis AUTH password or ElastiCache auth token, when not in REDIS_URL (the stacks inject it from Secrets Manager)");
        redis = redis.map(u -> withPassword(u, password));
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("cloud-bus");
        return new CloudBusConfig(
                redis,
                s.matching(
                        "CONSUMER_NAME",
                        host,
                        Pattern.compile("[A-Za-z0-9._-]{1,100}"),
                        "1-100 of A-Z a-z 0-9 . _ -",
                        "this instance's consumer name in the groups (stable across restarts of the same instance)"),
                s.duration(
                        "DEDUP_WINDOW",
                        Duration.ofHours(1),
                        Duration.ofSeconds(1),
                        "how long (source, id) duplicates are detected"),
                s.duration(
                        "STREAM_RETENTION",
                        Duration.ofHours(24),
                        Duration.ofMinutes(1),
                        "how long events stay in a bus stream"),
                s.integer("MAX_EVENT_BYTES", 256 * 1024, 1024, 1024 * 1024, "largest event accepted"),
                s.integer("MAX_EVENTS_PER_REQUEST", 100, 1, 10_000, "events per batched publish"),
                s.duration(
                        "CLAIM_TIMEOUT",
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(1),
                        "an entry pending this long on a consumer is taken over (the consumer is presumed dead)"),
                s.duration(
                        "POLL_INTERVAL",
                        Duration.ofMillis(50),
                        Duration.ofMillis(1),
                        "how often an idle target looks for events"),
                s.integer("DELIVERY_THREADS", 4, 1, 256, "threads delivering to targets"),
                s.duration(
                        "WEBHOOK_TIMEOUT",
                        Duration.ofSeconds(10),
                        Duration.ofMillis(100),
                        "time limit of one webhook call"),
                OutboundPolicy.read(s));
    }
}
