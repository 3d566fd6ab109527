package io.enis.observability.query;

import io.enis.observability.tsdb.Matcher;
import java.util.List;
import java.util.Locale;

/** The PromQL subset this service evaluates, as a syntax tree. */
public sealed interface Expr {
    /** {@code 42}, {@code 0.95} */
    record NumberLiteral(double value) implements Expr {}

    /** {@code http_requests_total{job="api",code=~"5.."}}: the newest sample within the lookback. */
    record VectorSelector(List<Matcher> matchers) implements Expr {}

    /** {@code selector[5m]}: every sample in the range; only valid as a range function's argument. */
    record MatrixSelector(VectorSelector selector, long rangeMillis) implements Expr {}

    /** {@code rate(x[5m])}, {@code histogram_quantile(0.99, …)}, {@code avg_over_time(x[1h])}. */
    record Call(Function function, List<Expr> args) implements Expr {}

    /** {@code sum by (job) (…)}, {@code max without (instance) (…)}. */
    record Aggregate(Aggregation op, List<String> grouping, boolean without, Expr arg) implements Expr {}

    /** {@code rate(x[5m]) * 100}, {@code 1 + 1}: arithmetic where at least one side is a scalar. */
    record Binary(char op, Expr left, Expr right) implements Expr {}

    /** Aggregation operators. */
    enum Aggregation {
        SUM,
        AVG,
        MIN,
        MAX,
        COUNT
    }

    /** Functions, with the argument kinds they take. */
    enum Function {
        RATE(true),
        INCREASE(true),
        AVG_OVER_TIME(true),
        MIN_OVER_TIME(true),
        MAX_OVER_TIME(true),
        SUM_OVER_TIME(true),
        COUNT_OVER_TIME(true),
        LAST_OVER_TIME(true),
        HISTOGRAM_QUANTILE(false);

        /** Whether the (last) argument is a range vector. */
        public final boolean takesRange;

        Function(boolean takesRange) {
            this.takesRange = takesRange;
        }

        public String promqlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
