package io.enis.observability.ingest;

import io.enis.observability.ingest.OtlpLabels.Refused;
import io.enis.observability.ingest.PrometheusNames.Type;
import io.enis.observability.otlp.OtlpException;
import io.enis.observability.otlp.OtlpValues;
import io.enis.observability.otlp.Rejection;
import io.enis.observability.tsdb.Sample;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.DataPointFlags;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * OTLP metrics ({@code ExportMetricsServiceRequest}, decoded from protobuf or JSON) as samples, the way
 * Prometheus' OTLP receiver translates them by default (names: {@link PrometheusNames}; labels:
 * {@link OtlpLabels}):
 * <ul>
 *   <li>gauge → one series; a cumulative sum that is monotonic → a counter ({@code _total}), one that is
 *       not → a gauge;</li>
 *   <li>cumulative histogram (explicit buckets) → {@code <name>_bucket{le="<bound>"}} with cumulative
 *       counts and {@code le="+Inf"} = count, {@code <name>_sum} (when the point has a sum) and
 *       {@code <name>_count};</li>
 *   <li>summary → {@code <name>{quantile="<q>"}}, {@code <name>_sum}, {@code <name>_count};</li>
 *   <li>each resource with attributes besides {@code service.name}, {@code service.namespace} and
 *       {@code service.instance.id}, and with a {@code job} or {@code instance}, → {@code target_info}
 *       = 1 with those attributes as labels, at the newest time of the resource's points.</li>
 * </ul>
 * Times are the points' {@code timeUnixNano} in milliseconds. Points flagged "no recorded value" are
 * skipped (Prometheus writes a staleness marker there; this store has none).
 *
 * <p>Refused points are {@link Rejection}s and the rest is still translated: delta or unspecified
 * temporality (not converted: see docs/api/observability.md), exponential histograms, names that leave
 * no Prometheus name, no time, no value, labels beyond the limits. A histogram or summary that
 * contradicts itself refuses the whole request ({@link OtlpException}): bucket counts that are not one
 * more than the bounds, bounds not increasing or not finite, counts that do not add up to the count, a
 * quantile outside [0, 1].
 */
public final class OtlpMetrics {
    static final String TARGET_INFO = "target_info";
    private static final int NO_RECORDED_VALUE = DataPointFlags.DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK_VALUE;

    private OtlpMetrics() {}

    /** Where samples come from: a data point (its path), or a resource's {@code target_info} ({@code dataPoint} false). */
    public record Point(String path, boolean dataPoint) {}

    /** One sample and the index of its {@link Point}. */
    public record Translated(Sample sample, int point) {}

    /** The samples of a request, their points, what was refused, and how many data points the request had. */
    public record Translation(List<Translated> samples, List<Point> points, List<Rejection> rejected, int dataPoints) {}

    /**
     * Translates every metric of {@code request}.
     *
     * @throws OtlpException INVALID naming the histogram or summary point that contradicts itself
     */
    public static Translation translate(ExportMetricsServiceRequest request) throws OtlpException {
        Translator t = new Translator();
        for (int r = 0; r < request.getResourceMetricsCount(); r++) {
            t.resource(request.getResourceMetrics(r), "resourceMetrics[" + r + "]");
        }
        return new Translation(t.samples, t.points, t.rejected, t.dataPoints);
    }

    /** The state of one translation. */
    private static final class Translator {
        final List<Translated> samples = new ArrayList<>();
        final List<Point> points = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();
        int dataPoints;
        Map<String, String> identity;
        long newest;

        void resource(ResourceMetrics rm, String path) throws OtlpException {
            Map<String, String> resource =
                    OtlpValues.attributes(rm.getResource().getAttributesList());
            identity = OtlpLabels.identity(resource);
            newest = 0;
            for (int s = 0; s < rm.getScopeMetricsCount(); s++) {
                ScopeMetrics sm = rm.getScopeMetrics(s);
                for (int i = 0; i < sm.getMetricsCount(); i++) {
                    metric(sm.getMetrics(i), path + ".scopeMetrics[" + s + "].metrics[" + i + "]");
                }
            }
            targetInfo(resource, path + ".resource");
        }

