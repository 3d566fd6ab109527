package io.enis.observability.query;

import io.enis.observability.backend.MetricsBackend;
import io.enis.observability.metadata.MetadataStore;
import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.tsdb.Labels;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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

    private final MetricsBackend backend;
    private final MetadataStore metadata;

    public SeriesLookup(MetricsBackend backend, MetadataStore metadata) {
        this.backend = backend;
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
        return limited(backend.series(tenant, selectors, from, to), limit);
    }

    /** Label names of the matching series (every series without selectors), sorted. */
    public List<String> labelNames(String tenant, List<String> selectors, long from, long to, int limit) {
        return limited(backend.labelNames(tenant, selectors, from, to), limit);
    }

    /** Values of {@code label} across the matching series (every series without selectors), sorted. */
    public List<String> labelValues(
            String tenant, String label, List<String> selectors, long from, long to, int limit) {
        return limited(backend.labelValues(tenant, label, selectors, from, to), limit);
    }

    /**
     * Metric metadata by family name, as {@code /api/v1/metadata} answers it (each name maps to a list
     * with one entry): what the senders said (remote write's metadata, the text format's TYPE and
     * HELP lines; with a remote engine also what the engine holds, for the tenant's own families only),
     * and {@code unknown} with empty help and unit for a stored metric nobody described;
     * a stored {@code x_bucket}, {@code x_sum}, {@code x_count}, {@code x_total} or {@code x_created}
     * is not listed when its family {@code x} is described. No type is guessed from a name.
     *
     * @param metric only this family; null: all
     */
    public Map<String, List<Entry>> metadata(String tenant, String metric, int limit) {
        List<String> names = backend.labelValues(tenant, Labels.NAME, List.of(), Long.MIN_VALUE, Long.MAX_VALUE);
        Set<String> stored = new HashSet<>(names);
        SortedMap<String, MetricMetadata> described = new TreeMap<>();
        backend.metadata(tenant).forEach((family, m) -> {
            if (stored.contains(family)
                    || FAMILY_SUFFIXES.stream().anyMatch(suffix -> stored.contains(family + suffix))) {
                described.put(family, m); // an engine shared by tenants knows every tenant's families
            }
        });
        described.putAll(metadata.all(tenant));
        SortedMap<String, MetricMetadata> all = new TreeMap<>(described);
        for (String name : names) {
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

    private static <T> List<T> limited(List<T> list, int limit) {
        return limit > 0 && list.size() > limit ? list.subList(0, limit) : list;
    }
}
