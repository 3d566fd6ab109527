package io.enis.kit.tracing;

import io.enis.kit.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a service exports its own spans, from the OpenTelemetry SDK's standard environment variables
 * (read through {@link Settings}, so {@code --help} lists them with their defaults).
 *
 * @param endpoint      {@code OTEL_EXPORTER_OTLP_ENDPOINT}: base URL of an OTLP/HTTP receiver (an
 *                      OpenTelemetry Collector on 4318, or the observability service); spans are POSTed
 *                      to {@code <endpoint>/v1/traces}. Absent (the default): tracing is off
 * @param protocol      {@code OTEL_EXPORTER_OTLP_PROTOCOL}: {@code http/protobuf} (default) or
 *                      {@code http/json}; {@code grpc} is refused (no gRPC client in the services)
 * @param headers       {@code OTEL_EXPORTER_OTLP_HEADERS}: sent with every export, for example
 *                      {@code Authorization=Bearer%20<key with traces:write>}; default none
 * @param serviceName   {@code OTEL_SERVICE_NAME}: the {@code service.name} resource attribute, default the
 *                      service's own name ({@code cloud-bus})
 * @param sampleRatio   {@code OTEL_TRACES_SAMPLER_ARG}: share of new traces recorded, 0 to 1, default 1; a
 *                      request whose caller sent a {@code traceparent} follows the caller's decision
 *                      (the SDK's {@code parentbased_traceidratio})
 * @param scheduleDelay {@code OTEL_BSP_SCHEDULE_DELAY}: milliseconds between two exports of the batch
 *                      processor, default 5000 (a full batch of 512 spans is sent at once)
 * @param exportTimeout {@code OTEL_EXPORTER_OTLP_TIMEOUT}: milliseconds one export may take, default 10000
 */
public record TracingSettings(
        Optional<URI> endpoint,
        Protocol protocol,
        Map<String, String> headers,
        String serviceName,
        double sampleRatio,
        Duration scheduleDelay,
        Duration exportTimeout) {
    public static final String ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public static final String PROTOCOL = "OTEL_EXPORTER_OTLP_PROTOCOL";
    public static final String HEADERS = "OTEL_EXPORTER_OTLP_HEADERS";
    public static final String SERVICE_NAME = "OTEL_SERVICE_NAME";
    public static final String SAMPLER_ARG = "OTEL_TRACES_SAMPLER_ARG";
    public static final String SCHEDULE_DELAY = "OTEL_BSP_SCHEDULE_DELAY";
    public static final String TIMEOUT = "OTEL_EXPORTER_OTLP_TIMEOUT";

    /** The OTLP/HTTP encodings ({@code OTEL_EXPORTER_OTLP_PROTOCOL}). */
    public enum Protocol {
        HTTP_PROTOBUF("http/protobuf"),
        HTTP_JSON("http/json");

        private final String value;

        Protocol(String value) {
            this.value = value;
        }

        /** As the variable spells it. */
        public String value() {
            return value;
        }

        /** Every value, as the variable spells them. */
        static List<String> spellings() {
            return Arrays.stream(values()).map(Protocol::value).toList();
        }

        /** The protocol spelled {@code value} (case-insensitive), as {@link Settings#choice} returns it. */
        static Protocol of(String value) {
            return Arrays.stream(values())
                    .filter(p -> p.value.equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow();
        }
    }

    public TracingSettings {
        headers = Map.copyOf(headers);
    }

    /**
     * Reads the variables; problems are recorded in {@code settings} (an invalid header list is named
     * without its value, which carries a credential).
     *
     * @param defaultServiceName the service's own name
     */
    public static TracingSettings read(Settings s, String defaultServiceName) {
        Optional<URI> endpoint = s.optional(
                        ENDPOINT,
                        "OTLP/HTTP receiver of the service's own request spans "
                                + "(collector on :4318, or the observability service); spans go to <endpoint>/v1/traces; absent: tracing off")
                .flatMap(url -> endpoint(s, url));
        String protocol = s.choice(
                PROTOCOL, Protocol.HTTP_PROTOBUF.value(), Protocol.spellings(), "encoding of the exported spans");
        Map<String, String> headers = s.optional(
                        HEADERS,
                        "headers of every export, name=value comma-separated, values "
                                + "percent-encoded (Authorization=Bearer%20<key with traces:write>)")
                .map(spec -> headers(s, spec))
                .orElse(Map.of());
        String name = s.string(SERVICE_NAME, defaultServiceName, "service.name of the exported spans");
        double ratio = s.decimal(
                SAMPLER_ARG,
                1.0,
                0.0,
                1.0,
                "share of new traces recorded (0 to 1); requests with a traceparent follow their caller's decision");
        int delay = s.integer(SCHEDULE_DELAY, 5000, 1, 600_000, "milliseconds between span exports");
        int timeout = s.integer(TIMEOUT, 10_000, 100, 600_000, "milliseconds one span export may take");
        return new TracingSettings(
                endpoint,
                Protocol.of(protocol),
                headers,
                name,
                ratio,
                Duration.ofMillis(delay),
                Duration.ofMillis(timeout));
    }

    /** Where the spans are POSTed: {@code <endpoint>/v1/traces} (the specification's rule for the signal-independent variable). */
    public Optional<URI> tracesUrl() {
        return endpoint.map(e -> {
            String base = e.toString();
            return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces");
        });
    }

    /** Without the header values: they carry credentials. */
    @Override
    public String toString() {
        return "TracingSettings[endpoint=" + endpoint.map(URI::toString).orElse("none") + ", protocol="
                + protocol.value()
                + ", headers=" + headers.keySet() + ", serviceName=" + serviceName + ", sampleRatio=" + sampleRatio
                + ", scheduleDelay=" + scheduleDelay + ", exportTimeout=" + exportTimeout + "]";
    }

    private static Optional<URI> endpoint(Settings s, String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null) {
                return Optional.of(uri);
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        s.reject(ENDPOINT + "='" + url + "': must be an http:// or https:// URL with a host and no query");
        return Optional.empty();
    }

    private static Map<String, String> headers(Settings s, String spec) {
        try {
            return OtlpHeaders.parse(spec);
        } catch (IllegalArgumentException e) {
            s.reject(HEADERS + ": " + e.getMessage());
            return Map.of();
        }
    }
}
