package io.enis.stacks.environment;

/**
 * Where the observability service keeps its metrics ({@code observability.metricsBackend} of an
 * environment file, the service's {@code METRICS_BACKEND}).
 */
public enum MetricsBackend {
    /**
     * The service's own single-node store, its write-ahead log on a ReadWriteOnce volume: one replica,
     * nothing else deployed. For a newcomer's cluster and small deployments.
     */
    EMBEDDED("embedded"),
    /**
     * Grafana Mimir, deployed by the platform stack (on S3, with the data key): samples are
     * remote-written to it and queries go to its Prometheus API; the service is stateless and scales
     * horizontally.
     */
    REMOTE("remote");

    private final String value;

    MetricsBackend(String value) {
        this.value = value;
    }

    /** How environment files and the service's {@code METRICS_BACKEND} spell it. */
    public String value() {
        return value;
    }
}
