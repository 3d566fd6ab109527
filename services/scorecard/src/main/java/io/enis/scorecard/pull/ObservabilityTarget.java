package io.enis.scorecard.pull;

import io.enis.kit.config.Settings;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where PromQL KPIs are pulled from: the observability service's base URL and an API key holding
 * {@code metrics:read}. Read from {@code OBSERVABILITY_URL} and {@code OBSERVABILITY_API_KEY}, which
 * the scorecard stack injects (observability's in-cluster URL and the platform's metrics-reader key).
 *
 * @param url    the observability base URL, http or https, without a path (queries go to
 *               {@value ObservabilityClient#QUERY_PATH} under it)
 * @param apiKey the bearer key sent with every query
 */
public record ObservabilityTarget(URI url, String apiKey) {
    public ObservabilityTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /**
     * Reads {@code OBSERVABILITY_URL} and {@code OBSERVABILITY_API_KEY}, documenting both for
     * {@code --help}. Both unset: empty (KPIs with a PromQL source are refused, 400 naming
     * {@code source}). Errors are collected in {@code s}: a URL that is not http(s), or one of the two
     * set without the other.
     */
    public static Optional<ObservabilityTarget> read(Settings s) {
        Optional<Settings.Pair> set = s.bothOrNeither(
                "OBSERVABILITY_URL",
                "observability service base URL (for example http://observability.observability.svc.cluster.local); "
                        + "KPIs with a PromQL source are pulled from its Prometheus API. Unset: such KPIs are refused",
                "OBSERVABILITY_API_KEY",
                "observability API key with metrics:read (with OBSERVABILITY_URL)");
        if (set.isEmpty()) {
            return Optional.empty();
        }
        String url = set.get().first();
        if (!url.matches("https?://[^\\s/]+/?")) {
            s.reject("OBSERVABILITY_URL: must be an http:// or https:// URL without a path, such as "
                    + "http://observability.observability.svc.cluster.local");
            return Optional.empty();
        }
        try {
            String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            return Optional.of(
                    new ObservabilityTarget(URI.create(base), set.get().second()));
        } catch (IllegalArgumentException e) {
            s.reject("OBSERVABILITY_URL: not a URL: " + e.getMessage());
            return Optional.empty();
        }
    }
}
