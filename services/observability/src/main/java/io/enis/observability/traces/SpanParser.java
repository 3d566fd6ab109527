package io.enis.observability.traces;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.TooLargeException;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import io.enis.observability.otlp.OtlpException;
import io.enis.observability.otlp.OtlpJson;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the spans of a {@code POST /v1/traces/span} body: the service's own single-span shape (one
 * object or an array): {@code traceId}, {@code spanId}, {@code parentSpanId}, {@code service},
 * {@code operation}, {@code startTime} (RFC 3339), {@code durationMs} or {@code endTime}, {@code status}
 * ({@code ok}|{@code error}), {@code kind}, {@code attributes}; or an OTLP/JSON
 * {@code ExportTraceServiceRequest} (an object with {@code resourceSpans}), decoded by {@link OtlpJson}
 * and mapped by {@link OtlpSpans} exactly as on {@code POST /v1/traces}. All-or-nothing: any invalid
 * span rejects the body, each error named by JSON path.
 */
public final class SpanParser {
    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern SPAN_ID = Pattern.compile("[0-9a-fA-F]{16}");
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,256}");
    private static final List<String> KINDS = OtlpSpans.KINDS;

    private SpanParser() {
    }

    /**
     * @throws InvalidInputException naming each invalid field
     * @throws TooLargeException     above {@code maxSpans}
     */
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
            throw InvalidInputException.field("body", "must be a span, an array of spans or an OTLP ExportTraceServiceRequest");
        }
        f.throwIfInvalid();
        if (spans.isEmpty()) {
            throw InvalidInputException.field("body", "contains no spans");
        }
        if (spans.size() > maxSpans) {
            throw TooLargeException.field("body", "at most " + maxSpans + " spans per request; got " + spans.size());
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

    /** OTLP/JSON through the same decoding and mapping as {@code POST /v1/traces}; a rejected span rejects the body. */
    private static void otlp(JsonNode root, Fields f, List<Span> out) {
        ExportTraceServiceRequest request;
        try {
            request = OtlpJson.parse(root, ExportTraceServiceRequest.getDefaultInstance());
        } catch (OtlpException e) {
            throw InvalidInputException.field(e.field(), e.reason());
        }
        OtlpSpans.Mapped mapped = OtlpSpans.map(request);
        mapped.rejected().forEach(r -> f.reject(r.path(), r.reason()));
        out.addAll(mapped.spans());
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
