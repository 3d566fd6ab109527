package io.enis.observability.query;

import io.enis.observability.metadata.MetadataStore;
import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.query.Expr.VectorSelector;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Matcher;
import io.enis.observability.tsdb.TimeSeriesStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What Grafana's autocomplete and Explore ask besides queries, answered as Prometheus' HTTP API does:
 * series matching selectors, label names and values (optionally only of those series), metric
 * metadata and exemplars (none are stored).
 *
 * <p>Selectors ({@code match[]}) are series selectors of the query language ({@code up},
 * {@code http_requests_total{job=~"api|web"}}); several are a union. A time range keeps the series
 * with samples in it; without one every stored series counts. A {@code limit} of 0 means none.
 */
public final class SeriesLookup {
    /** Suffixes of the series of a histogram, summary or counter family ({@code x_bucket} belongs to {@code x}). */
    private static final List<String> FAMILY_SUFFIXES = List.of("_bucket", "_sum", "_count", "_total", "_created");

    private final TimeSeriesStore store;
    private final MetadataStore metadata;

    public SeriesLookup(TimeSeriesStore store, MetadataStore metadata) {
        this.store = store;
        this.metadata = metadata;
    }

    /**
     * The label sets of the series matching any selector, with samples in {@code [from, to]}, sorted.
     *
     * @throws QueryException when there is no selector or one is not a series selector
     */
    public List<Map<String, String>> series(String tenant, List<String> selectors, long from, long to, int limit) {
        if (selectors.isEmpty()) {
            throw new QueryException("at least one series selector is required, for example match[]=up");
        }
        return limited(
                matching(tenant, selectors, from, to).stream()
                        .map(Labels::toMap)
                        .toList(),
                limit);
    }

    /** Label names of the matching series (every series without selectors), sorted. */
    public List<String> labelNames(String tenant, List<String> selectors, long from, long to, int limit) {
        return collect(tenant, selectors, from, to, limit, labels -> {
            List<String> names = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                names.add(labels.name(i));
            }
            return names;
        });
    }

    /** Values of {@code label} across the matching series (every series without selectors), sorted. */
    public List<String> labelValues(
            String tenant, String label, List<String> selectors, long from, long to, int limit) {
        return collect(tenant, selectors, from, to, limit, labels -> {
            String value = labels.get(label);
            return value == null ? List.of() : List.of(value);
        });
    }

    /**
     * Metric metadata by family name, as {@code /api/v1/metadata} answers it (each name maps to a list
     * with one entry): what the senders said (remote write's metadata, the text format's TYPE and
     * HELP lines), and {@code unknown} with empty help and unit for a stored metric nobody described;
     * a stored {@code x_bucket}, {@code x_sum}, {@code x_count}, {@code x_total} or {@code x_created}
     * is not listed when its family {@code x} is described. No type is guessed from a name.
     *
     * @param metric only this family; null: all
     */
    public Map<String, List<Entry>> metadata(String tenant, String metric, int limit) {
        SortedMap<String, MetricMetadata> described = metadata.all(tenant);
        SortedMap<String, MetricMetadata> all = new TreeMap<>(described);
        for (String name : store.labelValues(tenant, Labels.NAME)) {
            if (!described.containsKey(name)
                    && FAMILY_SUFFIXES.stream()
                            .noneMatch(suffix -> name.endsWith(suffix)
                                    && described.containsKey(name.substring(0, name.length() - suffix.length())))) {
                all.put(name, MetricMetadata.UNKNOWN);
            }
        }
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (var e : all.entrySet()) {
            if (metric != null && !metric.equals(e.getKey())) {
                continue;
            }
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            MetricMetadata m = e.getValue();
            out.put(e.getKey(), List.of(new Entry(m.type().apiName(), m.help(), m.unit())));
        }
        return out;
    }

    /** One metadata entry as {@code /api/v1/metadata} lists it. */
    public record Entry(String type, String help, String unit) {}

    /**
     * Exemplars of the series {@code query} selects: always none, since exemplars are not stored; the
     * query is still parsed, so a wrong one is reported as Prometheus would.
     *
     * @throws QueryException when the query does not parse
     */
    public List<Object> exemplars(String query) {
        PromQlParser.parse(query);
        return List.of();
    }

    private List<String> collect(
            String tenant,
            List<String> selectors,
            long from,
            long to,
            int limit,
            Function<Labels, List<String>> values) {
        Set<String> out = new TreeSet<>();
        for (Labels labels : matching(tenant, selectors, from, to)) {
            out.addAll(values.apply(labels));
        }
        return limited(List.copyOf(out), limit);
    }

    private Set<Labels> matching(String tenant, List<String> selectors, long from, long to) {
        Set<Labels> out = new TreeSet<>();
        if (selectors.isEmpty()) {
            out.addAll(store.series(tenant, List.of(), from, to));
        }
        for (String selector : selectors) {
            out.addAll(store.series(tenant, matchers(selector), from, to));
        }
        return out;
    }

    private static List<Matcher> matchers(String selector) {
        Expr parsed;
        try {
            parsed = PromQlParser.parse(selector);
        } catch (QueryException e) {
            throw new QueryException("'" + selector + "': " + e.getMessage());
        }
        if (!(parsed instanceof VectorSelector vs)) {
            throw new QueryException(
                    "'" + selector + "' is not a series selector; expected for example up or {job=\"api\"}");
        }
        return vs.matchers();
    }

    private static <T> List<T> limited(List<T> list, int limit) {
        return limit > 0 && list.size() > limit ? list.subList(0, limit) : list;
    }
}
