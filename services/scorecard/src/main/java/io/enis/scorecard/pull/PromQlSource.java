package io.enis.scorecard.pull;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import io.enis.kit.time.Durations;
import io.enis.scorecard.kpi.Unit;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A KPI's PromQL source, the JSON {@code {"promql": "sum(rate(http_requests_total[5m]))", "every": "5m",
 * "unit": "s"}}: the query the observability service evaluates every {@code every}, its value (a scalar
 * or a single series) recorded as the KPI's value at the evaluation time.
 *
 * @param promql the query, 1 to {@value #MAX_QUERY} characters; checked by observability when the KPI is created
 * @param every  how often it is pulled, {@link #MIN_EVERY} to {@link #MAX_EVERY}, default {@link #DEFAULT_EVERY}
 * @param unit   the unit the query answers in, converted to the KPI's (a latency histogram in seconds for a KPI
 *               in ms); null: the KPI's unit
 */
public record PromQlSource(String promql, Duration every, Unit unit) {
    public static final int MAX_QUERY = 2000;
    public static final Duration DEFAULT_EVERY = Duration.ofMinutes(5);
    public static final Duration MIN_EVERY = Duration.ofSeconds(10);
    public static final Duration MAX_EVERY = Duration.ofDays(1);
    /** The fields of a source. */
    public static final Set<String> FIELDS = Set.of("promql", "every", "unit");

    public PromQlSource {
        Objects.requireNonNull(promql, "promql");
        Objects.requireNonNull(every, "every");
    }

    /** {@code every} as the API writes it ({@code 5m}). */
    public String everyText() {
        return Durations.format(every);
    }

    /**
     * The source in {@code node} (the KPI's {@code source} field), or null when {@code f} recorded a
     * problem; paths are {@code source.promql}, {@code source.every}, {@code source.unit}.
     *
     * @param kpiUnit the KPI's unit (null when it was invalid: the unit is then not checked)
     */
    public static PromQlSource read(JsonNode node, Unit kpiUnit, Fields f) {
        int before = f.errors().size();
        if (f.requireObject(node, "source") == null) {
            return null;
        }
        node.fieldNames().forEachRemaining(k -> {
            if (!FIELDS.contains(k)) {
                f.reject("source." + k, "is not a source field; allowed: promql, every, unit");
            }
        });
        String promql = f.requiredText(node, "promql", "source.promql", null, null);
        if (promql != null && (promql.isBlank() || promql.length() > MAX_QUERY)) {
            f.reject("source.promql", "must be a PromQL query of 1 to " + MAX_QUERY + " characters");
        }
        Duration every = f.optionalDuration(node, "every", "source.every");
        if (every != null && (every.compareTo(MIN_EVERY) < 0 || every.compareTo(MAX_EVERY) > 0)) {
            f.reject("source.every", "must be between 10s and 1d");
        }
        Unit unit = null;
        String unitText = f.optionalText(node, "unit", "source.unit", null, null);
        if (unitText != null && kpiUnit != null) {
            unit = Unit.parse(unitText).orElse(null);
            if (unit == null || !kpiUnit.convertibleFrom(unit)) {
                f.reject(
                        "source.unit",
                        "must be " + String.join(", ", kpiUnit.convertible()) + ": the KPI is in " + kpiUnit.symbol());
            }
        }
        if (f.errors().size() > before) {
            return null;
        }
        return new PromQlSource(promql, every == null ? DEFAULT_EVERY : every, unit);
    }
}
