package io.enis.observability.backend;

import io.enis.kit.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which metrics backend runs, and how the remote one is reached.
 *
 * @param kind     {@code METRICS_BACKEND}: {@code embedded} (default) or {@code remote}
 * @param writeUrl {@code METRICS_REMOTE_WRITE_URL}: the engine's remote-write push URL (required when remote)
 * @param queryUrl {@code METRICS_REMOTE_QUERY_URL}: the base of the engine's Prometheus HTTP API, the
 *                 part before {@code /api/v1/...} (required when remote)
 * @param tenancy  {@code METRICS_REMOTE_TENANCY}: {@code header} (default) or {@code label}
 * @param timeout  {@code METRICS_REMOTE_TIMEOUT}: per request to the engine, default 10s
 */
public record RemoteSettings(Kind kind, URI writeUrl, URI queryUrl, Tenancy tenancy, Duration timeout) {
    /** {@code METRICS_BACKEND}. */
    public enum Kind {
        /** The in-process store: {@link EmbeddedBackend}. */
        EMBEDDED,
        /** A Prometheus-compatible engine: {@link RemoteBackend}. */
        REMOTE
    }

    /** How the tenant reaches the engine. */
    public enum Tenancy {
        /** As {@code X-Scope-OrgID} on every write and query (Mimir, Cortex, Thanos receive). */
        HEADER,
        /**
         * As the label {@value RemoteBackend#TENANT_LABEL}, added to every written series and required by
         * every selector of every query (one Prometheus shared by tenants, which ignores the header).
         */
        LABEL
    }

    /** Reads the settings; problems are recorded in {@code s} (exit 2 at start-up, each naming its variable). */
    public static RemoteSettings read(Settings s) {
        Kind kind = Kind.valueOf(s.choice(
                "METRICS_BACKEND",
                "embedded",
                List.of("embedded", "remote"),
                "where samples are kept: embedded (the in-process store under DATA_DIR, one replica) or remote "
                        + "(a Prometheus-compatible engine such as Grafana Mimir, reached by remote write and its "
                        + "HTTP API; the service is then stateless)"));
        boolean remote = kind == Kind.REMOTE;
        Optional<URI> write = url(
                s,
                remote,
                "METRICS_REMOTE_WRITE_URL",
                "the engine's remote-write URL, for example http://mimir-gateway.observability.svc/api/v1/push "
                        + "or a Prometheus' http://host:9090/api/v1/write (required with METRICS_BACKEND=remote)");
        Optional<URI> query = url(
                s,
                remote,
                "METRICS_REMOTE_QUERY_URL",
                "base of the engine's Prometheus HTTP API (before /api/v1), for example "
                        + "http://mimir-gateway.observability.svc/prometheus or http://host:9090 "
                        + "(required with METRICS_BACKEND=remote)");
        Tenancy tenancy = Tenancy.valueOf(s.choice(
                "METRICS_REMOTE_TENANCY",
                "header",
                List.of("header", "label"),
                "how tenants are kept apart in the engine: header sends X-Scope-OrgID (Mimir, Cortex); label adds "
                        + "an " + RemoteBackend.TENANT_LABEL + " label on write and requires it in every query "
                        + "(a single Prometheus)"));
        Duration timeout = s.duration(
                "METRICS_REMOTE_TIMEOUT",
                Duration.ofSeconds(10),
                Duration.ofMillis(100),
                "how long one write or query to the engine may take before it is answered 503");
        return new RemoteSettings(kind, write.orElse(null), query.orElse(null), tenancy, timeout);
    }

    private static Optional<URI> url(Settings s, boolean required, String name, String description) {
        Optional<String> raw = s.optional(name, description);
        if (raw.isEmpty()) {
            if (required) {
                s.reject(name + ": required with METRICS_BACKEND=remote");
            }
            return Optional.empty();
        }
        String value = raw.get().trim();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                s.reject(name + "='" + value + "': must be an http:// or https:// URL");
                return Optional.empty();
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                s.reject(name + "='" + value + "': has no host");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            s.reject(name + "='" + value + "': is not a URL (" + e.getReason() + ")");
            return Optional.empty();
        }
    }
}
