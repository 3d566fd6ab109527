package io.enis.observability.ingest;

import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code POST /v1/metrics/collect}: parses a body in one of the two formats and stores it all or nothing.
 * Refusals: {@link io.enis.kit.domain.InvalidInputException} (the body), {@link
 * io.enis.kit.domain.TooLargeException} (over {@code maxSamples}), {@link io.enis.kit.domain.UnprocessableException}
 * (the store refused samples), {@link io.enis.kit.domain.UnavailableException} (the log cannot be written).
 */
public final class MetricsCollect {
    /** The body formats collect reads. */
    public enum Format {
        /** {@link JsonSamples}. */
        JSON,
        /** {@link PrometheusText}. */
        PROMETHEUS_TEXT
    }

    /** A stored batch: an id for the client's logs and how many samples it held. */
    public record Collected(String id, int accepted) {
    }

    private final MetricsIngest ingest;
    private final Clock clock;
    private final int maxSamples;

    /** @param maxSamples samples per request ({@code MAX_SAMPLES_PER_REQUEST}) */
    public MetricsCollect(MetricsIngest ingest, Clock clock, int maxSamples) {
        this.ingest = ingest;
        this.clock = clock;
        this.maxSamples = maxSamples;
    }

    /** Parses and stores {@code body} for {@code tenant}; nothing is stored when anything is refused. */
    public Collected collect(String tenant, Format format, byte[] body) {
        MetricBatch batch = switch (format) {
            case JSON -> MetricBatch.ofJson(JsonSamples.parse(body, clock.instant(), maxSamples));
            case PROMETHEUS_TEXT -> PrometheusText.parse(body, clock.millis(), maxSamples);
        };
        IngestResult result = ingest.ingest(tenant, batch);
        if (!result.ok()) {
            throw IngestRefusal.of(result, batch);
        }
        // unique, not secret: ThreadLocalRandom avoids SecureRandom's cost on the hottest path
        var random = ThreadLocalRandom.current();
        return new Collected("batch_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()),
                result.accepted());
    }
}
