package io.enis.observability.query;

import io.enis.observability.query.Evaluator.Element;
import io.enis.observability.query.Evaluator.Scalar;
import io.enis.observability.query.Evaluator.Value;
import io.enis.observability.query.Evaluator.Vector;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.TimeSeriesStore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Instant and range queries, answered in the Prometheus HTTP API shape ({@code resultType} vector,
 * matrix or scalar; values as {@code [unixSeconds, "value"]}), so Grafana's Prometheus data source
 * reads them unchanged.
 */
public final class QueryEngine {
    /** Most points one range query may return per series (Prometheus' limit). */
    public static final int MAX_POINTS = 11_000;

    private final TimeSeriesStore store;

    public QueryEngine(TimeSeriesStore store) {
        this.store = store;
    }

    /** The query's value at {@code time} (ms) as the Prometheus {@code data} object. */
    public Map<String, Object> instant(String tenant, String query, long time) {
        Expr expr = PromQlParser.parse(query);
        Value v = new Evaluator(store, tenant, time, time).eval(expr, time);
        Map<String, Object> data = new LinkedHashMap<>();
        if (v instanceof Scalar s) {
            data.put("resultType", "scalar");
            data.put("result", point(time, s.value()));
        } else {
            data.put("resultType", "vector");
            List<Map<String, Object>> result = new ArrayList<>();
            for (Element e : ((Vector) v).elements()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("metric", e.labels().toMap());
                item.put("value", point(time, e.value()));
                result.add(item);
            }
            data.put("result", result);
        }
        return data;
    }

    /**
     * The query evaluated every {@code step} from {@code start} to {@code end} (ms) as a matrix.
     *
     * @throws QueryException when the range is reversed or has more than {@link #MAX_POINTS} steps
     */
    public Map<String, Object> range(String tenant, String query, long start, long end, long step) {
        checkRange(start, end, step);
        Expr expr = PromQlParser.parse(query);
        Evaluator evaluator = new Evaluator(store, tenant, start, end);
        Map<Labels, List<Object>> series = new TreeMap<>();
        for (long t = start; t <= end; t += step) {
            Value v = evaluator.eval(expr, t);
            if (v instanceof Scalar s) {
                series.computeIfAbsent(Labels.of(Map.of()), k -> new ArrayList<>())
                        .add(point(t, s.value()));
            } else {
                for (Element e : ((Vector) v).elements()) {
                    series.computeIfAbsent(e.labels(), k -> new ArrayList<>()).add(point(t, e.value()));
                }
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        series.forEach((labels, values) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("metric", labels.toMap());
            item.put("values", values);
            result.add(item);
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("resultType", "matrix");
        data.put("result", result);
        return data;
    }

    /**
     * The bounds every range query must keep, whichever store answers it.
     *
     * @throws QueryException when the range is reversed, the step not positive, or there are more than
     *                        {@link #MAX_POINTS} steps
     */
    public static void checkRange(long start, long end, long step) {
        if (end < start) {
            throw new QueryException("end must not be before start");
        }
        if (step <= 0) {
            throw new QueryException("step must be positive");
        }
        if ((end - start) / step + 1 > MAX_POINTS) {
            throw new QueryException("more than " + MAX_POINTS + " points per series; raise step or shorten the range");
        }
    }

    private static List<Object> point(long timeMillis, double value) {
        return List.of(BigDecimal.valueOf(timeMillis, 3), format(value));
    }

    /** A sample value as Prometheus writes it: shortest exact decimal, {@code NaN}, {@code +Inf}, {@code -Inf}. */
    public static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (v == Double.POSITIVE_INFINITY) return "+Inf";
        if (v == Double.NEGATIVE_INFINITY) return "-Inf";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        String s = Double.toString(v);
        return s.contains("E") ? new BigDecimal(s).toPlainString() : s;
    }
}
