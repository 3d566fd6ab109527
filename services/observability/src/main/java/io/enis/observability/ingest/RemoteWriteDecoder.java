package io.enis.observability.ingest;

import static io.enis.observability.ingest.RemoteWriteException.malformed;
import static io.enis.observability.ingest.RemoteWriteException.tooLarge;

import com.google.protobuf.InvalidProtocolBufferException;
import io.enis.observability.ingest.RemoteWriteException.Kind;
import io.enis.observability.ingest.RemoteWriteException.Violation;
import io.enis.observability.ingest.prompb.Label;
import io.enis.observability.ingest.prompb.TimeSeries;
import io.enis.observability.ingest.prompb.WriteRequest;
import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.metadata.MetricType;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Sample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Prometheus remote-write 1.0 body (a snappy block around a protobuf {@code prometheus.WriteRequest})
 * to a {@link MetricBatch}, validated as the other ingest paths are: every series needs a valid
 * {@code __name__}, and its other labels follow {@link MetricNames}; metadata names, help and units
 * are checked too. Every problem is reported by its path in the request
 * ({@code timeseries[1].labels[2].name}, {@code metadata[0].metric_family_name}); any problem refuses
 * the whole request.
 *
 * <p>Staleness markers (the NaN Prometheus writes when a series disappears) are not stored: the store
 * has no staleness, so such a series ends as a pushed one does, after the query lookback. Exemplars are
 * accepted and not stored. Native histograms are refused by name (the store keeps float samples only).
 */
public final class RemoteWriteDecoder {
    /** Prometheus' staleness marker: a NaN with this bit pattern ({@code value.StaleNaN}). */
    static final long STALE_NAN_BITS = 0x7ff0000000000002L;

    private static final int MAX_VIOLATIONS = 50;
    /** {@code reserved 2} in WriteRequest: Cortex' {@code source}, which some senders set. */
    private static final int CORTEX_SOURCE_FIELD = 2;

    private final int maxBytes;
    private final int maxSamples;

    /**
     * @param maxBytes   most bytes a body may have once uncompressed ({@code MAX_REMOTE_WRITE_BYTES})
     * @param maxSamples most samples per request ({@code MAX_SAMPLES_PER_REQUEST})
     */
    public RemoteWriteDecoder(int maxBytes, int maxSamples) {
        this.maxBytes = maxBytes;
        this.maxSamples = maxSamples;
    }

    /**
     * @throws RemoteWriteException naming what is wrong: {@code MALFORMED} for bad snappy, protobuf,
     *                              names, labels or metadata; {@code TOO_LARGE} above the limits
     */
    public MetricBatch decode(byte[] body) {
        WriteRequest request = parse(SnappyBlock.uncompress(body, maxBytes));
        int total = 0;
        for (TimeSeries ts : request.getTimeseriesList()) {
            total += ts.getSamplesCount();
        }
        if (total > maxSamples) {
            throw tooLarge(
                    "timeseries",
                    "at most " + maxSamples + " samples per request (MAX_SAMPLES_PER_REQUEST); got " + total);
        }
        Problems problems = new Problems();
        Map<String, MetricMetadata> metadata = metadata(request, problems);
        List<Sample> samples = new ArrayList<>(total);
        int[] seriesOf = new int[total];
        int[] indexInSeries = new int[total];
        for (int s = 0; s < request.getTimeseriesCount(); s++) {
            TimeSeries ts = request.getTimeseries(s);
            Labels labels = labels(ts, "timeseries[" + s + "]", problems);
            if (ts.getHistogramsCount() > 0) {
                problems.add(
                        "timeseries[" + s + "].histograms",
                        "native histograms are not supported "
                                + "(the store keeps float samples); send classic histograms (remote_write send_native_histograms: false)");
            }
            if (labels == null) {
                continue;
            }
            for (int k = 0; k < ts.getSamplesCount(); k++) {
                var sample = ts.getSamples(k);
                if (Double.doubleToRawLongBits(sample.getValue()) == STALE_NAN_BITS) {
                    continue;
                }
                seriesOf[samples.size()] = s;
                indexInSeries[samples.size()] = k;
                samples.add(new Sample(labels, sample.getTimestamp(), sample.getValue()));
            }
        }
        if (problems.total > 0) {
            throw new RemoteWriteException(Kind.MALFORMED, problems.first, problems.total);
        }
        return new MetricBatch(
                samples,
                metadata,
                i -> i < 0 ? "timeseries" : "timeseries[" + seriesOf[i] + "].samples[" + indexInSeries[i] + "]");
    }