        void metric(Metric m, String path) throws OtlpException {
            switch (m.getDataCase()) {
                case GAUGE -> numbers(m, path, "gauge", m.getGauge().getDataPointsList(), Type.GAUGE);
                case SUM -> {
                    var sum = m.getSum();
                    if (cumulative(sum.getAggregationTemporality(), path + ".sum", sum.getDataPointsCount())) {
                        numbers(
                                m,
                                path,
                                "sum",
                                sum.getDataPointsList(),
                                sum.getIsMonotonic() ? Type.COUNTER : Type.GAUGE);
                    }
                }
                case HISTOGRAM -> {
                    var histogram = m.getHistogram();
                    if (cumulative(
                            histogram.getAggregationTemporality(),
                            path + ".histogram",
                            histogram.getDataPointsCount())) {
                        histograms(m, path, histogram.getDataPointsList());
                    }
                }
                case EXPONENTIAL_HISTOGRAM ->
                    refuse(
                            path + ".exponentialHistogram",
                            m.getExponentialHistogram().getDataPointsCount(),
                            "exponential histograms are not stored (this store has no native histograms); "
                                    + "use explicit bucket histograms, the SDKs' default aggregation");
                case SUMMARY -> summaries(m, path, m.getSummary().getDataPointsList());
                case DATA_NOT_SET ->
                    rejected.add(
                            new Rejection(path, "has no gauge, sum, histogram, exponentialHistogram or summary", 0));
            }
        }

        /** Whether the points of a sum or histogram are cumulative; otherwise they are all refused. */
        boolean cumulative(AggregationTemporality temporality, String path, int count) {
            if (temporality == AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE) {
                return true;
            }
            refuse(
                    path + ".aggregationTemporality",
                    count,
                    temporality == AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA
                            ? "delta temporality is not stored (Prometheus series are cumulative); export cumulative, the SDKs' default "
                                    + "(OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=cumulative)"
                            : "must be AGGREGATION_TEMPORALITY_CUMULATIVE (2)");
            return false;
        }

        void refuse(String path, int count, String reason) {
            dataPoints += count;
            rejected.add(new Rejection(path, reason, count));
        }

        /** The metric's Prometheus name; when none is left, its points are refused and {@code null} returned. */
        String name(Metric m, String metricPath, int count, Type type) {
            String name = PrometheusNames.metric(m.getName(), m.getUnit(), type);
            if (name.isEmpty()) {
                refuse(metricPath + ".name", count, "'" + m.getName() + "' leaves no Prometheus metric name");
                return null;
            }
            return name;
        }

        void numbers(Metric m, String metricPath, String field, List<NumberDataPoint> list, Type type) {
            String name = name(m, metricPath, list.size(), type);
            String path = metricPath + "." + field;
            for (int d = 0; name != null && d < list.size(); d++) {
                NumberDataPoint dp = list.get(d);
                String at = path + ".dataPoints[" + d + "]";
                dataPoints++;
                if ((dp.getFlags() & NO_RECORDED_VALUE) != 0) {
                    continue;
                }
                try {
                    long time = time(dp.getTimeUnixNano());
                    double value = switch (dp.getValueCase()) {
                        case AS_DOUBLE -> dp.getAsDouble();
                        case AS_INT -> dp.getAsInt();
                        case VALUE_NOT_SET -> throw new Refused("has neither asDouble nor asInt");
                    };
                    var base = OtlpLabels.of(OtlpValues.attributes(dp.getAttributesList()), identity);
                    commit(at, true, List.of(new Sample(OtlpLabels.series(base, name, null, null), time, value)));
                } catch (Refused e) {
                    rejected.add(new Rejection(at, e.getMessage(), 1));
                }
            }
        }

        void histograms(Metric m, String metricPath, List<HistogramDataPoint> list) throws OtlpException {
            String name = name(m, metricPath, list.size(), Type.HISTOGRAM);
            String path = metricPath + ".histogram";
            for (int d = 0; name != null && d < list.size(); d++) {
                HistogramDataPoint dp = list.get(d);
                String at = path + ".dataPoints[" + d + "]";
                dataPoints++;
                if ((dp.getFlags() & NO_RECORDED_VALUE) != 0) {
                    continue;
                }
                checkBuckets(dp, at);
                try {
                    long time = time(dp.getTimeUnixNano());
                    var base = OtlpLabels.of(OtlpValues.attributes(dp.getAttributesList()), identity);
                    List<Sample> out = new ArrayList<>(dp.getBucketCountsCount() + 2);
                    long cumulative = 0;
                    for (int b = 0; b < dp.getExplicitBoundsCount(); b++) {
                        cumulative += dp.getBucketCounts(b);
                        out.add(new Sample(
                                OtlpLabels.series(
                                        base, name + "_bucket", "le", OtlpValues.number(dp.getExplicitBounds(b))),
                                time,
                                cumulative));
                    }
                    out.add(new Sample(OtlpLabels.series(base, name + "_bucket", "le", "+Inf"), time, dp.getCount()));
                    if (dp.hasSum()) {
                        out.add(new Sample(OtlpLabels.series(base, name + "_sum", null, null), time, dp.getSum()));
                    }
                    out.add(new Sample(OtlpLabels.series(base, name + "_count", null, null), time, dp.getCount()));
                    commit(at, true, out);
                } catch (Refused e) {
                    rejected.add(new Rejection(at, e.getMessage(), 1));
                }
            }
        }

