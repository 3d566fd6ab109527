package io.enis.observability.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.TooLargeException;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import io.enis.observability.tsdb.Labels;
import io.enis.observability.tsdb.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON samples as in seed 000's SDKs: one {@code {"name", "value", "labels", "timestamp"}} object, an
 * array of them, or {@code {"samples": [...]}}. {@code timestamp} is RFC 3339 and defaults to now;
 * {@code value} must be a finite number. Every invalid field of the batch is reported (by JSON path),
 * and then nothing is ingested.
 */
public final class JsonSamples {
    private JsonSamples() {
    }

    /**
     * @throws InvalidInputException naming each invalid field
     * @throws TooLargeException above {@code maxSamples}
     */
    public static List<Sample> parse(byte[] body, Instant now, int maxSamples) {
        JsonNode root = Json.parse(body);
        JsonNode items;
        String prefix;
        if (root.isArray()) {
            items = root;
            prefix = "";
        } else if (root.isObject() && root.has("samples")) {
            items = root.get("samples");
            prefix = "samples";
            if (!items.isArray()) {
                throw InvalidInputException.field("samples", "must be an array of samples");
            }
        } else if (root.isObject()) {
            items = Json.MAPPER.createArrayNode().add(root);
            prefix = null;
        } else {
            throw InvalidInputException.field("body", "must be a sample object, an array of samples or {\"samples\": [...]}");
        }
        if (items.isEmpty()) {
            throw InvalidInputException.field(prefix == null || prefix.isEmpty() ? "body" : prefix, "must contain at least one sample");
        }
        if (items.size() > maxSamples) {
            throw TooLargeException.field(prefix == null || prefix.isEmpty() ? "body" : prefix,
                    "at most " + maxSamples + " samples per request (MAX_SAMPLES_PER_REQUEST); got " + items.size());
        }
        Fields f = new Fields();
        List<Sample> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = prefix == null ? "" : prefix + "[" + i + "]";
            String p = at.isEmpty() ? "" : at + ".";
            JsonNode item = f.requireObject(items.get(i), at);
            if (item == null) {
                continue;
            }
            String name = f.requiredText(item, "name", p + "name", MetricNames.METRIC, MetricNames.METRIC_ALLOWED);
            Double value = f.requiredNumber(item, "value", p + "value");
            Instant time = f.optionalInstant(item, "timestamp", p + "timestamp").orElse(now);
            Map<String, String> labels = MetricNames.labels(f, item, p + "labels");
            item.fieldNames().forEachRemaining(field -> {
                if (!List.of("name", "value", "labels", "timestamp", "unit", "help").contains(field)) {
                    f.reject(p + field, "unknown field; allowed: name, value, labels, timestamp");
                }
            });
            if (name != null && value != null) {
                Map<String, String> all = new HashMap<>(labels);
                all.put(Labels.NAME, name);
                out.add(new Sample(Labels.of(all), time.toEpochMilli(), value));
            }
        }
        f.throwIfInvalid();
        return out;
    }
}
