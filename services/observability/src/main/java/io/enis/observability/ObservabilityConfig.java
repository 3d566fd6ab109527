package io.enis.observability;

import io.enis.kit.config.Settings;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.kit.tracing.OtlpHeaders;
import io.enis.observability.alerts.WebhookNotifier.CloudBusTarget;
import io.enis.observability.backend.RemoteSettings;
import io.enis.observability.tsdb.WriteAheadLog;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of the observability service (beyond the kit's common ones).
 *
 * @param retention            {@code METRICS_RETENTION}, default 15d
 * @param outOfOrderWindow     {@code OUT_OF_ORDER_WINDOW}, default 10m
 * @param maxSeriesPerTenant   {@code MAX_SERIES_PER_TENANT}, default 100000
 * @param maxSamplesPerRequest {@code MAX_SAMPLES_PER_REQUEST}, default 10000 (collect and remote write)
 * @param maxRemoteWriteBytes  {@code MAX_REMOTE_WRITE_BYTES}: most bytes a remote-write body may have once
 *                             uncompressed, default 8 MiB (the compressed body is bounded by {@code MAX_REQUEST_BYTES})
 * @param walSync              {@code WAL_SYNC}: ALWAYS (fsync before acknowledging, the default), INTERVAL
 *                             (acknowledge once written, fsync every {@code WAL_SYNC_INTERVAL}) or NONE (benchmarks)
 * @param walSyncInterval      {@code WAL_SYNC_INTERVAL}: fsync period of INTERVAL, default 200ms
 * @param checkpointInterval   {@code CHECKPOINT_INTERVAL}: how often the store is checkpointed (and the log
 *                             before it deleted), default 30m; also at shutdown
 * @param traceRetention       {@code TRACE_RETENTION}, default 24h (spans are in the service database)
 * @param maxSpansPerTenant    {@code TRACE_MAX_SPANS}, default 500000 (enforced every minute)
 * @param maxSpansPerRequest   {@code MAX_SPANS_PER_REQUEST}, default 5000
 * @param alertInterval        {@code ALERT_EVALUATION_INTERVAL}, default 15s
 * @param webhookAttempts      {@code ALERT_WEBHOOK_MAX_ATTEMPTS}, default 5
 * @param webhookBackoff       {@code ALERT_WEBHOOK_BACKOFF}: first retry delay, default 1s
 * @param cloudBus             {@code ALERT_CLOUD_BUS_URL} + {@code ALERT_CLOUD_BUS_API_KEY}: where alert
 *                             transitions are published as CloudEvents; absent: nowhere
 * @param outbound             {@code OUTBOUND_DENIED_NETWORKS}: networks alert webhooks may not reach (see {@link OutboundPolicy})
 * @param metrics              {@code METRICS_BACKEND} and the remote engine's settings (see {@link RemoteSettings})
 * @param tracesForward        {@code TRACES_FORWARD_URL} + {@code TRACES_FORWARD_HEADERS}: an OTLP/HTTP traces endpoint
 *                             stored spans are also sent to; absent: none
 */
public record ObservabilityConfig(
        Duration retention,
        Duration outOfOrderWindow,
        int maxSeriesPerTenant,
        int maxSamplesPerRequest,
        int maxRemoteWriteBytes,
        WriteAheadLog.Sync walSync,
        Duration walSyncInterval,
        Duration checkpointInterval,
        Duration traceRetention,
        int maxSpansPerTenant,
        int maxSpansPerRequest,
        Duration alertInterval,
        int webhookAttempts,
        Duration webhookBackoff,
        Optional<CloudBusTarget> cloudBus,
        OutboundPolicy outbound,
        RemoteSettings metrics,
        Optional<TracesForward> tracesForward) {

    /** Where spans are forwarded, and with which headers. */
    public record TracesForward(URI url, Map<String, String> headers) {}

    static ObservabilityConfig read(Settings s) {
        return new ObservabilityConfig(
                s.duration(
                        "METRICS_RETENTION", Duration.ofDays(15), Duration.ofMinutes(10), "how long samples are kept"),
                s.duration(
                        "OUT_OF_ORDER_WINDOW",
                        Duration.ofMinutes(10),
                        Duration.ZERO,
                        "how far behind a series' newest sample a sample may still arrive"),
                s.integer(
                        "MAX_SERIES_PER_TENANT",
                        100_000,
                        1,
                        50_000_000,
                        "active series per tenant (cardinality limit)"),
                s.integer(
                        "MAX_SAMPLES_PER_REQUEST", 10_000, 1, 1_000_000, "samples per collect or remote-write request"),
                s.integer(
                        "MAX_REMOTE_WRITE_BYTES",
                        8 * 1024 * 1024,
                        64 * 1024,
                        256 * 1024 * 1024,
                        "most bytes a remote-write body may have once uncompressed (checked before decompressing)"),
                WriteAheadLog.Sync.valueOf(s.choice(
                        "WAL_SYNC",
                        "ALWAYS",
                        List.of("ALWAYS", "INTERVAL", "NONE"),
                        "ALWAYS: fsync the write-ahead log before acknowledging; INTERVAL: acknowledge once written to the OS "
                                + "and fsync every WAL_SYNC_INTERVAL (a machine crash may lose that much, a process crash nothing); "
                                + "NONE: benchmarks only")),
                s.duration(
                        "WAL_SYNC_INTERVAL",
                        Duration.ofMillis(200),
                        Duration.ofMillis(1),
                        "fsync period with WAL_SYNC=INTERVAL"),
                s.duration(
                        "CHECKPOINT_INTERVAL",
                        Duration.ofMinutes(30),
                        Duration.ofSeconds(1),
                        "how often the metrics store is checkpointed, bounding the log replayed at start"),
                s.duration(
                        "TRACE_RETENTION",
                        Duration.ofHours(24),
                        Duration.ofMinutes(1),
                        "how long a trace is kept in the service database after its newest span ended (checked every minute)"),
                s.integer(
                        "TRACE_MAX_SPANS",
                        500_000,
                        100,
                        50_000_000,
                        "spans kept per tenant in the service database (the traces that ended first are deleted, whole, "
                                + "every minute)"),
                s.integer("MAX_SPANS_PER_REQUEST", 5_000, 1, 1_000_000, "spans per ingest request"),
                s.duration(
                        "ALERT_EVALUATION_INTERVAL",
                        Duration.ofSeconds(15),
                        Duration.ofSeconds(1),
                        "how often alert rules run"),
                s.integer("ALERT_WEBHOOK_MAX_ATTEMPTS", 5, 1, 20, "deliveries tried per alert notification"),
                s.duration(
                        "ALERT_WEBHOOK_BACKOFF",
                        Duration.ofSeconds(1),
                        Duration.ofMillis(1),
                        "delay before the first webhook retry (doubles, with jitter)"),
                cloudBus(s),
                OutboundPolicy.read(s),
                RemoteSettings.read(s),
                tracesForward(s));
    }

    private static Optional<TracesForward> tracesForward(Settings s) {
        var url = s.optional(
                "TRACES_FORWARD_URL",
                "an OTLP/HTTP traces endpoint (for example http://tempo-distributor.observability.svc:4318/v1/traces) "
                        + "every stored span is also sent to, as protobuf with the tenant as X-Scope-OrgID; "
                        + "best effort, after the spans are stored");
        var headers = s.optional(
                "TRACES_FORWARD_HEADERS",
                "headers sent with TRACES_FORWARD_URL, as OTEL_EXPORTER_OTLP_HEADERS writes them "
                        + "(Authorization=Bearer%20xyz,X-Other=1)");
        if (url.isEmpty()) {
            headers.ifPresent(h -> s.reject("TRACES_FORWARD_HEADERS: set only with TRACES_FORWARD_URL"));
            return Optional.empty();
        }
        if (!url.get().matches("https?://[^\\s/]+\\S*")) {
            s.reject("TRACES_FORWARD_URL='" + url.get() + "': must be an http:// or https:// URL");
            return Optional.empty();
        }
        Map<String, String> parsed = Map.of();
        try {
            parsed = headers.map(OtlpHeaders::parse).orElse(Map.of());
        } catch (IllegalArgumentException e) {
            s.reject("TRACES_FORWARD_HEADERS: " + e.getMessage());
        }
        try {
            return Optional.of(new TracesForward(URI.create(url.get()), parsed));
        } catch (IllegalArgumentException e) {
            s.reject("TRACES_FORWARD_URL='" + url.get() + "': is not a URL");
            return Optional.empty();
        }
    }

    private static Optional<CloudBusTarget> cloudBus(Settings s) {
        var url = s.optional(
                "ALERT_CLOUD_BUS_URL",
                "cloud-bus publish URL (for example http://cloud-bus.cloud-bus.svc/v1/events); "
                        + "every alert transition is published there as a CloudEvent");
        var key = s.optional(
                "ALERT_CLOUD_BUS_API_KEY", "cloud-bus API key with events:publish (with ALERT_CLOUD_BUS_URL)");
        url.filter(u -> !u.matches("https?://\\S+"))
                .ifPresent(u -> s.reject("ALERT_CLOUD_BUS_URL: must be an http:// or https:// URL"));
        if (url.isPresent() != key.isPresent()) {
            s.reject("ALERT_CLOUD_BUS_URL and ALERT_CLOUD_BUS_API_KEY: set both or neither");
        }
        return url.flatMap(u -> key.map(k -> new CloudBusTarget(u, k)));
    }
}