        /** A histogram point that contradicts itself refuses the request: it is a broken sender, not a late sample. */
        static void checkBuckets(HistogramDataPoint dp, String at) throws OtlpException {
            int bounds = dp.getExplicitBoundsCount();
            int counts = dp.getBucketCountsCount();
            if (counts == 0 ? bounds != 0 : counts != bounds + 1) {
                throw OtlpException.invalid(
                        at + ".bucketCounts",
                        "has " + counts + " counts for " + bounds
                                + " explicitBounds; a histogram has one count more than bounds (or neither)");
            }
            for (int b = 0; b < bounds; b++) {
                double bound = dp.getExplicitBounds(b);
                if (!Double.isFinite(bound)) {
                    throw OtlpException.invalid(
                            at + ".explicitBounds[" + b + "]", "must be a finite number (+Inf is implied)");
                }
                if (b > 0 && bound <= dp.getExplicitBounds(b - 1)) {
                    throw OtlpException.invalid(
                            at + ".explicitBounds[" + b + "]",
                            "must be greater than the bound before it ("
                                    + OtlpValues.number(dp.getExplicitBounds(b - 1)) + "); got "
                                    + OtlpValues.number(bound));
                }
            }
            long total = 0;
            for (int b = 0; b < counts; b++) {
                long c = dp.getBucketCounts(b);
                if (c < 0 || total + c < 0) {
                    throw OtlpException.invalid(at + ".bucketCounts[" + b + "]", "is out of range");
                }
                total += c;
            }
            if (dp.getCount() < 0) {
                throw OtlpException.invalid(at + ".count", "is out of range");
            }
            if (counts > 0 && total != dp.getCount()) {
                throw OtlpException.invalid(
                        at + ".count", "is " + dp.getCount() + " but bucketCounts add up to " + total);
            }
        }

        void summaries(Metric m, String metricPath, List<SummaryDataPoint> list) throws OtlpException {
            String name = name(m, metricPath, list.size(), Type.SUMMARY);
            String path = metricPath + ".summary";
            for (int d = 0; name != null && d < list.size(); d++) {
                SummaryDataPoint dp = list.get(d);
                String at = path + ".dataPoints[" + d + "]";
                dataPoints++;
                if ((dp.getFlags() & NO_RECORDED_VALUE) != 0) {
                    continue;
                }
                for (int q = 0; q < dp.getQuantileValuesCount(); q++) {
                    double quantile = dp.getQuantileValues(q).getQuantile();
                    if (!(quantile >= 0 && quantile <= 1)) {
                        throw OtlpException.invalid(
                                at + ".quantileValues[" + q + "].quantile",
                                "must be between 0 and 1; got " + OtlpValues.number(quantile));
                    }
                }
                try {
                    long time = time(dp.getTimeUnixNano());
                    var base = OtlpLabels.of(OtlpValues.attributes(dp.getAttributesList()), identity);
                    List<Sample> out = new ArrayList<>(dp.getQuantileValuesCount() + 2);
                    for (var qv : dp.getQuantileValuesList()) {
                        out.add(new Sample(
                                OtlpLabels.series(base, name, "quantile", OtlpValues.number(qv.getQuantile())),
                                time,
                                qv.getValue()));
                    }
                    out.add(new Sample(OtlpLabels.series(base, name + "_sum", null, null), time, dp.getSum()));
                    out.add(new Sample(OtlpLabels.series(base, name + "_count", null, null), time, dp.getCount()));
                    commit(at, true, out);
                } catch (Refused e) {
                    rejected.add(new Rejection(at, e.getMessage(), 1));
                }
            }
        }

        void targetInfo(Map<String, String> resource, String path) {
            Map<String, String> rest = new HashMap<>(resource);
            rest.keySet().removeAll(OtlpLabels.IDENTIFYING);
            if (newest == 0 || identity.isEmpty() || rest.isEmpty()) {
                return;
            }
            try {
                commit(
                        path,
                        false,
                        List.of(new Sample(
                                OtlpLabels.series(OtlpLabels.of(rest, identity), TARGET_INFO, null, null), newest, 1)));
            } catch (Refused e) {
                rejected.add(new Rejection(path, TARGET_INFO + " not written: " + e.getMessage(), 0));
            }
        }

        void commit(String path, boolean dataPoint, List<Sample> out) {
            int index = points.size();
            points.add(new Point(path, dataPoint));
            for (Sample s : out) {
                samples.add(new Translated(s, index));
                newest = Math.max(newest, s.time());
            }
        }

        static long time(long nanos) throws Refused {
            if (nanos == 0) {
                throw new Refused("timeUnixNano is required (nanoseconds since the epoch)");
            }
            if (nanos < 0) { // fixed64 past Long.MAX_VALUE
                throw new Refused("timeUnixNano is after the year 2262");
            }
            return nanos / 1_000_000;
        }
    }
}
