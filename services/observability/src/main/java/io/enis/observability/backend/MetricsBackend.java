package io.enis.observability.backend;

import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.query.Evaluator;
import io.enis.observability.tsdb.Sample;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Where the service keeps and queries metric samples: {@link EmbeddedBackend} (the in-process
 * {@link io.enis.observability.tsdb.TimeSeriesStore}, {@code METRICS_BACKEND=embedded}, the default) or
 * {@link RemoteBackend} (a Prometheus-compatible engine reached by remote write and its HTTP API,
 * {@code METRICS_BACKEND=remote}). Everything in front of it — authentication, scopes, limits,
 * validation, tenants, the ingest formats, alert evaluation — is the same for both.
 *
 * <p>Every method works for one tenant and never sees another's series. Failures common to all
 * methods: {@link io.enis.kit.domain.UnavailableException} (503 with {@code Retry-After}) when the
 * store cannot be used right now (a failing disk, an engine that is down, slow or answering 5xx);
 * nothing was stored, the caller may retry. {@link io.enis.observability.query.QueryException} for a
 * query or selector the store refuses.
 */
public interface MetricsBackend {
    /**
     * Stores {@code samples} all or nothing. The result names the refused samples by index (out of
     * order, too old, a reserved label, the series limit); when it is not {@link IngestResult#ok()}
     * nothing was stored. An {@code ok} result means the samples are durable (in the log, or
     * acknowledged by the engine).
     *
     * @param metadata what the batch said about its families, passed on where the store keeps it
     */
    IngestResult ingest(String tenant, List<Sample> samples, Map<String, MetricMetadata> metadata);

    /** An instant query at {@code time} (ms), as the Prometheus API's {@code data} object. */
    Object instant(String tenant, String query, long time);

    /**
     * A range query (ms; bounds already checked by {@link io.enis.observability.query.QueryEngine#checkRange}),
     * as the Prometheus API's {@code data} object (a matrix).
     */
    Object range(String tenant, String query, long start, long end, long step);

    /** An instant query as values, for the alert evaluator. */
    Evaluator.Value evaluate(String tenant, String query, long time);

    /**
     * Label sets of the series matching any of {@code selectors} (every series when empty) with
     * samples in {@code [from, to]} (ms; {@link Long#MIN_VALUE} / {@link Long#MAX_VALUE}: unbounded), sorted.
     */
    List<Map<String, String>> series(String tenant, List<String> selectors, long from, long to);

    /** Label names of those series, sorted. */
    List<String> labelNames(String tenant, List<String> selectors, long from, long to);

    /** Values of {@code label} across those series, sorted. */
    List<String> labelValues(String tenant, String label, List<String> selectors, long from, long to);

    /** Metric metadata the store itself holds for the tenant's families (the embedded store: none). */
    SortedMap<String, MetricMetadata> metadata(String tenant);

    /** Readiness: returns when the store can be used, throws with a short reason naming it when not. */
    void check() throws Exception;
}
