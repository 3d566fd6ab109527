package io.enis.observability.backend;

import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.query.Evaluator;
import io.enis.observability.query.PromQlParser;
import io.enis.observability.query.QueryEngine;
import io.enis.observability.query.Selectors;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Sample;
import io.enis.observability.tsdb.TimeSeriesStore;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code METRICS_BACKEND=embedded}: the in-process {@link TimeSeriesStore} (its write-ahead log and
 * checkpoints under {@code DATA_DIR}) with the service's own PromQL evaluator. One node; the default,
 * so that {@code java -jar} needs nothing else. Metadata is not kept here (the service's
 * {@link io.enis.observability.metadata.MetadataStore} has it).
 */
public final class EmbeddedBackend implements MetricsBackend {
    private final TimeSeriesStore store;
    private final QueryEngine engine;

    public EmbeddedBackend(TimeSeriesStore store) {
        this.store = store;
        this.engine = new QueryEngine(store);
    }

    @Override
    public IngestResult ingest(String tenant, List<Sample> samples, Map<String, MetricMetadata> metadata) {
        return store.ingest(tenant, samples);
    }

    @Override
    public Object instant(String tenant, String query, long time) {
        return engine.instant(tenant, query, time);
    }

    @Override
    public Object range(String tenant, String query, long start, long end, long step) {
        return engine.range(tenant, query, start, end, step);
    }

    @Override
    public Evaluator.Value evaluate(String tenant, String query, long time) {
        return new Evaluator(store, tenant, time, time).eval(PromQlParser.parse(query), time);
    }

    @Override
    public List<Map<String, String>> series(String tenant, List<String> selectors, long from, long to) {
        return matching(tenant, selectors, from, to).stream().map(Labels::toMap).toList();
    }

    @Override
    public List<String> labelNames(String tenant, List<String> selectors, long from, long to) {
        return collect(tenant, selectors, from, to, labels -> {
            List<String> names = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                names.add(labels.name(i));
            }
            return names;
        });
    }

    @Override
    public List<String> labelValues(String tenant, String label, List<String> selectors, long from, long to) {
        if (selectors.isEmpty() && from == Long.MIN_VALUE && to == Long.MAX_VALUE) {
            return List.copyOf(new TreeSet<>(store.labelValues(tenant, label)));
        }
        return collect(tenant, selectors, from, to, labels -> {
            String value = labels.get(label);
            return value == null ? List.of() : List.of(value);
        });
    }

    @Override
    public SortedMap<String, MetricMetadata> metadata(String tenant) {
        return new TreeMap<>();
    }

    @Override
    public void check() throws Exception {
        store.check();
    }

    private List<String> collect(
            String tenant, List<String> selectors, long from, long to, Function<Labels, List<String>> values) {
        Set<String> out = new TreeSet<>();
        for (Labels labels : matching(tenant, selectors, from, to)) {
            out.addAll(values.apply(labels));
        }
        return List.copyOf(out);
    }

    private Set<Labels> matching(String tenant, List<String> selectors, long from, long to) {
        Set<Labels> out = new TreeSet<>();
        if (selectors.isEmpty()) {
            out.addAll(store.series(tenant, List.of(), from, to));
        }
        for (String selector : selectors) {
            out.addAll(store.series(tenant, Selectors.matchers(selector), from, to));
        }
        return out;
    }
}
