package io.enis.observability.query;

import io.enis.observability.query.Expr.Aggregate;
import io.enis.observability.query.Expr.Call;
import io.enis.observability.query.Expr.Function;
import io.enis.observability.query.Expr.MatrixSelector;
import io.enis.observability.query.Expr.NumberLiteral;
import io.enis.observability.query.Expr.VectorSelector;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.SampleBuffer;
import io.enis.observability.tsdb.TimeSeriesStore;
import io.enis.observability.tsdb.TimeSeriesStore.SeriesData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates a parsed query at instants, with Prometheus semantics: a 5-minute lookback for instant
 * selectors, extrapolated {@code rate}/{@code increase} with counter-reset handling, the metric name
 * dropped by functions and aggregations, and {@code histogram_quantile} interpolating linearly within
 * the bucket. Each selector's samples are read once per query (for the whole range) and then indexed
 * by binary search at every step.
 */
public final class Evaluator {
    /** How far back an instant selector looks for the newest sample (Prometheus' default). */
    public static final long LOOKBACK_MILLIS = 5 * 60 * 1000;

    private final TimeSeriesStore store;
    private final String tenant;
    private final long rangeStart;
    private final long rangeEnd;
    private final Map<Expr, List<SeriesData>> fetched = new IdentityHashMap<>();

    /** One element of an instant vector. */
    public record Element(Labels labels, double value) {}

    /** The value of an expression at one instant: a scalar or a vector. */
    public sealed interface Value {}

    public record Scalar(double value) implements Value {}

    public record Vector(List<Element> elements) implements Value {}

    /** @param rangeStart,rangeEnd the instants this evaluator will be asked about (ms) */
    public Evaluator(TimeSeriesStore store, String tenant, long rangeStart, long rangeEnd) {
        this.store = store;
        this.tenant = tenant;
        this.rangeStart = rangeStart;
        this.rangeEnd = rangeEnd;
    }

    /** The value of {@code expr} at {@code time} (ms). */
    public Value eval(Expr expr, long time) {
        if (expr instanceof NumberLiteral n) {
            return new Scalar(n.value());
        }
        if (expr instanceof VectorSelector s) {
            return new Vector(instant(s, time));
        }
        if (expr instanceof Call c) {
            return new Vector(call(c, time));
        }
        if (expr instanceof Aggregate a) {
            return new Vector(aggregate(a, time));
        }
        if (expr instanceof Expr.Binary b) {
            return binary(b, time);
        }
        throw new QueryException("a range vector cannot be the result of a query; wrap it in rate() or *_over_time()");
    }

    private List<SeriesData> data(Expr selector, VectorSelector vs, long window) {
        return fetched.computeIfAbsent(
                selector, k -> store.select(tenant, vs.matchers(), rangeStart - window, rangeEnd));
    }

    private List<Element> instant(VectorSelector s, long time) {
        List<Element> out = new ArrayList<>();
        for (SeriesData d : data(s, s, LOOKBACK_MILLIS)) {
            SampleBuffer b = d.samples();
            int i = b.lastAtOrBefore(time);
            if (i >= 0 && b.time(i) > time - LOOKBACK_MILLIS) {
                out.add(new Element(d.labels(), b.value(i)));
            }
        }
        return out;
    }

    private List<Element> call(Call c, long time) {
        if (c.function() == Function.HISTOGRAM_QUANTILE) {
            double q = ((NumberLiteral) c.args().get(0)).value();
            return HistogramQuantile.apply(q, vector(c.args().get(1), time));
        }
        MatrixSelector m = (MatrixSelector) c.args().get(0);
        List<Element> out = new ArrayList<>();
        long from = time - m.rangeMillis();
        for (SeriesData d : data(m, m.selector(), m.rangeMillis())) {
            SampleBuffer b = d.samples();
            int first = b.firstAtOrAfter(from + 1);
            int last = b.lastAtOrBefore(time);
            if (last < first) {
                continue;
            }
            Double v = RangeFunctions.apply(c.function(), b, first, last, from, time);
            if (v != null) {
                out.add(new Element(withoutName(d.labels()), v));
            }
        }
        return out;
    }

    private List<Element> vector(Expr e, long time) {
        Value v = eval(e, time);
        if (v instanceof Vector vec) {
            return vec.elements();
        }
        throw new QueryException("expected an instant vector, got a scalar");
    }

    private List<Element> aggregate(Aggregate a, long time) {
        Map<Labels, double[]> groups = new LinkedHashMap<>();
        for (Element e : vector(a.arg(), time)) {
            Labels key = groupKey(e.labels(), a.grouping(), a.without());
            double[] acc = groups.get(key);
            if (acc == null) {
                groups.put(key, new double[] {e.value(), 1});
                continue;
            }
            acc[1]++;
            acc[0] = switch (a.op()) {
                case SUM, AVG -> acc[0] + e.value();
                case MIN -> Math.min(acc[0], e.value());
                case MAX -> Math.max(acc[0], e.value());
                case COUNT -> 0;
            };
        }
        List<Element> out = new ArrayList<>();
        groups.forEach((k, acc) -> out.add(new Element(
                k,
                switch (a.op()) {
                    case AVG -> acc[0] / acc[1];
                    case COUNT -> acc[1];
                    default -> acc[0];
                })));
        return out;
    }

    private Value binary(Expr.Binary b, long time) {
        Value left = eval(b.left(), time);
        Value right = eval(b.right(), time);
        if (left instanceof Scalar l && right instanceof Scalar r) {
            return new Scalar(arithmetic(b.op(), l.value(), r.value()));
        }
        boolean scalarLeft = left instanceof Scalar;
        double scalar = scalarLeft ? ((Scalar) left).value() : ((Scalar) right).value();
        List<Element> out = new ArrayList<>();
        for (Element e : ((Vector) (scalarLeft ? right : left)).elements()) {
            double v = scalarLeft ? arithmetic(b.op(), scalar, e.value()) : arithmetic(b.op(), e.value(), scalar);
            out.add(new Element(withoutName(e.labels()), v));
        }
        return new Vector(out);
    }

    private static double arithmetic(char op, double a, double b) {
        return switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            default -> a / b;
        };
    }

    private static Labels groupKey(Labels labels, List<String> grouping, boolean without) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            String name = labels.name(i);
            boolean listed = grouping.contains(name);
            if (without ? !listed && !name.equals(Labels.NAME) : listed) {
                out.put(name, labels.value(i));
            }
        }
        return Labels.of(out);
    }

    static Labels withoutName(Labels labels) {
        Map<String, String> m = new TreeMap<>(labels.toMap());
        m.remove(Labels.NAME);
        return Labels.of(m);
    }
}
