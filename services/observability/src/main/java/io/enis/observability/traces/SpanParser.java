package io.enis.observability.traces;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.http.Fields;
import io.enis.kit.http.Json;
import io.enis.kit.http.ProblemException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads spans from a request body: OTLP/HTTP JSON ({@code resourceSpans → scopeSpans → spans}, hex
 * ids, nanosecond timestamps as strings, {@code service.name} from the resource) or the service's own
 * single-span shape (one object or an array): {@code traceId}, {@code spanId}, {@code parentSpanId},
 * {@code service}, {@code operation}, {@code startTime} (RFC 3339), {@code durationMs} or
 * {@code endTime}, {@code status} ({@code ok}|{@code error}), {@code kind}, {@code attributes}.
 * All-or-nothing: any invalid span rejects the body, each error named by JSON path.
 */
public final class SpanParser {
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SPAN_ID = Pattern.compile("[0-9a-fA-F]{16}");
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,256}");
    private static final Pattern NANOS = Pattern.compile("\\d{1,19}");
    private static final List<String> KINDS = List.of("unspecified", "internal", "server", "client", "producer", "consumer");

    private SpanParser() {
    }

    /** @throws ProblemException 400 naming each invalid field, 413 above {@code maxSpans} */
    public static List<Span> parse(byte[] body, int maxSpans) {
        JsonNode root = Json.parse(body);
        Fields f = new Fields();
        List<Span> spans = new ArrayList<>();
        if (root.isObject() && root.has("resourceSpans")) {
            otlp(root, f, spans);
        } else if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                single(root.get(i), "[" + i + "].", f, spans);
            }
        } else if (root.isObject()) {
            single(root, "", f, spans);
        } else {
            throw ProblemException.invalidField("body", "must be a span, an array of spans or an OTLP ExportTraceServiceRequest");
        }
        f.throwIfInvalid();
        if (spans.isEmpty()) {
            throw ProblemException.invalidField("body", "contains no spans");
        }
        if (spans.size() > maxSpans) {
            throw ProblemException.tooLarge("body", "at most " + maxSpans + " spans per request; got " + spans.size());
        }
        return spans;
    }

    private static void single(JsonNode n, String p, Fields f, List<Span> out) {
        if (f.requireObject(n, p.isEmpty() ? "body" : p.substring(0, p.length() - 1)) == null) {
            return;
        }
        String traceId = id(f, n, "traceId", p, TRACE_ID, 32);
        String spanId = id(f, n, "spanId", p, SPAN_ID, 16);
        String parent = f.optionalText(n, "parentSpanId", p + "parentSpanId", SPAN_ID, "16 hex characters");
        String service = f.requiredText(n, "service", p + "service", NAME, "1 to 256 characters without control characters");
        String operation = f.requiredText(n, "operation", p + "operation", NAME, "1 to 256 characters without control characters");
        Instant start = f.optionalInstant(n, "startTime", p + "startTime").orElse(null);
        if (start == null && !f.errors().stream().anyMatch(e -> e.field().equals(p + "startTime"))) {
            f.reject(p + "startTime", "is required (RFC 3339, for example 2025-01-21T10:00:00.123Z)");
        }
        Double durationMs = f.optionalNumber(n, "durationMs", p + "durationMs");
        Instant end = f.optionalInstant(n, "endTime", p + "endTime").orElse(null);
        String status = f.optionalText(n, "status", p + "status", Pattern.compile("ok|error|unset"), "ok, error or unset");
        String kind = f.optionalText(n, "kind", p + "kind", Pattern.compile(String.join("|", KINDS)), String.join(", ", KINDS));
        Map<String, String> attributes = f.stringMap(n, "attributes", p + "attributes", Pattern.compile("[^\\p{Cntrl}]{1,256}"),
                "1 to 256 characters", 128);
        if (durationMs == null && end == null) {
            f.reject(p + "durationMs", "durationMs or endTime is required");
        } else if (durationMs != null && durationMs < 0) {
            f.reject(p + "durationMs", "must not be negative");
        }
        if (start == null || traceId == null || spanId == null || service == null || operation == null
                || (durationMs == null && end == null)) {
            return;
        }
        long startNanos = nanos(start);
        long endNanos = end != null ? nanos(end) : startNanos + Math.round(durationMs * 1_000_000);
        if (endNanos < startNanos) {
            f.reject(p + "endTime", "must not be before startTime");
            return;
        }
        out.add(new Span(traceId, spanId, parent == null ? null : parent.toLowerCase(Locale.ROOT), service, operation,
                kind == null ? "unspecified" : kind, startNanos, endNanos, "error".equals(status), attributes));
    }

    private static void otlp(JsonNode root, Fields f, List<Span> out) {
        JsonNode resourceSpans = root.get("resourceSpans");
        if (!resourceSpans.isArray()) {
            f.reject("resourceSpans", "must be an array");
            return;
        }
        for (int r = 0; r < resourceSpans.size(); r++) {
            String rp = "resourceSpans[" + r + "]";
            JsonNode rs = resourceSpans.get(r);
            Map<String, String> resource = attributes(rs.path("resource").path("attributes"));
            String service = resource.getOrDefault("service.name", "unknown_service");
            JsonNode scopes = rs.path("scopeSpans");
            if (!scopes.isArray()) {
                f.reject(rp + ".scopeSpans", "must be an array");
                continue;
            }
            for (int s = 0; s < scopes.size(); s++) {
                JsonNode spans = scopes.get(s).path("spans");
                String sp = rp + ".scopeSpans[" + s + "].spans";
                if (!spans.isArray()) {
                    f.reject(sp, "must be an array");
                    continue;
                }
                for (int i = 0; i < spans.size(); i++) {
                    otlpSpan(spans.get(i), sp + "[" + i + "].", service, f, out);
                }
            }
        }
    }

    private static void otlpSpan(JsonNode n, String p, String service, Fields f, List<Span> out) {
        String traceId = id(f, n, "traceId", p, TRACE_ID, 32);
        String spanId = id(f, n, "spanId", p, SPAN_ID, 16);
        String parent = n.path("parentSpanId").asText("");
        if (!parent.isEmpty() && !SPAN_ID.matcher(parent).matches()) {
            f.reject(p + "parentSpanId", "must be 16 hex characters or empty");
        }
        String name = f.requiredText(n, "name", p + "name", NAME, "1 to 256 characters without control characters");
        Long start = otlpNanos(f, n, "startTimeUnixNano", p);
        Long end = otlpNanos(f, n, "endTimeUnixNano", p);
        if (traceId == null || spanId == null || name == null || start == null || end == null) {
            return;
        }
        if (end < start) {
            f.reject(p + "endTimeUnixNano", "must not be before startTimeUnixNano");
            return;
        }
        JsonNode code = n.path("status").path("code");
        boolean error = code.asInt(-1) == 2 || "STATUS_CODE_ERROR".equals(code.asText());
        Map<String, String> attributes = attributes(n.path("attributes"));
        out.add(new Span(traceId, spanId, parent.isEmpty() ? null : parent.toLowerCase(Locale.ROOT), service, name,
                otlpKind(n.path("kind")), start, end, error, attributes));
    }

    private static Long otlpNanos(Fields f, JsonNode n, String field, String p) {
        JsonNode v = n.get(field);
        String text = v == null ? null : v.isTextual() ? v.textValue() : v.isIntegralNumber() ? v.asText() : null;
        if (text == null || !NANOS.matcher(text).matches()) {
            f.reject(p + field, "must be nanoseconds since the epoch, as a string of digits");
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            f.reject(p + field, "is out of range");
            return null;
        }
    }

    private static String otlpKind(JsonNode kind) {
        if (kind.isInt() && kind.asInt() >= 0 && kind.asInt() < KINDS.size()) {
            return KINDS.get(kind.asInt());
        }
        String text = kind.asText("").toLowerCase(Locale.ROOT).replace("span_kind_", "");
        return KINDS.contains(text) ? text : "unspecified";
    }

    /** OTLP {@code [{key, value: {stringValue|intValue|doubleValue|boolValue}}]} as strings. */
    private static Map<String, String> attributes(JsonNode list) {
        Map<String, String> out = new LinkedHashMap<>();
        if (list.isArray()) {
            for (JsonNode a : list) {
                JsonNode v = a.path("value");
                String value = v.has("stringValue") ? v.get("stringValue").asText()
                        : v.has("intValue") ? v.get("intValue").asText()
                        : v.has("doubleValue") ? v.get("doubleValue").asText()
                        : v.has("boolValue") ? v.get("boolValue").asText() : v.toString();
                out.put(a.path("key").asText(), value);
            }
        }
        return out;
    }

    private static String id(Fields f, JsonNode n, String field, String p, Pattern pattern, int length) {
        String v = f.requiredText(n, field, p + field, pattern, length + " hex characters");
        if (v != null && v.chars().allMatch(c -> c == '0')) {
            f.reject(p + field, "must not be all zeros");
            return null;
        }
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }

    private static long nanos(Instant i) {
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }
}
