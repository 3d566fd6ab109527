package io.enis.observability.backend;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.config.ConfigException;
import io.enis.kit.domain.UnavailableException;
import io.enis.observability.Tenants;
import io.enis.observability.backend.RemoteEngine.WriteRefused;
import io.enis.observability.metadata.MetricMetadata;
import io.enis.observability.metadata.MetricType;
import io.enis.observability.query.Evaluator;
import io.enis.observability.query.Evaluator.Element;
import io.enis.observability.query.PromQlWriter;
import io.enis.observability.query.QueryException;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Matcher;
import io.enis.observability.tsdb.Sample;
import io.enis.observability.tsdb.TimeSeriesStore.IngestResult;
import io.enis.observability.tsdb.TimeSeriesStore.Rejection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code METRICS_BACKEND=remote}: samples are remote-written (Prometheus remote write 1.0) to a
 * Prometheus-compatible engine — Grafana Mimir in the platform, a plain Prometheus with
 * {@code --web.enable-remote-write-receiver} on a laptop — and every query goes to its Prometheus HTTP
 * API. The service keeps no samples: any number of replicas serve the same data, and a write is
 * acknowledged only once the engine acknowledged it (2xx), so an acknowledged sample is in the engine.
 *
 * <p>Tenants: {@link TenantScope} ({@code METRICS_REMOTE_TENANCY}). A write the engine refuses (400:
 * out of order, too old, over a limit) is answered with the refused samples named: the engine's reason
 * says what, and the newest sample the engine holds of each of the batch's series (first
 * {@value #DIAGNOSED_SERIES}) says which samples it was; when none can be singled out, every sample of
 * the batch is named with the engine's reason. The engine takes a request whole or not at all, so a
 * refused batch stored nothing.
 *
 * <p>Query semantics are the engine's (with {@code header} tenancy its full PromQL; with {@code label}
 * the service's PromQL subset, which it has to parse to confine the query). Failures: see
 * {@link RemoteEngine}.
 */
public final class RemoteBackend implements MetricsBackend {
    /** The label carrying the tenant with {@code METRICS_REMOTE_TENANCY=label}. */
    public static final String TENANT_LABEL = TenantScope.LABEL;

    /** How many of a refused batch's series are looked up to name the refused samples. */
    static final int DIAGNOSED_SERIES = 20;

    private final RemoteEngine engine;
    private final TenantScope scope;
    private final Clock clock;

    public RemoteBackend(RemoteSettings settings, Clock clock) {
        this.engine = new RemoteEngine(settings.writeUrl(), settings.queryUrl(), settings.timeout());
        this.scope = new TenantScope(settings.tenancy());
        this.clock = clock;
    }

    /**
     * Checks at start-up that both URLs lead to an engine that takes this tenancy: an empty write and
     * the query {@code 1}.
     *
     * @throws ConfigException naming the setting when the engine cannot be reached, answers 404 (wrong
     *                         path) or needs a tenant header ({@code METRICS_REMOTE_TENANCY=label} against
     *                         Mimir or Cortex)
     */
    public void probe() {
        try {
            engine.write(scope.header(Tenants.DEFAULT), WriteRequests.encode(List.of(), Map.of(), null))
                    .ifPresent(refused -> {
                        throw new ConfigException(
                                List.of("METRICS_REMOTE_WRITE_URL: the engine refused an empty write ("
                                        + refused.status() + " " + RemoteEngine.abbreviate(refused.message()) + ")"));
                    });
        } catch (UnavailableException e) {
            throw new ConfigException(List.of(setting(e, "METRICS_REMOTE_WRITE_URL") + ": " + e.getMessage()));
        }
        try {
            engine.api("query", List.of(Map.entry("query", "1")), scope.header(Tenants.DEFAULT), true);
        } catch (UnavailableException | QueryException e) {
            throw new ConfigException(List.of(setting(e, "METRICS_REMOTE_QUERY_URL") + ": " + e.getMessage()));
        }
    }

    private static String setting(RuntimeException e, String url) {
        return e.getMessage() != null && e.getMessage().contains("METRICS_REMOTE_TENANCY")
                ? "METRICS_REMOTE_TENANCY"
                : url;
    }

    @Override
    public IngestResult ingest(String tenant, List<Sample> samples, Map<String, MetricMetadata> metadata) {
        if (samples.isEmpty()) {
            return new IngestResult(0, List.of(), false);
        }
        if (scope.byLabel()) {
            List<Rejection> reserved = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (samples.get(i).labels().get(TENANT_LABEL) != null) {
                    reserved.add(new Rejection(
                            i, "the label " + TENANT_LABEL + " is reserved (it carries the tenant in the engine)"));
                }
            }
            if (!reserved.isEmpty()) {
                return new IngestResult(0, reserved, false);
            }
        }
        var refused =
                engine.write(scope.header(tenant), WriteRequests.encode(samples, metadata, scope.writeLabel(tenant)));
        if (refused.isEmpty()) {
            return new IngestResult(samples.size(), List.of(), false);
        }
        return new IngestResult(0, diagnose(tenant, samples, refused.get()), false);
    }

    /** Names the samples of a refused batch that the engine's newest samples show were out of order. */
    private List<Rejection> diagnose(String tenant, List<Sample> samples, WriteRefused refused) {
        String reason = "refused by the " + engine.name() + " (" + refused.status() + " "
                + RemoteEngine.abbreviate(refused.message()) + ")";
        Map<Labels, Long> newest = new TreeMap<>();
        for (Sample s : samples) {
            if (newest.size() >= DIAGNOSED_SERIES) {
                break;
            }
            newest.computeIfAbsent(s.labels(), labels -> newestSample(tenant, labels));
        }
        List<Rejection> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            Long held = newest.get(s.labels());
            if (held != null && held >= 0 && s.time() <= held) {
                out.add(new Rejection(
                        i,
                        reason + ": out of order, the engine already holds a sample of this series at "
                                + Instant.ofEpochMilli(held)));
            }
        }
        if (out.isEmpty()) {
            for (int i = 0; i < samples.size(); i++) {
                out.add(new Rejection(i, reason));
            }
        }
        return out;
    }

    /** The time (ms) of the newest sample the engine holds of {@code labels} within the lookback, or -1. */
    private long newestSample(String tenant, Labels labels) {
        List<Matcher> matchers = new ArrayList<>();
        if (scope.byLabel()) {
            matchers.add(Matcher.of(TENANT_LABEL, Matcher.Op.EQ, tenant));
        }
        for (int i = 0; i < labels.size(); i++) {
            matchers.add(Matcher.of(labels.name(i), Matcher.Op.EQ, labels.value(i)));
        }
        String query = "timestamp(" + PromQlWriter.selector(matchers) + ")";
        try {
            JsonNode result = engine.api(
                            "query",
                            List.of(Map.entry("query", query), Map.entry("time", seconds(clock.millis()))),
                            scope.header(tenant),
                            true)
                    .path("result");
            if (result.isEmpty()) {
                return -1;
            }
            return new BigDecimal(result.get(0).path("value").get(1).asText())
                    .movePointRight(3)
                    .longValue();
        } catch (RuntimeException e) {
            return -1; // only a diagnosis: the refusal stands either way
        }
    }

    @Override
    public Object instant(String tenant, String query, long time) {
        return stripped(engine.api(
                "query",
                List.of(Map.entry("query", scope.query(tenant, query)), Map.entry("time", seconds(time))),
                scope.header(tenant),
                true));
    }

    @Override
    public Object range(String tenant, String query, long start, long end, long step) {
        return stripped(engine.api(
                "query_range",
                List.of(
                        Map.entry("query", scope.query(tenant, query)),
                        Map.entry("start", seconds(start)),
                        Map.entry("end", seconds(end)),
                        Map.entry("step", seconds(step))),
                scope.header(tenant),
                true));
    }

    @Override
    public Evaluator.Value evaluate(String tenant, String query, long time) {
        JsonNode data = (JsonNode) instant(tenant, query, time);
        String type = data.path("resultType").asText();
        if (type.equals("scalar")) {
            return new Evaluator.Scalar(value(data.path("result").get(1).asText()));
        }
        if (!type.equals("vector")) {
            throw new QueryException("the query gives a " + type + "; an alert needs a vector or a scalar");
        }
        List<Element> elements = new ArrayList<>();
        for (JsonNode item : data.path("result")) {
            elements.add(new Element(
                    labels(item.path("metric")), value(item.path("value").get(1).asText())));
        }
        return new Evaluator.Vector(elements);
    }

    @Override
    public List<Map<String, String>> series(String tenant, List<String> selectors, long from, long to) {
        JsonNode data = engine.api("series", params(tenant, selectors, from, to), scope.header(tenant), true);
        List<Labels> out = new ArrayList<>();
        for (JsonNode item : data) {
            out.add(labels(scope.strip(item)));
        }
        out.sort(null);
        return out.stream().map(Labels::toMap).toList();
    }

    @Override
    public List<String> labelNames(String tenant, List<String> selectors, long from, long to) {
        JsonNode data = engine.api("labels", params(tenant, selectors, from, to), scope.header(tenant), true);
        TreeSet<String> out = strings(data);
        if (scope.byLabel()) {
            out.remove(TENANT_LABEL);
        }
        return List.copyOf(out);
    }

    @Override
    public List<String> labelValues(String tenant, String label, List<String> selectors, long from, long to) {
        JsonNode data = engine.api(
                "label/" + label + "/values", params(tenant, selectors, from, to), scope.header(tenant), false);
        return List.copyOf(strings(data));
    }

    @Override
    public SortedMap<String, MetricMetadata> metadata(String tenant) {
        JsonNode data = engine.api("metadata", List.of(), scope.header(tenant), false);
        SortedMap<String, MetricMetadata> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode first = e.getValue().path(0);
            out.put(
                    e.getKey(),
                    new MetricMetadata(
                            type(first.path("type").asText()),
                            first.path("help").asText(""),
                            first.path("unit").asText("")));
        }
        return out;
    }

    @Override
    public void check() {
        engine.api("query", List.of(Map.entry("query", "1")), scope.header(Tenants.DEFAULT), true);
    }

    /** The engine's name, for logs and readiness. */
    public String describe() {
        return engine.name();
    }

    private List<Map.Entry<String, String>> params(String tenant, List<String> selectors, long from, long to) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (String s : scope.selectors(tenant, selectors)) {
            params.add(Map.entry("match[]", s));
        }
        if (from != Long.MIN_VALUE) {
            params.add(Map.entry("start", seconds(from)));
        }
        if (to != Long.MAX_VALUE) {
            params.add(Map.entry("end", seconds(to)));
        }
        return params;
    }

    private JsonNode stripped(JsonNode data) {
        for (JsonNode item : data.path("result")) {
            scope.strip(item.path("metric"));
        }
        return data;
    }

    private static TreeSet<String> strings(JsonNode array) {
        TreeSet<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Labels labels(JsonNode metric) {
        Map<String, String> map = new TreeMap<>();
        metric.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return Labels.of(map);
    }

    private static MetricType type(String apiName) {
        try {
            return MetricType.valueOf(apiName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return MetricType.UNKNOWN;
        }
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).toPlainString();
    }
}
