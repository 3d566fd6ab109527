package io.enis.observability.ingest;

import io.enis.observability.backend.MetricsBackend;
import io.enis.observability.ingest.OtlpMetrics.Translated;
import io.enis.observability.ingest.OtlpMetrics.Translation;
import io.enis.observability.otlp.OtlpException;
import io.enis.observability.otlp.Rejection;
import io.enis.observability.tsdb.Sample;
import io.enis.observability.tsdb.TimeSeriesStore;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An OTLP metrics export ({@code POST /v1/metrics}): the points {@link OtlpMetrics} translates are
 * stored; the refused ones — by the translation, or by the store (out of order, past retention) — are
 * counted in {@code partialSuccess.rejectedDataPoints} with their reasons in its {@code errorMessage}.
 * The store takes a batch whole or not at all, so when it refuses samples, the points they came from
 * (every sample of a histogram point goes with it) are left out and the rest is offered again; the
 * refused attempts store nothing.
 */
public final class OtlpMetricsIngest {
    private final MetricsBackend store;
    private final int maxSamples;
    private final MetricsIngest counts;

    /**
     * @param maxSamples the most samples an export may make ({@code MAX_SAMPLES_PER_REQUEST}; a histogram point
     *                   makes one per bucket plus {@code _sum} and {@code _count})
     * @param counts     counts stored and refused samples, as for every other ingest format
     */
    public OtlpMetricsIngest(MetricsBackend store, int maxSamples, MetricsIngest counts) {
        this.store = store;
        this.maxSamples = maxSamples;
        this.counts = counts;
    }

    /**
     * Stores what can be stored of {@code request} for {@code tenant}.
     *
     * @throws OtlpException INVALID for a self-contradicting histogram or summary, TOO_LARGE above
     *                       {@code maxSamples}, UNPROCESSABLE at the tenant's series limit; nothing stored
     */
    public ExportMetricsServiceResponse export(String tenant, ExportMetricsServiceRequest request)
            throws OtlpException {
        Translation translation = OtlpMetrics.translate(request);
        if (translation.samples().size() > maxSamples) {
            throw new OtlpException(
                    OtlpException.Kind.TOO_LARGE,
                    "resourceMetrics",
                    "makes " + translation.samples().size() + " samples; at most " + maxSamples
                            + " per export (MAX_SAMPLES_PER_REQUEST) — lower the exporter's batch size");
        }
        List<Rejection> refused = new ArrayList<>(translation.rejected());
        List<Translated> batch = translation.samples();
        while (!batch.isEmpty()) {
            IngestResult result = store.ingest(tenant, samples(batch), Map.of());
            if (result.ok()) {
                counts.countStored(result.accepted());
                break;
            }
            if (result.seriesLimitReached()) {
                counts.countRefused(batch.size());
                throw new OtlpException(
                        OtlpException.Kind.UNPROCESSABLE,
                        "resourceMetrics",
                        result.rejected().get(result.rejected().size() - 1).reason()
                                + " (MAX_SERIES_PER_TENANT); nothing was stored");
            }
            List<Translated> rest = without(batch, result, translation.points(), refused);
            counts.countRefused(batch.size() - rest.size());
            batch = rest;
        }
        var response = ExportMetricsServiceResponse.newBuilder();
        if (!refused.isEmpty()) {
            response.setPartialSuccess(ExportMetricsPartialSuccess.newBuilder()
                    .setRejectedDataPoints(Rejection.count(refused))
                    .setErrorMessage(Rejection.summary(refused, translation.dataPoints(), "data points")));
        }
        return response.build();
    }

    private static List<Sample> samples(List<Translated> batch) {
        List<Sample> out = new ArrayList<>(batch.size());
        batch.forEach(t -> out.add(t.sample()));
        return out;
    }

    /** The batch without the points the store refused a sample of; each such point recorded once in {@code refused}. */
    private static List<Translated> without(
            List<Translated> batch, IngestResult result, List<OtlpMetrics.Point> points, List<Rejection> refused) {
        Set<Integer> dropped = new HashSet<>();
        for (TimeSeriesStore.Rejection r : result.rejected()) {
            int point = batch.get(r.index()).point();
            if (dropped.add(point)) {
                OtlpMetrics.Point p = points.get(point);
                refused.add(new Rejection(p.path(), r.reason(), p.dataPoint() ? 1 : 0));
            }
        }
        List<Translated> rest = new ArrayList<>(batch.size());
        for (Translated t : batch) {
            if (!dropped.contains(t.point())) {
                rest.add(t);
            }
        }
        return rest;
    }
}
