package io.enis.billing.usage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.catalogue.Metrics;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One usage event as reported: {@code transaction_id} (the deduplication key, 1–255 visible ASCII
 * characters), {@code customer_id} or {@code subscription_id} (exactly one), {@code metric_code},
 * {@code properties} (at most 50, values strings of at most 500 characters, numbers or booleans) and
 * {@code timestamp} (RFC 3339; absent: when it is received). {@link #payload()} is its canonical form
 * (keys sorted, the timestamp as given in UTC), what a replay is compared by.
 *
 * @param at where the event is in the request ({@code events[3]}, or {@code ""} for a single event)
 */
public record UsageEvent(
        String at,
        String transactionId,
        String customerId,
        String subscriptionId,
        String metricCode,
        Map<String, JsonNode> properties,
        Instant timestamp,
        String payload) {
    static final Pattern TRANSACTION_ID = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_PROPERTIES = 50;

    /** Reads the event at {@code at} of a request, recording every problem in {@code f}; {@code null} when invalid. */
    static UsageEvent read(Fields f, JsonNode node, String at) {
        String p = at.isEmpty() ? "" : at + ".";
        if (node == null || !node.isObject()) {
            f.reject(at.isEmpty() ? "body" : at, "must be a usage event object");
            return null;
        }
        int before = f.errors().size();
        String id = f.requiredText(
                node, "transaction_id", p + "transaction_id", TRANSACTION_ID, "1 to 255 visible ASCII characters");
        String customer = f.optionalText(node, "customer_id", p + "customer_id", null, null);
        String subscription = f.optionalText(node, "subscription_id", p + "subscription_id", null, null);
        boolean byCustomer = node.hasNonNull("customer_id");
        if (byCustomer == node.hasNonNull("subscription_id")) {
            f.reject(
                    p + "subscription_id",
                    byCustomer
                            ? "give subscription_id or customer_id, not both"
                            : "give subscription_id or customer_id");
        }
        String metric = f.requiredText(node, "metric_code", p + "metric_code", Metrics.CODE, Metrics.CODE_ALLOWED);
        Map<String, JsonNode> properties = properties(f, node.get("properties"), p + "properties");
        Instant timestamp =
                f.optionalInstant(node, "timestamp", p + "timestamp").orElse(null);
        if (f.errors().size() > before) {
            return null;
        }
        return new UsageEvent(
                at,
                id,
                customer,
                subscription,
                metric,
                properties,
                timestamp,
                canonical(id, customer, subscription, metric, properties, timestamp));
    }

    /**
     * The canonical payload: {@code transaction_id}, {@code customer_id}, {@code subscription_id},
     * {@code metric_code}, {@code properties} (sorted by name, as {@code properties} iterates) and
     * {@code timestamp}, in that order, absent ones as {@code null}. Written straight to the generator:
     * the same bytes as building the object as a tree and serializing that (what stored payloads were
     * made with, so replays of events stored before still compare equal), for a third of the work.
     */
    static String canonical(
            String id,
            String customer,
            String subscription,
            String metric,
            Map<String, JsonNode> properties,
            Instant timestamp) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("transaction_id", id);
            g.writeStringField("customer_id", customer);
            g.writeStringField("subscription_id", subscription);
            g.writeStringField("metric_code", metric);
            g.writeObjectFieldStart("properties");
            for (Map.Entry<String, JsonNode> p : properties.entrySet()) {
                g.writeFieldName(p.getKey());
                g.writeTree(p.getValue());
            }
            g.writeEndObject();
            g.writeStringField("timestamp", timestamp == null ? null : timestamp.toString());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, JsonNode> properties(Fields f, JsonNode node, String path) {
        Map<String, JsonNode> out = new TreeMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject() || node.size() > MAX_PROPERTIES) {
            f.reject(path, "must be an object of at most " + MAX_PROPERTIES + " properties");
            return out;
        }
        node.fields().forEachRemaining(e -> {
            String at = path + "." + e.getKey();
            JsonNode v = e.getValue();
            if (!PROPERTY.matcher(e.getKey()).matches()) {
                f.reject(at, "name must be 1 to 64 of A-Z a-z 0-9 _ . -");
            } else if (!(v.isNumber()
                    || v.isBoolean()
                    || (v.isTextual() && v.textValue().length() <= 500))) {
                f.reject(at, "must be a number, a boolean or a string of at most 500 characters");
            } else {
                out.put(e.getKey(), v);
            }
        });
        return out;
    }
}
