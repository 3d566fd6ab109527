package io.enis.scorecard.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A batch of values for one KPI, read from {@code {"unit": "s", "values": [{"value": 0.085, "at": "…", "unit": "ms"}]}}.
 * Each value's unit (else the batch's, else the KPI's) must convert to the KPI's unit; values are
 * stored converted. {@code at} defaults to now and may be at most {@link #FUTURE_SLACK} ahead (clock skew);
 * one batch may not hold the same {@code at} twice.
 */
public final class ValueBatch {
    /** How far ahead of the service's clock a value's time may be. */
    public static final Duration FUTURE_SLACK = Duration.ofMinutes(5);

    private ValueBatch() {
    }

    /** A value before storing: its time and its value in the KPI's unit. */
    public record Point(Instant at, double value) {
    }

    /**
     * The batch's points in the KPI's unit.
     *
     * @throws io.enis.kit.domain.InvalidInputException naming every bad field ({@code values[3].unit})
     */
    public static List<Point> read(JsonNode body, Unit kpiUnit, Instant now, int maxValues) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        body.fieldNames().forEachRemaining(k -> {
            if (!Set.of("unit", "values").contains(k)) {
                f.reject(k, "is not a field of a value batch; allowed: unit, values");
            }
        });
        Unit batchUnit = unit(body, "unit", kpiUnit, kpiUnit, f);
        JsonNode values = body.get("values");
        if (values == null || !values.isArray() || values.isEmpty() || values.size() > maxValues) {
            f.reject("values", "must be an array of 1 to " + maxValues + " values (MAX_VALUES_PER_REQUEST)");
            f.throwIfInvalid();
        }
        List<Point> out = new ArrayList<>();
        Map<Instant, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String p = "values[" + i + "]";
            JsonNode v = values.get(i);
            if (f.requireObject(v, p) == null) {
                continue;
            }
            v.fieldNames().forEachRemaining(k -> {
                if (!Set.of("value", "at", "unit").contains(k)) {
                    f.reject(p + "." + k, "is not a field of a value; allowed: value, at, unit");
                }
            });
            Double value = f.requiredNumber(v, "value", p + ".value");
            Instant at = f.optionalInstant(v, "at", p + ".at").orElse(now);
            Unit unit = unit(v, p + ".unit", batchUnit == null ? kpiUnit : batchUnit, kpiUnit, f);
            if (at.isAfter(now.plus(FUTURE_SLACK))) {
                f.reject(p + ".at", "must not be more than 5 minutes ahead of the service's clock (" + now + ")");
            }
            Integer earlier = seen.put(at, i);
            if (earlier != null) {
                f.reject(p + ".at", "repeats the time of values[" + earlier + "] (a value without at is for the time of the request); "
                        + "send one value per time");
            }
            if (value != null && unit != null) {
                double converted = kpiUnit.convert(value, unit);
                if (Magnitudes.check(f, converted, p + ".value") != null) {
                    out.add(new Point(at, converted));
                }
            }
        }
        f.throwIfInvalid();
        return out;
    }

    private static Unit unit(JsonNode node, String path, Unit fallback, Unit kpiUnit, Fields f) {
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        String text = f.optionalText(node, field, path, null, null);
        if (text == null) {
            return fallback;
        }
        Unit unit = Unit.parse(text).orElse(null);
        if (unit == null || !kpiUnit.convertibleFrom(unit)) {
            f.reject(path, "must be " + String.join(", ", kpiUnit.convertible()) + ": the KPI is in " + kpiUnit.symbol()
                    + (unit == null ? "" : " and " + text + " is not " + kpiUnit.describeDimension() + " (one unit per KPI)"));
            return null;
        }
        return unit;
    }
}
