package io.enis.observability.ingest;

import io.enis.observability.backend.MetricsBackend;
import io.enis.observability.metadata.MetadataStore;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Stores a decoded {@link MetricBatch} for a tenant, whichever format it arrived in: the samples all
 * or nothing, then (only when they were stored) the batch's metadata. Counts accepted and refused
 * samples ({@code observability_samples_accepted_total}, {@code observability_samples_rejected_total}).
 */
public final class MetricsIngest {
    private final MetricsBackend store;
    private final MetadataStore metadata;
    private final Counter accepted;
    private final Counter rejected;

    public MetricsIngest(MetricsBackend store, MetadataStore metadata, MeterRegistry registry) {
        this.store = store;
        this.metadata = metadata;
        this.accepted = Counter.builder("observability.samples.accepted").register(registry);
        this.rejected = Counter.builder("observability.samples.rejected").register(registry);
    }

    /** Stores the batch; when the result is not {@link IngestResult#ok()} nothing of it was stored. */
    public IngestResult ingest(String tenant, MetricBatch batch) {
        int count = batch.samples().size();
        IngestResult result = store.ingest(tenant, batch.samples(), batch.metadata());
        if (!result.ok()) {
            rejected.increment(count);
            return result;
        }
        accepted.increment(count);
        metadata.record(tenant, batch.metadata());
        return result;
    }

    /** Counts samples stored by a caller that stores point by point itself (OTLP's partial success). */
    void countStored(int samples) {
        accepted.increment(samples);
    }

    /** Counts samples refused by the store for such a caller. */
    void countRefused(int samples) {
        rejected.increment(samples);
    }
}
