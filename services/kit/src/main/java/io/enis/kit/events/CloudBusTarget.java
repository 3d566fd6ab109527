package io.enis.kit.events;

import io.enis.kit.config.Settings;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a service publishes its CloudEvents: the cloud-bus publish URL and an API key holding
 * {@code events:publish}. Read from {@code CLOUD_BUS_URL} and {@code CLOUD_BUS_API_KEY}, which the
 * service stacks inject (the platform's publisher key).
 *
 * @param url    the cloud-bus {@code /v1/events} URL, http or https
 * @param apiKey the bearer key sent with every event
 */
public record CloudBusTarget(URI url, String apiKey) {
    public CloudBusTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    /**
     * Reads {@code CLOUD_BUS_URL} and {@code CLOUD_BUS_API_KEY}, documenting both for {@code --help}.
     * Both unset: empty (the service records no events). Errors are collected in {@code s}: a URL that
     * is not http(s), or one of the two set without the other.
     *
     * @param whatIsPublished the events that go there, for the help text (e.g. "invoice, payment and
     *                        subscription events")
     */
    public static Optional<CloudBusTarget> read(Settings s, String whatIsPublished) {
        Optional<Settings.Pair> set = s.bothOrNeither(
                "CLOUD_BUS_URL",
                "cloud-bus publish URL (for example http://cloud-bus.cloud-bus.svc.cluster.local/v1/events); "
                        + whatIsPublished + " go there. Unset: no events are recorded",
                "CLOUD_BUS_API_KEY",
                "cloud-bus API key with events:publish (with CLOUD_BUS_URL)");
        if (set.isEmpty()) {
            return Optional.empty();
        }
        String url = set.get().first();
        if (!url.matches("https?://\\S+")) {
            s.reject("CLOUD_BUS_URL: must be an http:// or https:// URL");
            return Optional.empty();
        }
        try {
            return Optional.of(new CloudBusTarget(URI.create(url), set.get().second()));
        } catch (IllegalArgumentException e) {
            s.reject("CLOUD_BUS_URL: not a URL: " + e.getMessage());
            return Optional.empty();
        }
    }
}