    private static WriteRequest parse(byte[] raw) {
        WriteRequest request;
        try {
            request = WriteRequest.parseFrom(raw);
        } catch (InvalidProtocolBufferException e) {
            throw malformed(
                    "body", "is not a protobuf prometheus.WriteRequest, truncated or corrupt (" + e.getMessage() + ")");
        }
        for (int field : request.getUnknownFields().asMap().keySet()) {
            if (field != CORTEX_SOURCE_FIELD) {
                throw malformed(
                        "body",
                        "is not a prometheus.WriteRequest: it has a field " + field
                                + " (a WriteRequest has timeseries = 1 and metadata = 3)");
            }
        }
        if (request.getTimeseriesCount() == 0 && request.getMetadataCount() == 0) {
            throw malformed("body", "contains neither time series nor metadata");
        }
        return request;
    }

    /** The series' labels, or null when they are invalid (each problem recorded). */
    private static Labels labels(TimeSeries ts, String prefix, Problems problems) {
        Map<String, String> map = new HashMap<>();
        boolean valid = true;
        for (int j = 0; j < ts.getLabelsCount(); j++) {
            Label label = ts.getLabels(j);
            String name = label.getName();
            String at = prefix + ".labels[" + j + "]";
            String field = at + ".value";
            String problem;
            String nameProblem = name.equals(Labels.NAME) ? null : MetricNames.labelNameProblem(name);
            if (name.equals(Labels.NAME)) {
                problem = MetricNames.metricNameProblem(label.getValue());
            } else if (nameProblem != null) {
                field = at + ".name";
                problem = "'" + name + "': " + nameProblem;
            } else {
                problem = MetricNames.labelValueProblem(label.getValue());
            }
            if (problem == null && map.put(name, label.getValue()) != null) {
                field = at + ".name";
                problem = "label '" + name + "' appears twice";
            }
            if (problem != null) {
                problems.add(field, problem);
                valid = false;
            }
        }
        if (!map.containsKey(Labels.NAME) && valid) {
            problems.add(prefix + ".labels", "has no __name__ label (the metric name)");
            return null;
        }
        if (map.size() > MetricNames.MAX_LABELS + 1) {
            problems.add(prefix + ".labels", "more than " + MetricNames.MAX_LABELS + " labels besides __name__");
            return null;
        }
        return valid ? Labels.of(map) : null;
    }

    private static Map<String, MetricMetadata> metadata(WriteRequest request, Problems problems) {
        Map<String, MetricMetadata> out = new HashMap<>();
        for (int i = 0; i < request.getMetadataCount(); i++) {
            var m = request.getMetadata(i);
            String at = "metadata[" + i + "]";
            String name = m.getMetricFamilyName();
            int before = problems.total;
            if (!MetricNames.METRIC.matcher(name).matches()) {
                problems.add(at + ".metric_family_name", "'" + name + "' must be " + MetricNames.METRIC_ALLOWED);
            }
            String help = MetricNames.helpProblem(m.getHelp());
            if (help != null) {
                problems.add(at + ".help", help);
            }
            String unit = MetricNames.unitProblem(m.getUnit());
            if (unit != null) {
                problems.add(at + ".unit", unit);
            }
            if (problems.total == before) {
                out.put(name, new MetricMetadata(type(m.getType()), m.getHelp(), m.getUnit()));
            }
        }
        return out;
    }

    private static MetricType type(io.enis.observability.ingest.prompb.MetricMetadata.MetricType type) {
        return switch (type) {
            case COUNTER -> MetricType.COUNTER;
            case GAUGE -> MetricType.GAUGE;
            case HISTOGRAM -> MetricType.HISTOGRAM;
            case GAUGEHISTOGRAM -> MetricType.GAUGEHISTOGRAM;
            case SUMMARY -> MetricType.SUMMARY;
            case INFO -> MetricType.INFO;
            case STATESET -> MetricType.STATESET;
            case UNKNOWN, UNRECOGNIZED -> MetricType.UNKNOWN;
        };
    }

    /** The first {@value #MAX_VIOLATIONS} problems of a request, and how many there were. */
    private static final class Problems {
        final List<Violation> first = new ArrayList<>();
        int total;

        void add(String field, String message) {
            total++;
            if (first.size() < MAX_VIOLATIONS) {
                first.add(new Violation(field, message));
            }
        }
    }
}
