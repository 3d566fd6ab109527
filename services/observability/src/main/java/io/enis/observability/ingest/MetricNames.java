package io.enis.observability.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import java.util.Map;
import java.util.regex.Pattern;

/** What metric and label names and values may be (Prometheus' data model, plus injection guards). */
public final class MetricNames {
    public static final Pattern METRIC = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]{0,199}");
    public static final String METRIC_ALLOWED =
            "a Prometheus metric name: [a-zA-Z_:][a-zA-Z0-9_:]*, at most 200 characters";
    public static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");
    public static final String LABEL_ALLOWED =
            "[a-zA-Z_][a-zA-Z0-9_]*, at most 100 characters, not starting with __ (reserved)";
    /** Most labels per sample, besides the name. */
    public static final int MAX_LABELS = 30;
    /** Longest label value. */
    public static final int MAX_VALUE_LENGTH = 1024;
    /** Longest help text of a metric family. */
    public static final int MAX_HELP_LENGTH = 4096;
    /** Longest unit of a metric family. */
    public static final int MAX_UNIT_LENGTH = 100;

    private MetricNames() {}

    /**
     * The {@code labels} object of {@code parent} (absent: empty), each name and value checked; every
     * problem is recorded in {@code f} under {@code path.<name>}.
     */
    public static Map<String, String> labels(Fields f, JsonNode parent, String path) {
        Map<String, String> labels = f.stringMap(parent, "labels", path, LABEL, LABEL_ALLOWED, MAX_LABELS);
        labels.forEach((name, value) -> {
            String problem = labelNameProblem(name);
            if (problem == null) {
                problem = labelValueProblem(value);
            }
            if (problem != null) {
                f.reject(path + "." + name, problem);
            }
        });
        return labels;
    }

    /** Why a metric name is refused ({@code metric name 'x' must be …}), or {@code null}. */
    public static String metricNameProblem(String name) {
        return METRIC.matcher(name).matches() ? null : "metric name '" + name + "' must be " + METRIC_ALLOWED;
    }

    /** Why a label name is refused, or {@code null}. */
    public static String labelNameProblem(String name) {
        if (!LABEL.matcher(name).matches() || name.startsWith("__")) {
            return "label name must be " + LABEL_ALLOWED;
        }
        return null;
    }

    /** Why a metric family's help text is refused, or {@code null}: too long, or control characters other than newlines. */
    public static String helpProblem(String help) {
        if (help.length() > MAX_HELP_LENGTH) {
            return "help must be at most " + MAX_HELP_LENGTH + " characters";
        }
        return help.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c))
                ? "help must not contain control characters other than newlines"
                : null;
    }

    /** Why a metric family's unit is refused, or {@code null}: too long or containing control characters. */
    public static String unitProblem(String unit) {
        if (unit.length() > MAX_UNIT_LENGTH) {
            return "unit must be at most " + MAX_UNIT_LENGTH + " characters";
        }
        return unit.chars().anyMatch(Character::isISOControl) ? "unit must not contain control characters" : null;
    }

    /** Why a label value is refused, or {@code null}: too long or containing control characters. */
    public static String labelValueProblem(String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            return "label value must be at most " + MAX_VALUE_LENGTH + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return "label value must not contain control characters (newlines, tabs, NUL)";
            }
        }
        return null;
    }
}
