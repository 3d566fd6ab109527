package io.enis.observability.ingest;

import io.enis.observability.tsdb.Labels;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The labels of a series made from an OTLP data point, as Prometheus' OTLP translation makes them:
 * the point's attributes with names translated by {@link PrometheusNames#label} (attributes whose names
 * collide after translation get their values joined with {@code ;}, in key order); then, from the
 * resource, {@code job} = {@code service.namespace/service.name} (or {@code service.name} alone) and
 * {@code instance} = {@code service.instance.id}, which win over attributes of those names; then
 * {@code le} or {@code quantile}, then {@code __name__}. The service's limits apply as to every
 * sample ({@link MetricNames}): a point whose labels break them is refused with the reason.
 */
final class OtlpLabels {
    /** The resource attributes that make {@code job} and {@code instance} instead of {@code target_info} labels. */
    static final Set<String> IDENTIFYING = Set.of("service.name", "service.namespace", "service.instance.id");

    /** Why a point's labels cannot be stored (no stack trace: it is an answer, not a fault). */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private OtlpLabels() {}

    /** {@code job} and {@code instance} of a resource (either may be absent). */
    static Map<String, String> identity(Map<String, String> resource) {
        Map<String, String> out = new HashMap<>(2);
        String name = resource.get("service.name");
        if (name != null) {
            String namespace = resource.get("service.namespace");
            out.put("job", namespace == null ? name : namespace + "/" + name);
        }
        String instance = resource.get("service.instance.id");
        if (instance != null) {
            out.put("instance", instance);
        }
        return out;
    }

    /** Attributes as labels with {@code identity} over them. */
    static Map<String, String> of(Map<String, String> attributes, Map<String, String> identity) throws Refused {
        Map<String, String> labels = new LinkedHashMap<>();
        for (var e : new TreeMap<>(attributes).entrySet()) {
            String name = PrometheusNames.label(e.getKey());
            if (name.isEmpty()) {
                throw new Refused("attribute '" + e.getKey() + "' leaves no label name");
            }
            if (name.startsWith("__")) {
                throw new Refused("attribute '" + e.getKey() + "' would be the reserved label " + name);
            }
            if (!MetricNames.LABEL.matcher(name).matches()) {
                throw new Refused("attribute '" + e.getKey() + "': label name must be " + MetricNames.LABEL_ALLOWED);
            }
            labels.merge(name, e.getValue(), (a, b) -> a + ";" + b);
        }
        labels.putAll(identity);
        return labels;
    }

    /** The series {@code name} with {@code base} and, unless {@code extraName} is null, one more label. */
    static Labels series(Map<String, String> base, String name, String extraName, String extraValue) throws Refused {
        String nameProblem = MetricNames.metricNameProblem(name);
        if (nameProblem != null) {
            throw new Refused(nameProblem);
        }
        Map<String, String> labels = new HashMap<>(base);
        if (extraName != null) {
            labels.put(extraName, extraValue);
        }
        if (labels.size() > MetricNames.MAX_LABELS) {
            throw new Refused("has " + labels.size() + " labels; at most " + MetricNames.MAX_LABELS);
        }
        for (var e : labels.entrySet()) {
            String problem = MetricNames.labelValueProblem(e.getValue());
            if (problem != null) {
                throw new Refused("label " + e.getKey() + ": " + problem);
            }
        }
        labels.put(Labels.NAME, name);
        return Labels.of(labels);
    }
}
