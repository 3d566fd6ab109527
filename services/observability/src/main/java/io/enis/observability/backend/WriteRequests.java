package io.enis.observability.backend;

import io.enis.observability.ingest.prompb.Label;
import io.enis.observability.ingest.prompb.MetricMetadata;
import io.enis.observability.ingest.prompb.TimeSeries;
import io.enis.observability.ingest.prompb.WriteRequest;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Sample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xerial.snappy.Snappy;

/**
 * Samples as a Prometheus remote-write 1.0 body: a {@code prometheus.WriteRequest} in snappy's block
 * format, one {@code TimeSeries} per label set with its samples in time order (engines refuse a
 * series' samples out of order within a request), labels sorted by name, plus the batch's metadata.
 */
final class WriteRequests {
    private WriteRequests() {}

    /**
     * @param extra a label added to every series (the tenant label), or null
     */
    static byte[] encode(
            List<Sample> samples,
            Map<String, io.enis.observability.metadata.MetricMetadata> metadata,
            Map.Entry<String, String> extra) {
        Map<Labels, List<Sample>> bySeries = new LinkedHashMap<>();
        for (Sample s : samples) {
            bySeries.computeIfAbsent(s.labels(), k -> new ArrayList<>()).add(s);
        }
        WriteRequest.Builder request = WriteRequest.newBuilder();
        bySeries.forEach((labels, list) -> {
            TimeSeries.Builder ts = TimeSeries.newBuilder();
            TreeMap<String, String> sorted = new TreeMap<>(labels.toMap());
            if (extra != null) {
                sorted.put(extra.getKey(), extra.getValue());
            }
            sorted.forEach((name, value) ->
                    ts.addLabels(Label.newBuilder().setName(name).setValue(value)));
            list.sort(Comparator.comparingLong(Sample::time));
            for (Sample s : list) {
                ts.addSamples(io.enis.observability.ingest.prompb.Sample.newBuilder()
                        .setTimestamp(s.time())
                        .setValue(s.value()));
            }
            request.addTimeseries(ts);
        });
        metadata.forEach((family, m) -> request.addMetadata(MetricMetadata.newBuilder()
                .setMetricFamilyName(family)
                .setType(MetricMetadata.MetricType.valueOf(m.type().name()))
                .setHelp(m.help())
                .setUnit(m.unit())));
        try {
            return Snappy.compress(request.build().toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("snappy compression failed", e);
        }
    }
}
