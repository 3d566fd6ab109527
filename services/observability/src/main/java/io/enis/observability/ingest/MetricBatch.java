package io.enis.observability.ingest;

import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.tsdb.Sample;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What one ingest request carries, decoded and validated: the samples (stored all or nothing), what it
 * said about their metric families, and where each sample came from in the request, so that a refusal
 * names it as the sender wrote it ({@code samples[3]}, {@code line 7}, {@code timeseries[2].samples[0]}).
 *
 * @param metadata by metric family name; recorded only when the samples are stored
 * @param origin   sample index → its place in the request; {@code -1} → the batch as a whole
 */
public record MetricBatch(List<Sample> samples, Map<String, MetricMetadata> metadata, IntFunction<String> origin) {
    /** JSON samples: {@code samples[i]}. */
    public static MetricBatch ofJson(List<Sample> samples) {
        return new MetricBatch(samples, Map.of(), i -> i < 0 ? "samples" : "samples[" + i + "]");
    }
}
