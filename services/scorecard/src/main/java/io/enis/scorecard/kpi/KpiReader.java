package io.enis.scorecard.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a KPI definition from JSON; every problem is recorded in the given {@link Fields}
 * with its path ({@code kpis[1].thresholds.offTrack} inside a dashboard). Checks beyond the types:
 * a unit of a known form, thresholds of the right order for the direction, a target on the good side
 * of absolute thresholds, percent thresholds only with a positive target.
 */
public final class KpiReader {
    /** The fields of a KPI definition. */
    public static final Set<String> FIELDS = Set.of("name", "description", "unit", "target", "direction", "thresholds",
            "owner", "tags", "period", "cumulative");
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,100}");
    private static final Pattern DESCRIPTION = Pattern.compile("[^\\p{Cntrl}]{0,500}");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9_.:-]{0,49}");
    private static final int MAX_TAGS = 20;

    private KpiReader() {
    }

    /**
     * The definition in {@code node}, or {@code null} when {@code f} recorded a problem.
     *
     * @param prefix    the JSON path of {@code node} followed by a dot, {@code ""} at the top
     * @param alsoAllowed fields the caller reads itself (an inline KPI's {@code current})
     */
    public static KpiDefinition read(JsonNode node, String prefix, Fields f, Set<String> alsoAllowed) {
        int before = f.errors().size();
        if (f.requireObject(node, prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1)) == null) {
            return null;
        }
        node.fieldNames().forEachRemaining(n -> {
            if (!FIELDS.contains(n) && !alsoAllowed.contains(n)) {
                f.reject(prefix + n, "is not a KPI field; allowed: " + String.join(", ", new java.util.TreeSet<>(union(alsoAllowed))));
            }
        });
        String name = f.requiredText(node, "name", prefix + "name", NAME, "1 to 100 characters without control characters");
        String description = f.optionalText(node, "description", prefix + "description", DESCRIPTION, "at most 500 characters");
        String unitText = f.requiredText(node, "unit", prefix + "unit", null, null);
        Unit unit = null;
        if (unitText != null) {
            unit = Unit.parse(unitText).orElse(null);
            if (unit == null) {
                f.reject(prefix + "unit", "must be " + Unit.ALLOWED);
            }
        }
        Double target = Magnitudes.check(f, f.requiredNumber(node, "target", prefix + "target"), prefix + "target");
        Direction direction = enumField(node, "direction", prefix, f, Direction::of, "higher_is_better or lower_is_better")
                .orElse(unit == null ? null : Direction.defaultFor(unit));
        String owner = f.optionalText(node, "owner", prefix + "owner", NAME, "1 to 100 characters without control characters");
        List<String> tags = tags(node, prefix, f);
        Period period = period(node.get("period"), prefix + "period", f);
        boolean cumulative = bool(node, "cumulative", prefix, f);
        Thresholds thresholds = null;
        if (direction != null && target != null) {
            thresholds = thresholds(node.get("thresholds"), prefix + "thresholds", direction, target, f);
        }
        if (f.errors().size() > before) {
            return null;
        }
        return new KpiDefinition(name, description == null ? "" : description, unit, target, direction, thresholds,
                owner == null ? "" : owner, tags, period, cumulative);
    }

    private static Set<String> union(Set<String> also) {
        Set<String> all = new HashSet<>(FIELDS);
        all.addAll(also);
        return all;
    }

    private static <T> java.util.Optional<T> enumField(JsonNode node, String field, String prefix, Fields f,
                                                       java.util.function.Function<String, java.util.Optional<T>> of, String allowed) {
        String text = f.optionalText(node, field, prefix + field, null, null);
        if (text == null) {
            return java.util.Optional.empty();
        }
        var value = of.apply(text);
        if (value.isEmpty()) {
            f.reject(prefix + field, "must be " + allowed);
        }
        return value;
    }

    private static boolean bool(JsonNode node, String field, String prefix, Fields f) {
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            return false;
        }
        if (!n.isBoolean()) {
            f.reject(prefix + field, "must be true or false");
            return false;
        }
        return n.booleanValue();
    }

    private static List<String> tags(JsonNode node, String prefix, Fields f) {
        JsonNode n = node.get("tags");
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray() || n.size() > MAX_TAGS) {
            f.reject(prefix + "tags", "must be an array of at most " + MAX_TAGS + " tags");
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode t = n.get(i);
            String path = prefix + "tags[" + i + "]";
            if (!t.isTextual() || !TAG.matcher(t.textValue()).matches()) {
                f.reject(path, "must be 1 to 50 of a-z 0-9 _ . : - starting with a letter or digit");
            } else if (out.contains(t.textValue())) {
                f.reject(path, "repeats '" + t.textValue() + "'");
            } else {
                out.add(t.textValue());
            }
        }
        return out;
    }

    private static Period period(JsonNode n, String path, Fields f) {
        if (n == null || n.isNull()) {
            return Period.DEFAULT;
        }
        if (!n.isObject()) {
            f.reject(path, "must be an object with granularity (day, week, month, quarter) and mode (calendar, rolling)");
            return Period.DEFAULT;
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!k.equals("granularity") && !k.equals("mode")) {
                f.reject(path + "." + k, "is not a period field; allowed: granularity, mode");
            }
        });
        var granularity = enumField(n, "granularity", path + ".", f, Period.Granularity::of, "day, week, month or quarter");
        var mode = enumField(n, "mode", path + ".", f, Period.Mode::of, "calendar or rolling");
        return new Period(granularity.orElse(Period.DEFAULT.granularity()), mode.orElse(Period.DEFAULT.mode()));
    }

    private static Thresholds thresholds(JsonNode n, String path, Direction direction, double target, Fields f) {
        if (n == null || n.isNull()) {
            if (target <= 0) {
                f.reject(path, "is required when the target is not positive (the default is a percentage of the target); "
                        + "give absolute thresholds");
            }
            return Thresholds.defaultFor(direction);
        }
        if (f.requireObject(n, path) == null) {
            return null;
        }
        n.fieldNames().forEachRemaining(k -> {
            if (!Set.of("mode", "atRisk", "offTrack").contains(k)) {
                f.reject(path + "." + k, "is not a thresholds field; allowed: mode, atRisk, offTrack");
            }
        });
        var mode = enumField(n, "mode", path + ".", f, Thresholds.Mode::of, "percent or absolute").orElse(Thresholds.Mode.PERCENT);
        Double atRisk = Magnitudes.check(f, f.requiredNumber(n, "atRisk", path + ".atRisk"), path + ".atRisk");
        Double offTrack = Magnitudes.check(f, f.requiredNumber(n, "offTrack", path + ".offTrack"), path + ".offTrack");
        if (atRisk == null || offTrack == null) {
            return null;
        }
        boolean higher = direction == Direction.HIGHER_IS_BETTER;
        String worse = higher ? "below" : "above";
        if (direction.meets(offTrack, atRisk)) {
            f.reject(path + ".offTrack", "must be " + worse + " atRisk (" + fmt(atRisk) + ") for a " + direction.json() + " KPI");
        }
        if (mode == Thresholds.Mode.PERCENT) {
            if (target <= 0) {
                f.reject(path + ".mode", "percent thresholds need a positive target; use absolute");
            }
            if (!direction.meets(100, atRisk)) {
                f.reject(path + ".atRisk", "must be at most 100 (% of target) for a higher_is_better KPI, at least 100 for lower_is_better: "
                        + "meeting the target is on track");
            }
            if (offTrack < 0) {
                f.reject(path + ".offTrack", "must be a percentage of the target, at least 0");
            }
        } else if (!direction.meets(target, atRisk)) {
            f.reject(path.substring(0, path.length() - "thresholds".length()) + "target",
                    "must be " + (higher ? "at or above" : "at or below") + " thresholds.atRisk (" + fmt(atRisk) + ") for a "
                            + direction.json() + " KPI: meeting the target is on track");
        }
        return new Thresholds(mode, atRisk, offTrack);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
